import { createContext } from 'preact';
import { useContext, useRef } from 'preact/hooks';
import type { HouseStyle } from '../../core/markdown';

const NONE: HouseStyle[] = [];

/**
 * The editor's own house styles as the workspace last read them: with its draft, and again
 * on every change to the styles store (options/workspace-data.ts). One read for the page
 * instead of one per view that lists or renders in them.
 */
export const CustomStylesContext = createContext<HouseStyle[]>(NONE);

/** The editor's own house styles, kept current by the workspace. */
export function useCustomStyles(): HouseStyle[] {
  return useContext(CustomStylesContext);
}

const same = (a: readonly HouseStyle[], b: readonly HouseStyle[]) =>
  a.length === b.length && a.every((style, i) => JSON.stringify(style) === JSON.stringify(b[i]));

/**
 * The list read last, or the one before it when they are the same: each read of the draft
 * reads the styles too, and an unchanged list keeps its identity, so nothing that depends
 * on it renders again.
 */
export function useSameStyles(list: HouseStyle[] | undefined): HouseStyle[] {
  const kept = useRef(list ?? NONE);
  if (list && !same(kept.current, list)) kept.current = list;
  return kept.current;
}
