import type { Starter } from '../../core/markdown';
import { labelKey } from '../../core/merge/categories';
import {
  type Category,
  DEFAULT_DIGEST_ID,
  type Digest,
  digestOf,
  type IdGenerator,
  type Issue,
  randomId,
  systemClock,
} from '../../core/model';
import { nextOrder, orderedCategories } from '../../core/model/order';
import { type StorageOptions, transact } from '../db';
import { ofDigest, readDigests, writeDigest } from './digests';

/** The digest's templates and the fields of an issue they start. */
const TEMPLATE_OF = {
  titleTemplate: 'title',
  header: 'header',
  intro: 'intro',
  afterwordHeading: 'afterwordHeading',
} as const satisfies Partial<Record<keyof Digest, keyof Issue>>;

export type TemplateKey = keyof typeof TEMPLATE_OF;

export interface AppliedDigest {
  /** Templates the current draft now follows. */
  applied: TemplateKey[];
  /** Templates that changed, where the draft keeps text of its own. */
  kept: TemplateKey[];
  /** The style's sections the digest lacked, now added. */
  added: Category[];
}

/**
 * Saves the digest's settings and brings its current draft along, in one transaction: a
 * changed template reaches the draft where the draft still held the template as it was
 * (its title, header, intro, afterword heading); text the editor wrote into the draft
 * itself is kept and reported, never overwritten. With a `starter`, the style's sections
 * the digest lacks (matched by label) are added after its own.
 */
export async function applyDigest(
  digest: Digest,
  draftId: string | undefined,
  options: StorageOptions & { starter?: Starter; newId?: IdGenerator } = {},
): Promise<AppliedDigest> {
  const newId = options.newId ?? randomId;
  const result: AppliedDigest = { applied: [], kept: [], added: [] };
  await transact(options, ['settings', 'issues', 'categories'], 'readwrite', async (tx) => {
    const settings = tx.objectStore('settings');
    const before = (await readDigests(settings)).find((d) => d.id === digest.id);
    await writeDigest(settings, digest);
    const issues = tx.objectStore('issues');
    const draft = draftId ? await issues.get(draftId) : undefined;
    const ours = draft?.status === 'draft' && digestOf(draft) === digest.id ? draft : undefined;
    let next = ours;
    for (const [key, field] of Object.entries(TEMPLATE_OF) as [TemplateKey, keyof Issue][]) {
      if (!before || before[key] === digest[key] || !next) continue;
      if (next[field] === before[key]) {
        next = { ...next, [field]: digest[key] };
        result.applied.push(key);
      } else result.kept.push(key);
    }
    const store = tx.objectStore('categories');
    const own = ofDigest(await store.getAll(), digest.id);
    const known = new Set(own.map(labelKey));
    let order = nextOrder(own);
    for (const section of options.starter?.sections ?? []) {
      if (known.has(labelKey(section))) continue;
      known.add(labelKey(section));
      const category: Category = {
        id: newId(),
        ...section,
        order: order++,
        ...(digest.id === DEFAULT_DIGEST_ID ? {} : { digestId: digest.id }),
      };
      await store.put(category);
      result.added.push(category);
    }
    if (next && result.added.length) {
      const shown = orderedCategories(next, own).map((c) => c.id);
      next = { ...next, categoryOrder: [...shown, ...result.added.map((c) => c.id)] };
    }
    if (next && next !== ours)
      await issues.put({ ...next, updatedAt: systemClock().toISOString() });
  });
  return result;
}
