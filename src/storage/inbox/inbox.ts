import type { Candidate } from '../../core/intake/candidate';
import { normalizeUrl } from '../../core/links/normalize';
import { type Clock, type IdGenerator, randomId, systemClock } from '../../core/model';
import { type ReadwriteTx, type StorageOptions, transact } from '../db';
import type { StoredCandidate } from '../schema/stores';

/** Where a link already is, so the inbox says so instead of offering it twice. */
export type AlreadyWhere =
  | { place: 'inbox'; discarded: boolean }
  | { place: 'draft'; issueId: string; number: number | null }
  | { place: 'published'; issueId: string; number: number | null; date: string };

export interface AddOutcome {
  added: StoredCandidate[];
  already: { url: string; title?: string; where: AlreadyWhere }[];
}

export type InboxOptions = StorageOptions & { now?: Clock; newId?: IdGenerator };

type FindTx = ReadwriteTx<'inbox' | 'clips' | 'archive' | 'issues'>;

/** A digest's candidates, from its first key to its last. */
export const ofDigest = (digestId: string) => IDBKeyRange.bound([digestId], [digestId, []]);

/**
 * Where one link already is for this digest: its inbox (discarded ones too), its draft,
 * or one of its published issues. A trashed clip does not count: the editor let it go.
 */
async function whereIs(tx: FindTx, digestId: string, key: string): Promise<AlreadyWhere | null> {
  const [waiting, clips, records] = await Promise.all([
    tx.objectStore('inbox').index('by-url').get([digestId, key]),
    tx.objectStore('clips').index('by-url').getAll(key),
    tx.objectStore('archive').index('by-url').getAllKeys(key),
  ]);
  if (waiting) return { place: 'inbox', discarded: !!waiting.discardedAt };
  const issueIds = [...clips.filter((c) => !c.deletedAt).map((c) => c.issueId), ...records];
  const issues = await Promise.all(issueIds.map((id) => tx.objectStore('issues').get(id)));
  // A link may be in another digest's issues; only this digest's count.
  const mine = issues.filter((i) => i && (i.digestId ?? 'default') === digestId);
  const draft = mine.find((i) => i?.status === 'draft');
  if (draft) return { place: 'draft', issueId: draft.id, number: draft.number };
  const published = mine.find((i) => i?.status === 'published');
  if (published) {
    const { id, number, date } = published;
    return { place: 'published', issueId: id, number, date };
  }
  return null;
}

/**
 * Adds candidates to a digest's inbox. Each link is looked up inside the write's own
 * transaction (the inbox, the clips and the archive), so one already offered, in the
 * draft or published is reported with where it is and never stored a second time, even
 * when two pastes or a paste and a feed poll add it at once.
 */
export async function addCandidates(
  digestId: string,
  candidates: Candidate[],
  options: InboxOptions = {},
): Promise<AddOutcome> {
  const { now = systemClock, newId = randomId } = options;
  const stamp = now().toISOString();
  return transact(
    options,
    ['inbox', 'clips', 'archive', 'issues'],
    'readwrite',
    async (tx) => {
      const keys = candidates.map((c) => normalizeUrl(c.url));
      const found = await Promise.all(keys.map((key) => whereIs(tx, digestId, key)));
      const outcome: AddOutcome = { added: [], already: [] };
      const store = tx.objectStore('inbox');
      const seen = new Set<string>();
      const writes: Promise<unknown>[] = [];
      candidates.forEach((candidate, i) => {
        const key = keys[i] ?? '';
        const where = found[i];
        if (where || seen.has(key)) {
          if (where) {
            outcome.already.push({
              url: candidate.url,
              ...(candidate.title ? { title: candidate.title } : {}),
              where,
            });
          }
          return;
        }
        seen.add(key);
        const record: StoredCandidate = {
          ...candidate,
          id: newId(),
          digestId,
          normalizedUrl: key,
          addedAt: stamp,
          order: outcome.added.length,
        };
        outcome.added.push(record);
        writes.push(store.add(record));
      });
      await Promise.all(writes);
      return outcome;
    },
    (outcome) => (outcome.added.length ? ['inbox'] : []),
  );
}

/** A digest's inbox in the order its candidates came, discarded ones included. */
export async function listInbox(digestId: string, options: StorageOptions = {}) {
  return transact(options, ['inbox'], 'readonly', (tx) =>
    tx.objectStore('inbox').index('by-digest').getAll(ofDigest(digestId)),
  );
}

/** Marks a candidate discarded (or, with `undo`, brings it back), checked in the write. */
export async function discardCandidate(
  id: string,
  options: InboxOptions & { undo?: boolean } = {},
): Promise<StoredCandidate> {
  const stamp = (options.now ?? systemClock)().toISOString();
  return transact(options, ['inbox'], 'readwrite', async (tx) => {
    const store = tx.objectStore('inbox');
    const stored = await store.get(id);
    if (!stored)
      throw new Error('This link is no longer in the inbox: it was filed or removed elsewhere.');
    const { discardedAt: _was, ...rest } = stored;
    const next: StoredCandidate = options.undo ? rest : { ...rest, discardedAt: stamp };
    await store.put(next);
    return next;
  });
}

/**
 * Titles and descriptions read from the pages, written to the candidates that still have
 * none (an editor's paste may have given one meanwhile, and that one stays).
 */
export async function setCandidateTitles(
  found: { id: string; title: string; description?: string }[],
  options: StorageOptions = {},
): Promise<number> {
  return transact(options, ['inbox'], 'readwrite', async (tx) => {
    const store = tx.objectStore('inbox');
    const stored = await Promise.all(found.map((f) => store.get(f.id)));
    const writes = stored.flatMap((candidate, i) => {
      const page = found[i];
      if (!candidate || candidate.title || !page?.title) return [];
      const description = candidate.description || page.description;
      return [
        store.put({ ...candidate, title: page.title, ...(description ? { description } : {}) }),
      ];
    });
    await Promise.all(writes);
    return writes.length;
  });
}
