import { renderIssue } from '../../core/markdown';
import { digestOf, type IdGenerator, type Issue, randomId, systemClock } from '../../core/model';
import { addDays } from '../../core/model/dates';
import { MAX_PUBLISHED_MARKDOWN } from '../../core/model/limits';
import { byOrder } from '../../core/model/order';
import { publishedLinks, putArchive } from '../archive/archive';
import { type ClipOptions, toClip } from '../clips/clips';
import { transact } from '../db';
import { ofDigest, readDigests } from '../digests/digests';
import { fitText } from '../fits';
import { localIsoDate } from './issues';

export interface PublishOptions extends ClipOptions {
  /** Clips of the issue to leave out of it and carry into the next draft. */
  carryOver?: string[];
  newId?: IdGenerator;
  /**
   * The Markdown the editor was shown (and may have copied). When the stored issue renders
   * differently (a field still saving, another window's change), nothing is published.
   */
  expected?: string;
}

/** The stored issue no longer renders as what the editor was shown; nothing was published. */
export class PublishChangedError extends Error {
  override name = 'PublishChangedError';
  constructor() {
    super('The issue changed since the preview was shown. Check the preview and publish again.');
  }
}

export interface PublishResult {
  published: Issue;
  next: Issue;
}

/**
 * Publishes a draft: renders it from the stored data (what is saved is what is
 * frozen, even if another window changed it a moment ago), marks it published with that
 * exact Markdown, and starts the next draft: number and date moved on by its digest's
 * steps (1 and 7 days unless the digest says otherwise), the same title
 * template, header lines, intro, house style, afterword heading and category
 * order; the afterword and section texts start empty, since they are about one issue.
 * Clips named in `carryOver` are left out and move to the next draft, keeping their
 * category and order. All in one transaction: never a published issue without a next draft.
 */
export async function publishIssue(
  issueId: string,
  options: PublishOptions = {},
): Promise<PublishResult> {
  const { now = systemClock, newId = randomId } = options;
  const carry = new Set(options.carryOver ?? []);
  const time = now();
  const stamp = time.toISOString();
  return transact(
    options,
    ['issues', 'categories', 'clips', 'styles', 'settings', 'archive'],
    'readwrite',
    async (tx) => {
      const issues = tx.objectStore('issues');
      const issue = await issues.get(issueId);
      if (!issue) throw new Error('This issue no longer exists.');
      if (issue.status !== 'draft') throw new Error('This issue is already published.');
      const categories = ofDigest(
        await tx.objectStore('categories').index('by-order').getAll(),
        digestOf(issue),
      );
      const digest = (await readDigests(tx.objectStore('settings'))).find(
        (d) => d.id === digestOf(issue),
      );
      const numberStep = digest?.numberStep ?? 1;
      const dateStep = digest?.dateStep ?? 7;
      const clipStore = tx.objectStore('clips');
      const stored = (await clipStore.index('by-issue').getAll(issueId)).sort(byOrder);
      const live = stored.filter((clip) => !clip.deletedAt);
      const keptStored = live.filter((clip) => !carry.has(clip.id));
      const kept = keptStored.map(toClip);
      const styles = await tx.objectStore('styles').getAll();
      const markdown = renderIssue({ issue, categories, clips: kept }, issue.style, styles);
      if (options.expected !== undefined && markdown !== options.expected) {
        throw new PublishChangedError();
      }
      const published: Issue = {
        ...issue,
        status: 'published',
        publishedMarkdown: markdown,
        updatedAt: stamp,
      };
      const next: Issue = {
        ...issue,
        id: newId(),
        number: issue.number === null ? null : issue.number + numberStep,
        date: addDays(issue.date, dateStep) ?? localIsoDate(time),
        afterword: '',
        sectionText: {},
        status: 'draft',
        createdAt: stamp,
        updatedAt: stamp,
      };
      delete next.publishedMarkdown;
      // An issue whose Markdown no backup could hold is not frozen into one.
      fitText('publishedMarkdown', markdown, MAX_PUBLISHED_MARKDOWN);
      await issues.put(published);
      await issues.put(next);
      // What the frozen Markdown holds becomes one archive record; the trashed clips stay
      // in the trash, under the published issue.
      for (const clip of keptStored) await clipStore.delete(clip.id);
      await putArchive(tx.objectStore('archive'), issueId, keptStored, publishedLinks(markdown));
      const moving = live.filter((clip) => carry.has(clip.id));
      const positions = new Map<string, number>();
      for (const clip of moving) {
        const order = positions.get(clip.categoryId) ?? 0;
        positions.set(clip.categoryId, order + 1);
        await clipStore.put({ ...clip, issueId: next.id, order });
      }
      return { published, next };
    },
  );
}
