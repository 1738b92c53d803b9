import { moveClip, restoreClip } from '../../storage/clips/edits';
import { moveToTrash } from '../../storage/clips/trash';
import { bulkMoves, type OutlineSection } from './model';

/** Moves clips as the outline asks (see `bulkMoves`), one committed move after another. */
export async function moveClips(
  sections: OutlineSection[],
  ids: string[],
  categoryId: string,
  index: number,
): Promise<void> {
  for (const step of bulkMoves(sections, ids, categoryId, index)) {
    await moveClip(step.clipId, step.categoryId, step.index);
  }
}

/**
 * Moves clips to the trash; the answer undoes it, bringing them back into `draftId`. A clip
 * that cannot come back (its page was clipped again meanwhile) does not stop the others:
 * each is tried, and the first refusal is thrown after, for the caller to show.
 */
export async function trashClips(ids: string[], draftId: string): Promise<() => Promise<void>> {
  for (const id of ids) await moveToTrash(id);
  return async () => {
    const refused: unknown[] = [];
    for (const id of ids) await restoreClip(id, draftId).catch((error) => refused.push(error));
    if (refused.length) throw refused[0];
  };
}
