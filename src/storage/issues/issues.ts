import type { StoreNames } from 'idb';
import {
  type Clock,
  DEFAULT_DIGEST_ID,
  type Digest,
  type IdGenerator,
  type Issue,
  type IssueStatus,
  randomId,
  systemClock,
} from '../../core/model';
import { localeDefaults } from '../../core/model/locale';
import { placeClipsOf } from '../archive/place';
import { type ReadwriteTx, type StorageOptions, transact } from '../db';
import { digestById, ofDigest, readCurrentDigest, readDigests } from '../digests/digests';
import { readSettings } from '../digests/settings';
import { fitIssue } from '../fits';
import type { DigestDB } from '../schema/stores';

export interface IssueOptions extends StorageOptions {
  now?: Clock;
  newId?: IdGenerator;
  /**
   * The language of a draft created here (`ja`, `en-US`...), for its default title and
   * afterword heading when the user has stored none. Pages pass the language their
   * messages are shown in (src/ui/i18n.ts `uiLanguage`); without one, the browser's
   * preferred language, so storage itself never asks `browser.i18n`.
   */
  locale?: string;
  /** The digest whose draft is wanted; by default the current one. */
  digestId?: string;
}

async function pickDigest(store: Parameters<typeof readDigests>[0], id?: string): Promise<Digest> {
  if (id === undefined) return readCurrentDigest(store);
  return digestById(await readDigests(store), id);
}

/** `navigator.language` where there is one (pages, workers); Node 20 has none. */
const environmentLanguage = (): string | undefined =>
  (globalThis as { navigator?: { language?: string } }).navigator?.language;

/** The editor's calendar date, not UTC's: a Tokyo morning is still yesterday in UTC. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The issue new clips go into: the newest draft, or a fresh one from the settings'
 * template, showing the workspace's categories in their order. Finding and creating share
 * one transaction, so two pages asking at once cannot create two drafts.
 */
export async function getCurrentDraft(options: IssueOptions = {}): Promise<Issue> {
  // Read-only first: every readwrite transaction announces a change, and listeners that
  // ask for the draft on each change (the badge, open workspaces) would otherwise wake
  // each other forever. The readwrite path below checks again before creating.
  const found = await transact(options, ['issues', 'settings'], 'readonly', (tx) =>
    findDraft(tx.objectStore('settings'), tx.objectStore('issues'), options.digestId),
  );
  if (found) return found;
  const { issue } = await transact(
    options,
    ['issues', 'categories', 'settings'],
    'readwrite',
    (tx) => draftIn(tx, options),
    // Only a draft made here is news; another page may have made it a moment before.
    ({ created }) => (created ? ['issues'] : []),
  );
  return issue;
}

/**
 * The current digest's draft if it has one, read only: a page that only looks (the popup
 * asking which house style a new clip will be written in) never creates a draft.
 */
export async function peekCurrentDraft(options: IssueOptions = {}): Promise<Issue | undefined> {
  return transact(options, ['issues', 'settings'], 'readonly', (tx) =>
    findDraft(tx.objectStore('settings'), tx.objectStore('issues'), options.digestId),
  );
}

/** A readwrite transaction that can find and create a draft, and may hold more stores. */
export type DraftTx<More extends StoreNames<DigestDB> = never> = ReadwriteTx<
  'issues' | 'categories' | 'settings' | More
>;

/**
 * The digest's newest draft, or a new one written in the caller's transaction: `created`
 * says which, so a caller announces the issues store only when it wrote to it.
 */
