import type * as z from 'zod';
import { BUILTIN_STYLE_NAMES } from '../markdown';
import { DEFAULT_DIGEST_ID } from '../model';
import type { Result } from '../model/result';
import type { BackupInput } from './schema';

/**
 * Drops `__proto__` keys while parsing. `JSON.parse` makes them own properties, which is
 * harmless until some later spread or assignment copies one onto a plain object and so
 * replaces its prototype; removing them here means no later step has to remember.
 */
export function parseJson(text: string): Result<unknown> {
  try {
    return {
      ok: true,
      value: JSON.parse(text, (key, value) => (key === '__proto__' ? undefined : value)),
    };
  } catch (error) {
    return { ok: false, error: `not valid JSON (${(error as Error).message})` };
  }
}

/** `clips[3].url: message`, for at most three problems, so the message stays one line. */
export function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, 3).map((issue) => {
    const path = issue.path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('');
    // A bad record key says only "Invalid key in record"; the reason is one level down.
    const inner = issue.code === 'invalid_key' ? issue.issues[0]?.message : undefined;
    const message = (inner ? `bad key, ${inner}` : issue.message)
      .replace(/^Invalid input: expected (\w+), received undefined$/, 'missing (expected $1)')
      // Messages are joined with "; " and the caller may add a sentence after them.
      .replace(/\.$/, '');
    return `${path.replace(/^\./, '') || 'file'}: ${message}`;
  });
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more problems)` : '';
  return shown.join('; ') + more;
}

function firstDuplicate(keys: string[]): string | undefined {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) return key;
    seen.add(key);
  }
  return undefined;
}

/**
 * Ids must be unique and every reference must resolve: IndexedDB would keep only the last
 * of two records with one id, and a clip whose category or issue is missing is invisible.
 */
export function checkReferences(file: BackupInput): string | null {
  const lists = [
    ['category id', file.categories.map((c) => c.id)],
    ['issue id', file.issues.map((i) => i.id)],
    ['clip id', file.clips.map((c) => c.id)],
    ['draft url', (file.drafts ?? []).map((d) => d.url)],
  ] as const;
  for (const [what, keys] of lists) {
    const duplicate = firstDuplicate([...keys]);
    if (duplicate !== undefined) return `duplicate ${what} "${duplicate}"`;
  }
  const categories = new Set(file.categories.map((c) => c.id));
  const issues = new Set(file.issues.map((i) => i.id));
  const styles = new Set([...BUILTIN_STYLE_NAMES, ...(file.styles ?? []).map((s) => s.name)]);
  for (const [index, issue] of file.issues.entries()) {
    const style = issue.style ?? issue.preset;
    if (style !== undefined && !styles.has(style))
      return `issues[${index}].style: no style "${style}" built in or in the file`;
  }
  const digests = new Set([DEFAULT_DIGEST_ID, ...(file.digests ?? []).map((d) => d.id)]);
  for (const [what, records] of [
    ['categories', file.categories],
    ['issues', file.issues],
  ] as const) {
    for (const [index, record] of records.entries()) {
      if (record.digestId !== undefined && !digests.has(record.digestId))
        return `${what}[${index}].digestId: no digest "${record.digestId}" in the file`;
    }
  }
  const chosen = file.settings?.style;
  if (typeof chosen === 'string' && !styles.has(chosen))
    return `settings.style: no style "${chosen}" built in or in the file`;
  for (const [index, clip] of file.clips.entries()) {
    if (!categories.has(clip.categoryId))
      return `clips[${index}].categoryId: no category "${clip.categoryId}" in the file`;
    if (!issues.has(clip.issueId))
      return `clips[${index}].issueId: no issue "${clip.issueId}" in the file`;
  }
  return null;
}
