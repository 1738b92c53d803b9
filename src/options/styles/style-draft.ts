import type { HouseStyle } from '../../core/markdown';

/** A style as the editor's fields hold it: every part as text, items as a list. */
export interface StyleDraft {
  name: string;
  label: string;
  frame: string;
  section: string;
  parent: string;
  items: string[];
  tight: boolean;
  separator: string;
  afterword: string;
  file: string;
  rules: HouseStyle['rules'];
}

export function toDraft(style: HouseStyle, name = style.name): StyleDraft {
  return {
    name,
    label: style.label,
    frame: style.frame,
    section: style.section,
    parent: style.parent ?? '',
    items: [...style.items],
    tight: style.tight ?? false,
    separator: style.separator ?? '',
    afterword: style.afterword ?? '',
    file: style.file ?? '',
    rules: style.rules,
  };
}

/** The style data the fields describe, for parseStyle to check; empty optional parts left out. */
export function fromDraft(draft: StyleDraft): unknown {
  const optional = (key: string, value: string) => (value.trim() ? { [key]: value } : {});
  return {
    version: 1,
    name: draft.name.trim(),
    label: draft.label,
    frame: draft.frame,
    section: draft.section,
    items: draft.items.filter((item) => item.trim() !== ''),
    ...optional('parent', draft.parent),
    ...(draft.tight ? { tight: true } : {}),
    ...optional('separator', draft.separator),
    ...optional('afterword', draft.afterword),
    ...optional('file', draft.file),
    ...(draft.rules?.length ? { rules: draft.rules } : {}),
  };
}