export async function draftIn<More extends StoreNames<DigestDB> = never>(
  tx: DraftTx<More>,
  options: IssueOptions = {},
): Promise<{ issue: Issue; created: boolean }> {
  const { now = systemClock, newId = randomId } = options;
  const issues = tx.objectStore('issues');
  const settingsStore = tx.objectStore('settings');
  const found = await findDraft(settingsStore, issues, options.digestId);
  if (found) return { issue: found, created: false };
  const digest = await pickDigest(settingsStore, options.digestId);
  const [settings, storedKeys] = await Promise.all([
    readSettings(settingsStore),
    settingsStore.getAllKeys(),
  ]);
  // A template the user stored wins; otherwise the draft speaks the editor's language.
  const byLocale = localeDefaults(options.locale ?? environmentLanguage());
  // The first digest, until it is edited, is the settings' templates in the editor's language.
  const ownDigest = storedKeys.includes('digests' as never);
  const stored = (key: 'titleTemplate' | 'afterwordHeading') =>
    ownDigest ? digest[key] : storedKeys.includes(key) ? settings[key] : byLocale[key];
  const categories = ofDigest(
    await tx.objectStore('categories').index('by-order').getAll(),
    digest.id,
  );
  const time = now();
  const issue: Issue = {
    id: newId(),
    title: stored('titleTemplate'),
    number: null,
    date: localIsoDate(time),
    header: digest.header,
    intro: digest.intro,
    afterwordHeading: stored('afterwordHeading'),
    afterword: '',
    style: ownDigest ? digest.style : settings.style,
    ...(digest.id === DEFAULT_DIGEST_ID ? {} : { digestId: digest.id }),
    status: 'draft',
    sectionText: {},
    categoryOrder: categories.map((category) => category.id),
    createdAt: time.toISOString(),
    updatedAt: time.toISOString(),
  };
  await issues.put(issue);
  return { issue, created: true };
}

/** What `findDraft` reads of the issues store, in whichever transaction holds it. */
interface IssueStore {
  index(name: 'by-status'): { getAll(query: 'draft'): Promise<Issue[]> };
}

/**
 * The digest's newest draft, read in the caller's transaction (undefined if it has none),
 * so a page can read the draft and its clips in one transaction (documents.ts).
 */
export async function findDraft(
  settings: Parameters<typeof readDigests>[0],
  issues: IssueStore,
  digestId?: string,
): Promise<Issue | undefined> {
  const [digest, drafts] = await Promise.all([
    pickDigest(settings, digestId),
    issues.index('by-status').getAll('draft'),
  ]);
  return draftOfDigest(drafts, digest.id);
}

/** The newest of the drafts that belong to that digest. */
export function draftOfDigest(drafts: Issue[], digestId: string): Issue | undefined {
  return ofDigest(drafts, digestId).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}

export async function getIssue(id: string, options: StorageOptions = {}) {
  return transact(options, ['issues'], 'readonly', (tx) => tx.objectStore('issues').get(id));
}

/** Saves an issue as given; its clips move to where its status keeps them. */
export async function saveIssue(issue: Issue, options: IssueOptions = {}): Promise<Issue> {
  const saved = { ...issue, updatedAt: (options.now ?? systemClock)().toISOString() };
  await transact(
    options,
    ['issues', 'clips', 'archive'],
    'readwrite',
    async (tx) => {
      fitIssue(saved);
      await tx.objectStore('issues').put(saved);
      const published = saved.status === 'published';
      return placeClipsOf(tx.objectStore('clips'), tx.objectStore('archive'), saved.id, published);
    },
    (moved): StoreNames<DigestDB>[] => (moved ? ['issues', 'clips', 'archive'] : ['issues']),
  );
  return saved;
}

/** Newest issue date first; all issues, or those with the given status. */
export async function listIssues(status?: IssueStatus, options: StorageOptions = {}) {
  const issues = await transact(options, ['issues'], 'readonly', (tx) => {
    const store = tx.objectStore('issues');
    return status ? store.index('by-status').getAll(status) : store.getAll();
  });
  return issues.sort(
    (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
  );
}

/** How many issues have the given status, counted in the index without reading them. */
export async function countIssues(status: IssueStatus, options: StorageOptions = {}) {
  return transact(options, ['issues'], 'readonly', (tx) =>
    tx.objectStore('issues').index('by-status').count(status),
  );
}
