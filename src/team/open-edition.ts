import type { ArchiveLayout } from '../core/issue/archive-plan';
import { nextEdition } from '../core/issue/next-edition';
import { expandEditionPath, type HouseStyle, importIssue } from '../core/markdown';
import type { StorageOptions } from '../storage/db';
import { importIntoDraft } from '../storage/issues/import-draft';
import { type EditionText, readEdition } from './edition';
import type { Remote } from './transport';

/**
 * Opening the edition from the repository into the digest's current issue, and starting
 * the next one when none is open. The issue keeps the file's document span by span, so
 * it renders back to the file byte for byte until the editor changes something, and each
 * change touches only its own lines. The draft's earlier clips go to the trash, where
 * they can be restored; `expectTrashed` is how many the editor was told go there.
 */

export interface IntoDraft {
  draftId: string;
  style: HouseStyle;
  expectTrashed: number;
  storage?: StorageOptions;
}

export type Opened =
  | { kind: 'opened'; head: string; path: string; text: string; items: number }
  | { kind: 'none'; head: string; previous: EditionText | null };

const itemsOf = (doc: { clips: { url: string }[] }) => doc.clips.filter((c) => c.url).length;

async function intoDraft(text: string, target: IntoDraft): Promise<number> {
  const doc = importIssue(text, { style: target.style });
  const stored = await importIntoDraft(doc, target.draftId, {
    ...target.storage,
    expectTrashed: target.expectTrashed,
  });
  return itemsOf(stored);
}

export async function openEdition(
  remote: Remote,
  layout: ArchiveLayout,
  today: string,
  target: IntoDraft,
): Promise<Opened> {
  const read = await readEdition(remote, layout, today);
  if (!read.open) return { kind: 'none', head: read.head, previous: read.previous };
  const items = await intoDraft(read.open.text, target);
  return { kind: 'opened', head: read.head, path: read.open.path, text: read.open.text, items };
}

export interface Started {
  path: string;
  text: string;
}

/**
 * The next edition from the previous one (core's nextEdition: number and date stepped,
 * items taken out, everything else kept), named by the edition path, as the current issue.
 * It reaches the repository when it is proposed or committed.
 */
export async function startEdition(
  previous: EditionText,
  pattern: string,
  steps: { dateStep: number; numberStep: number },
  target: IntoDraft,
): Promise<Started> {
  const next = nextEdition(previous.text, { style: target.style, ...steps });
  if (!next.ok) throw new Error(next.error);
  const path = expandEditionPath(pattern, {
    date: next.value.date ?? '',
    number: next.value.number,
  });
  if (!path.ok) throw new Error(path.error);
  await intoDraft(next.value.markdown, target);
  return { path: path.value, text: next.value.markdown };
}
