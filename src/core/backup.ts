import type * as z from 'zod';
import type { Category, Clip, Clock, Issue, IssueDocument } from './model';
import { systemClock } from './model';
import { type BackupFile, backupSchema, FORMAT, FORMAT_VERSION } from './schema';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Drops `__proto__` keys while parsing, so no later copy can reach a prototype. */
function parseJson(text: string): ParseResult<unknown> {
  try {
    return {
      ok: true,
      value: JSON.parse(text, (key, value) => (key === '__proto__' ? undefined : value)),
    };
  } catch (error) {
    return { ok: false, error: `not valid JSON (${(error as Error).message})` };
  }
}

function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, 3).map((issue) => {
    const path = issue.path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('');
    return `${path.replace(/^\./, '') || 'file'}: ${issue.message}`;
  });
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more problems)` : '';
  return shown.join('; ') + more;
}

function firstDuplicate(ids: string[]): string | undefined {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}

/** Ids must be unique and every reference must resolve, or an import would orphan clips. */
function checkReferences(file: BackupFile): string | null {
  for (const [what, list] of [
    ['category', file.categories],
    ['issue', file.issues],
    ['clip', file.clips],
  ] as const) {
    const duplicate = firstDuplicate(list.map((item) => item.id));
    if (duplicate !== undefined) return `duplicate ${what} id "${duplicate}"`;
  }
  const categories = new Set(file.categories.map((c) => c.id));
  const issues = new Set(file.issues.map((i) => i.id));
  for (const [index, clip] of file.clips.entries()) {
    if (!categories.has(clip.categoryId))
      return `clips[${index}].categoryId: no category "${clip.categoryId}" in the file`;
    if (!issues.has(clip.issueId))
      return `clips[${index}].issueId: no issue "${clip.issueId}" in the file`;
  }
  return null;
}

/** Validates an untrusted backup or pack; the error names what is wrong and where. */
export function parseBackup(text: string): ParseResult<BackupFile> {
  const json = parseJson(text);
  if (!json.ok) return json;
  const value = json.value as Record<string, unknown> | null;
  if (
    typeof value !== 'object' ||
    value === null ||
    Array.isArray(value) ||
    value.format !== FORMAT
  ) {
    return { ok: false, error: `not a Digest Clipper backup (expected "format": "${FORMAT}")` };
  }
  if (typeof value.version === 'number' && value.version > FORMAT_VERSION) {
    return {
      ok: false,
      error: `made by a newer Digest Clipper (format version ${value.version}); this one reads version ${FORMAT_VERSION}. Update Digest Clipper first`,
    };
  }
  const parsed = backupSchema.safeParse(value);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
  const broken = checkReferences(parsed.data);
  return broken ? { ok: false, error: broken } : { ok: true, value: parsed.data as BackupFile };
}

export interface BackupContents {
  categories: Category[];
  issues: Issue[];
  clips: Clip[];
  settings?: Record<string, unknown>;
}

export function createBackup(
  contents: BackupContents,
  kind: BackupFile['kind'] = 'backup',
  now: Clock = systemClock,
): BackupFile {
  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    kind,
    exportedAt: now().toISOString(),
    categories: contents.categories,
    issues: contents.issues,
    clips: contents.clips,
    ...(contents.settings ? { settings: contents.settings } : {}),
  };
}

/** Stable, readable JSON, so packs kept in git diff well. */
export function serializeBackup(file: BackupFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function backupFromDocument(doc: IssueDocument, now: Clock = systemClock): BackupFile {
  return createBackup(
    { categories: doc.categories, issues: [doc.issue], clips: doc.clips },
    'pack',
    now,
  );
}

/**
 * The issue a command works on: the one asked for, else the only issue, else the newest
 * draft.
 */
export function documentFromBackup(file: BackupFile, issueId?: string): ParseResult<IssueDocument> {
  const drafts = file.issues.filter((i) => i.status === 'draft');
  const issue = issueId
    ? file.issues.find((i) => i.id === issueId)
    : file.issues.length === 1
      ? file.issues[0]
      : drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  if (!issue) {
    return {
      ok: false,
      error: issueId
        ? `no issue "${issueId}" in the file`
        : 'the file has no draft issue; name one with --issue ID',
    };
  }
  return {
    ok: true,
    value: {
      issue: issue as Issue,
      categories: file.categories as Category[],
      clips: (file.clips as Clip[]).filter((c) => c.issueId === issue.id),
    },
  };
}
