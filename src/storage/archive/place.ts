import type { StoredClip } from '../schema/stores';
import {
  type ArchiveWriter,
  archivedOfIssue,
  type FoundClip,
  putArchive,
  replaceArchived,
} from './archive';

/**
 * Where a clip is stored follows its issue: a published issue's clips outside the trash
 * in its archive record, every other clip in `clips`.
 */

/** What placing clips needs of the `clips` store. */
export interface ClipsWriter {
  put(clip: StoredClip): Promise<unknown>;
  delete(id: string): Promise<unknown>;
  index(name: 'by-issue'): { getAll(issueId: string): Promise<StoredClip[]> };
}

/**
 * Writes a clip where it belongs, taking it out of where it was (`found`): in its issue's
 * archive record when that issue is published and the clip is not in the trash, in
 * `clips` otherwise. Resolves to whether it went into the archive.
 */
export async function placeClip(
  clips: ClipsWriter,
  archive: ArchiveWriter,
  found: FoundClip | undefined,
  next: StoredClip,
  published: boolean,
): Promise<boolean> {
  const archived = published && !next.deletedAt;
  if (found?.record && archived && found.record.issueId === next.issueId) {
    await replaceArchived(archive, found.record, next.id, next);
    return true;
  }
  if (found?.record) await replaceArchived(archive, found.record, next.id, undefined);
  else if (found && archived) await clips.delete(next.id);
  if (!archived) {
    await clips.put(next);
    return false;
  }
  const others = (await archivedOfIssue(archive, next.issueId)).filter((c) => c.id !== next.id);
  await putArchive(archive, next.issueId, [...others, next]);
  return true;
}

/**
 * Puts an issue's clips where its status says: a published issue's outside the trash in
 * its archive record, a draft's in `clips`. Resolves to whether any moved.
 */
export async function placeClipsOf(
  clips: ClipsWriter,
  archive: ArchiveWriter,
  issueId: string,
  published: boolean,
): Promise<boolean> {
  if (published) {
    const loose = (await clips.index('by-issue').getAll(issueId)).filter((c) => !c.deletedAt);
    if (!loose.length) return false;
    for (const clip of loose) await clips.delete(clip.id);
    await putArchive(archive, issueId, [...(await archivedOfIssue(archive, issueId)), ...loose]);
    return true;
  }
  const archived = await archivedOfIssue(archive, issueId);
  if (!archived.length) return false;
  for (const clip of archived) await clips.put(clip);
  await archive.delete(issueId);
  return true;
}
