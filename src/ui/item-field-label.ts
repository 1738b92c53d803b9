import { BUILTIN_STYLE_NAMES, type HouseStyle, type ItemField } from '../core/markdown';
import { type MessageKey, t } from './i18n';

/**
 * The words for a style's own item fields. A style from outside brings its labels as data,
 * in whatever language its author wrote them; the built-in styles' fields are the
 * extension's own, so they are shown in the editor's language.
 */
const BUILT_IN: Record<string, MessageKey> = {
  prefix: 'itemFieldPrefix',
  before: 'itemFieldBefore',
  after: 'itemFieldAfter',
  pr: 'itemFieldPr',
  tags: 'itemFieldTags',
};

export function itemFieldLabel(field: ItemField, style: Pick<HouseStyle, 'name'>): string {
  const key = BUILTIN_STYLE_NAMES.includes(style.name) ? BUILT_IN[field.name] : undefined;
  return key ? t(key) : field.label;
}

/** The line under a field that offers choices: which values the digest uses. */
export const choicesHint = (field: ItemField) => t('itemFieldChoices', field.choices.join(' '));

/** Filled fields no one item of the style holds together (core fieldsApart), by label. */
export function apartText(fields: ItemField[], names: string[], style: Pick<HouseStyle, 'name'>) {
  const labels = fields.filter((f) => names.includes(f.name)).map((f) => itemFieldLabel(f, style));
  return t('itemFieldsApart', labels.join(', '));
}

/** Why a field's value was refused (core/markdown/style/fields.ts fieldProblem). */
export const itemFieldProblemText = (_problem: 'prefix-shape') => t('itemFieldPrefixShape');
