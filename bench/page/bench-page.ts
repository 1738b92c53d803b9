/// <reference types="chrome" />
/**
 * The bench's own extension page (bench.html in the harness's copy of the e2e build, never
 * in the product): the real storage module, run in the extension's origin, so it reads
 * and writes the very database the popup, worker and workspace use.
 */

import { parseBackup } from '../../src/core/backup';
import type { ClipInput, Responses } from '../../src/core/messages';
import { buildSearchIndex } from '../../src/core/search';
import { removeAllData, restoreBackup } from '../../src/storage/backup/backup';
import { importBackupText } from '../../src/storage/backup/import';
import { listCategories } from '../../src/storage/categories/categories';
import { captureClip } from '../../src/storage/clips/capture';
import { createDigest } from '../../src/storage/digests/digests';
import { getCurrentDraft } from '../../src/storage/issues/issues';
import { loadSearchData } from '../../src/storage/search';
import { backupText, fingerprint, generateDataset } from '../data';

let text = '';

/** Reads a store with the raw API, independent of the storage module under test. */
function readAll<T>(store: string): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('digest-clipper');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => {
        open.result.close();
        resolve(request.result as T[]);
      };
      request.onerror = () => reject(request.error);
    };
  });
}

/** One new clip saved through the worker as the popup saves it; the round trip's time. */
async function saveThroughWorker(path: string, categoryId: string): Promise<number> {
  const input: ClipInput = {
    url: `https://bulk.example.com/${path}`,
    pageTitle: `Bulk ${path} | Example`,
    description: 'A page saved by the benchmark.',
    heading: `Bulk ${path}`,
    comment: `Comment on ${path}`,
    categoryId,
  };
  const start = performance.now();
  const result = (await chrome.runtime.sendMessage({
    type: 'save-clip',
    input,
  })) as Responses['save-clip'];
  const ms = performance.now() - start;
  if (!result?.ok || !result.created)
    throw new Error(`save ${path} failed: ${JSON.stringify(result)}`);
  return ms;
}

const api = {
  /** Generates the 10,200-clip backup here, so 18 MB need not cross the DevTools protocol. */
  generate(seed: number): { fingerprint: string; bytes: number; ms: number } {
    const start = performance.now();
    text = backupText(generateDataset(seed));
    return { fingerprint: fingerprint(text), bytes: text.length, ms: performance.now() - start };
  },

  /** Backup import as the workspace does it: validate all, then one replacing transaction. */
  async importBackup(): Promise<number> {
    const start = performance.now();
    const result = await importBackupText(text, 'replace');
    const ms = performance.now() - start;
    if (!result.ok) throw new Error(`backup import failed: ${result.error}`);
    return ms;
  },

  /** Only the validation part of the import (zod schema and reference checks). */
  parseOnly(): number {
    const start = performance.now();
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.error);
    return performance.now() - start;
  },

  removeAll: () => removeAllData(),

  /**
   * `--profile`: 1,000 saves straight through storage (no worker, no badge), each timed,
   * to tell a save's own cost from the message and the worker's work around it.
   */
  async saveDirect(count: number): Promise<number[]> {
    await removeAllData();
    const issue = await getCurrentDraft();
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      await captureClip({
        url: `https://direct.example.com/article-${i}`,
        pageTitle: `Direct ${i}`,
        description: '',
        heading: `Direct ${i}`,
        comment: `Comment ${i}`,
        categoryId: 'new-features',
        issueId: issue.id,
      });
      times.push(performance.now() - start);
    }
    return times;
  },

  /**
   * Where a restore and the search's first read spend their time (`--profile`, not part of
   * the figures): each step timed alone on the database as it is.
   */
  async profile(): Promise<Record<string, number>> {
    const times: Record<string, number> = {};
    const time = async <T>(name: string, step: () => T | Promise<T>): Promise<T> => {
      const start = performance.now();
      const result = await step();
      times[name] = performance.now() - start;
      return result;
    };
    await time('JSON.parse', () => JSON.parse(text));
    const parsed = await time('parseBackup', () => parseBackup(text));
    if (!parsed.ok) throw new Error(parsed.error);
    await time('restoreBackup', () => restoreBackup(parsed.value));
    await time('readAll clips', () => readAll('clips'));
    await time('readAll archive', () => readAll('archive'));
    await time('readAll issues', () => readAll('issues'));
    const data = await time('loadSearchData', () => loadSearchData());
    await time('buildSearchIndex', () => buildSearchIndex(data.clips));
    return times;
  },

  /**
   * Saves `count` new clips one after another through the worker, as the popup does, each
   * answered after its transactions committed. Returns each round trip's time.
   */
  async saveMany(count: number, batch: number): Promise<number[]> {
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      times.push(await saveThroughWorker(`${batch}/article-${i}`, 'new-features'));
    }
    return times;
  },

  /**
   * Saves into the big draft that saveMany left and into a new digest's empty draft in
   * turn, `count` each, alternating which goes first. Both meet the same database at the
   * same moments, so their ratio is the draft's size alone: neither the storage engine's
   * state (a fresh database's first thousand writes, the clean-up after a removal) nor the
   * machine's drift, which the first and last hundred of one run also measure.
   */
  async savesBesideBigDraft(count: number): Promise<{ big: number[]; small: number[] }> {
    const digest = await createDigest({ name: 'Bench small draft', style: 'embedly-link' });
    const [category] = (await listCategories()).filter((c) => c.digestId === digest.id);
    if (!category) throw new Error('the new digest has no category');
    const big: number[] = [];
    const small: number[] = [];
    for (let i = 0; i < count; i++) {
      const intoBig = () => saveThroughWorker(`beside/big-${i}`, 'new-features');
      const intoSmall = () => saveThroughWorker(`beside/small-${i}`, category.id);
      if (i % 2 === 0) {
        big.push(await intoBig());
        small.push(await intoSmall());
      } else {
        small.push(await intoSmall());
        big.push(await intoBig());
      }
    }
    return { big, small };
  },

  /** Every clip: the drafts' and the trash's, and the published issues' in their records. */
  async countClips(): Promise<number> {
    const [loose, archive] = await Promise.all([
      readAll('clips'),
      readAll<{ clips: unknown[] }>('archive'),
    ]);
    return loose.length + archive.reduce((sum, record) => sum + record.clips.length, 0);
  },

  /** Issue, category and position of some clips, read straight from IndexedDB. */
  async positions(ids: string[]): Promise<Record<string, { categoryId: string; order: number }>> {
    const wanted = new Set(ids);
    const out: Record<string, { categoryId: string; order: number }> = {};
    for (const clip of await readAll<{ id: string; categoryId: string; order: number }>('clips')) {
      if (wanted.has(clip.id)) out[clip.id] = { categoryId: clip.categoryId, order: clip.order };
    }
    return out;
  },
};

export type BenchApi = typeof api;

declare global {
  interface Window {
    benchApi?: BenchApi;
  }
}

window.benchApi = api;
document.body.dataset.ready = 'true';
