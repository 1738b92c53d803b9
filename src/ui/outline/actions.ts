import { moveClip, restoreClip } from '../../storage/clip-edits';
import { moveToTrash } from '../../storage/trash';
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

/** Moves clips to the trash; the answer undoes it, bringing them back into `draftId`. */
export async function trashClips(ids: string[], draftId: string): Promise<() => Promise<void>> {
  for (const id of ids) await moveToTrash(id);
  return async () => {
    for (const id of ids) await restoreClip(id, draftId);
  };
}
