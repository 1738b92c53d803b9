import { normalizeUrl } from '../links/normalize';
import {
  type Category,
  type Clip,
  type Clock,
  type IdGenerator,
  type IssueDocument,
  randomId,
  systemClock,
} from '../model';
import { byOrder, orderedCategories } from '../model/order';
import { matchCategories } from './categories';
import { mergeComments } from './comments';

/**
 * Team merge: a teammate's issue (from their backup or pack) into our draft. Pure; storage
 * and the CLI apply the result. The rules are documented in docs/backup.md.
 */

export interface MergeOptions {
  now?: Clock;
  newId?: IdGenerator;
  /** Who incoming clips are from when they do not say (their file's `clippedBy` setting). */
  fallbackName?: string;
  /** Clip ids used anywhere (other issues, the trash); an incoming id in it gets a new one. */
  takenIds?: ReadonlySet<string>;
}

export interface MergedClip {
  before: Clip;
  after: Clip;
}

/** What a merge would do, for the preview shown before it is applied. */
export interface MergePreview {
  added: Clip[];
  merged: MergedClip[];
  /** Incoming clips whose content our draft already holds. */
  unchanged: Clip[];
  newCategories: Category[];
}

export interface MergePlan extends MergePreview {
  document: IssueDocument;
  changed: boolean;
}

/**
 * The same article is the same normalised URL. Items without a link (kept from imported
 * issues) match only when heading and comment are identical, which is enough to keep a
 * second merge from adding them again.
 */
export function clipKey(clip: Pick<Clip, 'url' | 'heading' | 'comment'>): string {
  return clip.url ? `url:${normalizeUrl(clip.url)}` : `text:${clip.heading}\n${clip.comment}`;
}

/** Our clip with what the teammate's adds: their comment, and fields we left empty. */
function mergeClip(ours: Clip, theirs: Clip, theirName: string, stamp: string): Clip {
  const comment = mergeComments(ours.comment, ours.clippedBy ?? '', theirs.comment, theirName);
  const fill = {
    heading: ours.heading || theirs.heading,
    pageTitle: ours.pageTitle || theirs.pageTitle,
    description: ours.description || theirs.description,
  };
  const filled = (Object.keys(fill) as (keyof typeof fill)[]).some((k) => fill[k] !== ours[k]);
  // An empty lead and no lead are the same; only a real one fills ours.
  const lead = ours.lead || theirs.lead || undefined;
  if (!filled && comment === ours.comment && lead === (ours.lead || undefined)) return ours;
  const next: Clip = { ...ours, ...fill, comment, updatedAt: stamp };
  if (lead) next.lead = lead;
  // Pinned source lines would contradict a heading or card text that changed.
  if (filled) delete next.source;
  return next;
}

function incomingInOrder(incoming: IssueDocument): Clip[] {
  const rank = new Map(
    orderedCategories(incoming.issue, incoming.categories).map((c, index) => [c.id, index]),
  );
  const position = (clip: Clip) => rank.get(clip.categoryId) ?? rank.size;
  return [...incoming.clips].sort((a, b) => position(a) - position(b) || byOrder(a, b));
}

export function planMerge(
  base: IssueDocument,
  incoming: IssueDocument,
  options: MergeOptions = {},
): MergePlan {
  const { now = systemClock, newId = randomId } = options;
  const stamp = now().toISOString();
  const clips = incomingInOrder(incoming);
  const categories = matchCategories(base, incoming, clips, newId);

  const working = new Map(base.clips.map((clip) => [clip.id, clip]));
  const byKey = new Map<string, string>();
  for (const clip of [...base.clips].sort(byOrder)) {
    if (!byKey.has(clipKey(clip))) byKey.set(clipKey(clip), clip.id);
  }
  const taken = new Set([...(options.takenIds ?? []), ...working.keys()]);
  const nextOrder = new Map<string, number>();
  for (const clip of base.clips) {
    nextOrder.set(clip.categoryId, Math.max(nextOrder.get(clip.categoryId) ?? 0, clip.order + 1));
  }

  const added = new Set<string>();
  const unchanged: Clip[] = [];
  for (const theirs of clips) {
    const name = theirs.clippedBy || options.fallbackName || '';
    const key = clipKey(theirs);
    const oursId = byKey.get(key);
    const ours = oursId === undefined ? undefined : working.get(oursId);
    if (ours) {
      const next = mergeClip(ours, theirs, name, stamp);
      if (next === ours) unchanged.push(theirs);
      else working.set(ours.id, next);
      continue;
    }
    const categoryId = categories.idFor(theirs.categoryId);
    const order = nextOrder.get(categoryId) ?? 0;
    nextOrder.set(categoryId, order + 1);
    const id = taken.has(theirs.id) ? newId() : theirs.id;
    taken.add(id);
    const clip: Clip = { ...theirs, id, issueId: base.issue.id, categoryId, order };
    if (name) clip.clippedBy = name;
    working.set(id, clip);
    byKey.set(key, id);
    added.add(id);
  }

  const originals = new Map(base.clips.map((clip) => [clip.id, clip]));
  const merged: MergedClip[] = [];
  for (const [id, after] of working) {
    const before = originals.get(id);
    if (before && before !== after) merged.push({ before, after });
  }
  const issue = categories.issue(base.issue);
  const changed = added.size > 0 || merged.length > 0 || issue !== base.issue;
  return {
    added: [...added].map((id) => working.get(id) as Clip),
    merged,
    unchanged,
    newCategories: categories.added,
    changed,
    document: {
      issue: changed ? { ...issue, updatedAt: stamp } : base.issue,
      categories: [...base.categories, ...categories.added],
      clips: [...working.values()],
    },
  };
}

/** The preview alone, for the UI before the user confirms. */
export function previewMerge(
  base: IssueDocument,
  incoming: IssueDocument,
  options: MergeOptions = {},
): MergePreview {
  const { added, merged, unchanged, newCategories } = planMerge(base, incoming, options);
  return { added, merged, unchanged, newCategories };
}
