import { shownValue } from '../../core/markdown';
import type { Clip } from '../../core/model';
import { CLIP_FIELDS, type ClipField } from '../../core/model/clip-edit';
import type { ClipValues } from './ClipForm';

/**
 * What an open clip editor holds that is not saved yet, by clip id, kept by the draft view
 * rather than by the editor. The editor lives in its clip's row, and a row that changes
 * section (a move made in the popup, a menu, the side panel or another window, landing as
 * a reload) is a new row: its editor starts again. It starts from here, so what was typed
 * survives, against the clip as it was when the editing began.
 */
export interface UnsavedEdit {
  /** The clip when the editor first opened: the base its save is checked against. */
  opened: Clip;
  values: ClipValues;
  /** The field typed in last, which takes focus again. */
  field: ClipField;
  /** The house style's own item fields as typed (ui/ItemFieldsBox.tsx), once typed in. */
  extra?: Record<string, string>;
}

export type UnsavedEdits = Map<string, UnsavedEdit>;

/** The field an input event came from, read from the form's ids (`<prefix>-<field>`). */
export function fieldOf(target: EventTarget | null, prefix: string): ClipField | null {
  const id = (target as HTMLElement | null)?.id ?? '';
  if (!id.startsWith(`${prefix}-`)) return null;
  const field = id.slice(prefix.length + 1);
  return (CLIP_FIELDS as readonly string[]).includes(field) ? (field as ClipField) : null;
}

/** The item field an input event came from (`<prefix>-extra-<name>`), or null. */
export function itemFieldOf(target: EventTarget | null, prefix: string): string | null {
  const id = (target as HTMLElement | null)?.id ?? '';
  return id.startsWith(`${prefix}-extra-`) ? id.slice(prefix.length + 7) : null;
}

/** Item fields typed differently from the clip's own values, as `name: value` lines. */
function changedExtra(edit: UnsavedEdit): string[] {
  return Object.entries(edit.extra ?? {})
    .filter(([name, value]) => value !== shownValue(name, edit.opened.extra?.[name] ?? ''))
    .map(([name, value]) => `${name}: ${value}`);
}

/**
 * The edit's words as one text to copy: the comment alone when only it changed, else
 * each changed field on a line of its own after its label.
 */
export function unsavedText(edit: UnsavedEdit, label: (field: ClipField) => string): string {
  const changed = CLIP_FIELDS.filter((field) => edit.values[field] !== edit.opened[field]);
  const extra = changedExtra(edit);
  if (changed.length === 1 && changed[0] === 'comment' && !extra.length) return edit.values.comment;
  return [...changed.map((field) => `${label(field)}: ${edit.values[field]}`), ...extra].join('\n');
}
