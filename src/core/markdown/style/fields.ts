import { LINK_TAIL, LINK_TEXT } from '../template/sentence';
import { DERIVED, TEMPLATE_FIELDS } from '../template/values';
import { compileStyle } from './compile';
import type { HouseStyle } from './schema';

/**
 * An item's own fields: the variables of a style's item templates that the clip model has
 * no field for (This Week in Rust's `{prefix}`, LWKD's `{pr}`, JSer's `{tags}`), kept in
 * `clip.extra`. The style's `fields` gives each a label and, where the digest uses a fixed
 * set of values, the choices; a variable it does not describe is offered under its name.
 */
export interface ItemField {
  name: string;
  label: string;
  /** Values the digest uses, offered to pick from; any other value may still be typed. */
  choices: readonly string[];
}

// A sentence's linked words, and a heading's words after its link, are edited as part of
// the item's heading (template/sentence.ts).
const OWN = new Set<string>([...TEMPLATE_FIELDS, ...DERIVED, LINK_TEXT, LINK_TAIL]);

/** The variables of the item templates, in order of first appearance, that are `extra`. */
function itemVariables(style: HouseStyle): string[] {
  const names = new Set<string>();
  for (const template of compileStyle(style).items)
    for (const name of template.names) if (!OWN.has(name)) names.add(name);
  return [...names];
}

/** The fields an editor fills for an item of this style, beyond heading, URL and comment. */
export function itemFields(style: HouseStyle): ItemField[] {
  return itemVariables(style).map((name) => {
    const spec = style.fields?.[name];
    return { name, label: spec?.label ?? name, choices: spec?.choices ?? [] };
  });
}

/** Names the style's `fields` describes that no item template holds: a mistake in the style. */
export function strayFieldNames(style: HouseStyle): string[] {
  const known = new Set(itemVariables(style));
  return Object.keys(style.fields ?? {}).filter((name) => !known.has(name));
}

// One or more `[tag]`s, as This Week in Rust writes them before the link (`[video] `): the
// shape the reader takes as a prefix (template/token-steps.ts `prefix`).
const TAGS = /^(?:\[[^[\]\n]*\] )+$/;

/**
 * A typed value as it is stored. A prefix is tags each followed by one space, since the
 * template writes it straight before the link: `[video]` typed is `[video] ` stored, and
 * `[video][Title](url)` (a reference link) can never come out.
 */
export function fieldValue(name: string, typed: string): string {
  if (name !== 'prefix') return typed;
  const tags = typed.trim().replace(/\]\s*(?=\[)/g, '] ');
  return tags ? `${tags} ` : '';
}

/** Why a value cannot be stored in that field (`prefix-shape`), or null when it can. */
export function fieldProblem(name: string, value: string): 'prefix-shape' | null {
  const stored = fieldValue(name, value);
  return name === 'prefix' && stored !== '' && !TAGS.test(stored) ? 'prefix-shape' : null;
}

/**
 * The clip's `extra` with the edited fields set: stored as `fieldValue` makes them, an
 * emptied field dropped, and every other value kept (one a former style of the digest
 * wrote is not this form's to remove). Undefined when nothing is left.
 */
export function withFieldValues(
  extra: Readonly<Record<string, string>> | undefined,
  typed: Readonly<Record<string, string>>,
): Record<string, string> | undefined {
  const next: Record<string, string> = { ...extra };
  for (const [name, value] of Object.entries(typed)) {
    const stored = fieldValue(name, value);
    if (stored === '') delete next[name];
    else next[name] = stored;
  }
  return Object.keys(next).length ? next : undefined;
}

/** A stored value as its field shows it: a prefix without the space the template needs. */
export function shownValue(name: string, stored: string): string {
  return name === 'prefix' ? stored.trimEnd() : stored;
}

/**
 * The filled fields when no one item template has a place for them all (This Week in
 * Rust's tags and text before the link are two shapes of item): written together, one of
 * them would be left out of the Markdown. Empty when they fit.
 */
export function fieldsApart(style: HouseStyle, typed: Readonly<Record<string, string>>): string[] {
  const known = new Set(itemVariables(style));
  const held = Object.entries(typed)
    .filter(([name, value]) => known.has(name) && fieldValue(name, value) !== '')
    .map(([name]) => name);
  const fits = compileStyle(style).items.some((t) => held.every((name) => t.names.includes(name)));
  return fits ? [] : held;
}
