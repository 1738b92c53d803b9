import { createBackup, parseBackup } from '../../core/backup';
import type { BackupFile } from '../../core/backup/schema';
import type { IssueDocument } from '../../core/model';
import { loadIssueDocument } from '../issues/documents';
import { getCurrentDraft, type IssueOptions } from '../issues/issues';

/**
 * Packs for the team's repository: one file per editor and issue (the backup format),
 * and several teammates' packs folded into one, so the preview, the merge and the command
 * line's `render DIR` all see the same result.
 */

/**
 * The clips this editor contributes: theirs by name, and those clipped before a name was
 * set (they were clipped in this browser). Teammates' clips merged in earlier stay in
 * their own packs.
 */
export function editorPack(doc: IssueDocument, editor: string): BackupFile {
  const clips = doc.clips
    .filter((clip) => !clip.clippedBy || clip.clippedBy === editor)
    .map((clip) => ({ ...clip, clippedBy: editor }));
  // Stamped with the newest change rather than the clock, so sharing again without
  // changes writes the same bytes and git records no new commit.
  const stamps = [doc.issue.updatedAt, ...clips.map((clip) => clip.updatedAt)].sort();
  const newest = new Date(stamps.at(-1) ?? doc.issue.updatedAt);
  return createBackup(
    {
      categories: doc.categories,
      issues: [doc.issue],
      clips,
      settings: { clippedBy: editor },
    },
    'pack',
    () => newest,
  );
}

/** The current draft's pack for this editor. */
export async function currentDraftPack(editor: string, options: IssueOptions = {}) {
  const draft = await getCurrentDraft(options);
  const doc = await loadIssueDocument(draft.id, options);
  if (!doc) throw new Error('the current draft was removed; reopen the workspace');
  return { issue: draft, pack: editorPack(doc, editor) };
}

export interface NamedText {
  name: string;
  text: string;
}

export interface ReadPacks {
  files: { name: string; file: BackupFile }[];
  /** Files that are not valid packs, with why; they are left out, never half-read. */
  refused: { name: string; error: string }[];
}

export function readPacks(texts: NamedText[]): ReadPacks {
  const result: ReadPacks = { files: [], refused: [] };
  for (const { name, text } of texts) {
    const parsed = parseBackup(text);
    if (parsed.ok) result.files.push({ name, file: parsed.value });
    else result.refused.push({ name, error: parsed.error });
  }
  return result;
}
