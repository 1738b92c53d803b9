import { BUILTIN_STYLES } from './builtin';
import type { HouseStyle } from './schema';

/** Every style the editor can pick: the built-in ones, then their own (names are unique). */
export function allStyles(custom: readonly HouseStyle[] = []): HouseStyle[] {
  const builtin = new Set(BUILTIN_STYLES.map((s) => s.name));
  return [...BUILTIN_STYLES, ...custom.filter((s) => !builtin.has(s.name))];
}

/** The style of that name, or undefined. */
export function findStyle(
  name: string,
  custom: readonly HouseStyle[] = [],
): HouseStyle | undefined {
  return allStyles(custom).find((style) => style.name === name);
}

/** The style an issue is written in; an unknown name (a custom style since removed) falls back. */
export function styleOf(name: string, custom: readonly HouseStyle[] = []): HouseStyle {
  return findStyle(name, custom) ?? (BUILTIN_STYLES[0] as HouseStyle);
}

export const DEFAULT_STYLE = 'embedly-link';
