import type { ImportRef } from './source';
import { resolveSpecifier } from './source';

/**
 * Which subject folders of src/core/ each one may import. model is the bottom (plain data,
 * limits, results); links is how two links compare and the rules a link is held to; text
 * is escaping and URLs; the Markdown engine sits on those;
 * backup and merge sit on the engine; issue-level rules on top. A folder not in the table
 * fails the test until it has a row, so a new subject is placed on purpose.
 */
export const CORE_SUBJECTS: Record<string, readonly string[]> = {
  model: ['model'],
  links: ['links', 'model'],
  text: ['text', 'links', 'model'],
  search: ['search', 'text', 'links', 'model'],
  messages: ['messages', 'text', 'links', 'model'],
  capture: ['capture', 'messages', 'text', 'links', 'model'],
  markdown: ['markdown', 'text', 'links', 'model'],
  backup: ['backup', 'markdown', 'text', 'links', 'model'],
  merge: ['merge', 'backup', 'markdown', 'text', 'links', 'model'],
  issue: ['issue', 'merge', 'markdown', 'text', 'links', 'model'],
  intake: ['intake', 'capture', 'text', 'links', 'model'],
};

/**
 * The engine's doors for code outside it: its index, and the modules that pull a large
 * library, kept apart so a page loads them by `import()` where first needed: zod to check
 * a style from outside (`parse.ts`, and the schema the backup format embeds) and
 * markdown-it for a site's checks.
 */
export const ENGINE_DOORS = [
  'src/core/markdown/index.ts',
  'src/core/markdown/style/parse.ts',
  'src/core/markdown/style/schema.ts',
  'src/core/markdown/site/checks.ts',
];

/** The subject folder of src/core/ a path is in, or null outside src/core/. */
export function subjectOf(path: string): string | null {
  const match = /^src\/core\/([^/]+)\//.exec(path);
  if (match?.[1]) return match[1];
  return /^src\/core\/[^/]+$/.test(path) ? '' : null;
}

/** A resolved relative import as the file it names (with `.ts`, `.tsx` or `/index.ts`). */
export function moduleFile(target: string, exists: (path: string) => boolean): string | null {
  for (const candidate of [target, `${target}.ts`, `${target}.tsx`, `${target}/index.ts`]) {
    if (/\.[cm]?[jt]sx?$/.test(candidate) && exists(candidate)) return candidate;
  }
  return null;
}

/** Why a file of src/core/ may not import `ref`, or null when it may. */
export function subjectProblem(file: string, ref: ImportRef): string | null {
  const from = subjectOf(file);
  if (from === null) return null;
  if (from === '') return 'src/core/ keeps its files in subject folders, none at its top';
  const allowed = CORE_SUBJECTS[from];
  if (!allowed) return `src/core/${from}/ has no row in CORE_SUBJECTS: add one`;
  const target = resolveSpecifier(file, ref.specifier);
  const to = target === null ? null : subjectOf(`${target}/`);
  if (to === null || to === '' || allowed.includes(to)) return null;
  return `src/core/${from}/ may import only ${allowed.join(', ')}; this reaches ${to}`;
}

/** Why a file outside the engine may not import `ref`, or null when it may. */
export function engineDoorProblem(
  file: string,
  ref: ImportRef,
  exists: (path: string) => boolean,
): string | null {
  if (file.startsWith('src/core/markdown/')) return null;
  const target = resolveSpecifier(file, ref.specifier);
  if (target === null || !`${target}/`.startsWith('src/core/markdown/')) return null;
  const module = moduleFile(target, exists);
  if (module && ENGINE_DOORS.includes(module)) return null;
  return `the engine is imported through src/core/markdown (index.ts), not ${target}`;
}
