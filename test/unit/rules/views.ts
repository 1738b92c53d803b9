import type { ImportRef } from './source';
import { resolveSpecifier } from './source';

/**
 * Workspace views stay apart: a file in a view's folder (src/options/<view>/) imports only
 * its own folder, src/options/shared/ and the layers below the pages, never another view
 * nor the page shell; shared/ imports only itself and the layers below. What two views
 * need goes to shared/, so a view can be added, moved or dropped alone.
 */
export function viewProblem(file: string, ref: ImportRef): string | null {
  const from = /^src\/options\/([^/]+)\//.exec(file)?.[1];
  if (!from) return null;
  const target = resolveSpecifier(file, ref.specifier);
  if (target === null || !target.startsWith('src/options/')) return null;
  const to = /^src\/options\/([^/]+)\//.exec(target)?.[1] ?? null;
  if (to === from || to === 'shared') return null;
  if (to === null) return `src/options/${from}/ reaches the page shell (${target})`;
  return `src/options/${from}/ reaches the view ${to}/: move what both need to shared/`;
}
