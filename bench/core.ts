/**
 * Core figures in Node (the CLI's runtime and the same V8 as Chromium): pure functions,
 * timed with performance.now() around each call after a warm-up, so the JIT has settled.
 */
import { performance } from 'node:perf_hooks';
import { parseBackup } from '../src/core/backup';
import { importIssue, renderIssue } from '../src/core/markdown';
import { counterIds } from '../src/core/model';
import { buildSearchIndex, searchClips } from '../src/core/search';
import { type BenchDataset, SEARCH_QUERY } from './data';

export interface CoreSamples {
  render: number[];
  importMarkdown: number[];
  searchIndex: number[];
  searchQuery: number[];
  parseBackup: number[];
  /** Facts about the inputs, for the report. */
  facts: { markdownBytes: number; importedClips: number; searchHits: number; clips: number };
}

function time(runs: number, warmup: number, body: () => unknown): number[] {
  for (let i = 0; i < warmup; i++) body();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    body();
    samples.push(performance.now() - start);
  }
  return samples;
}

export function measureCore(data: BenchDataset, text: string, runs: number): CoreSamples {
  const fixed = new Date('2026-01-01T00:00:00.000Z');
  // The draft rendered in its own style (its house style, embedly-blockquote): what the
  // workspace preview and Copy Markdown compute.
  const render = time(runs, 10, () => renderIssue(data.draft));
  const markdown = renderIssue(data.draft);
  const imported = importIssue(markdown, { now: () => fixed, id: counterIds('b') });
  if (imported.clips.length !== data.draft.clips.length) {
    throw new Error(
      `import found ${imported.clips.length} items, expected ${data.draft.clips.length}`,
    );
  }
  const importMarkdown = time(runs, 10, () =>
    importIssue(markdown, { now: () => fixed, id: counterIds('b') }),
  );
  const clips = data.backup.clips;
  const index = buildSearchIndex(clips);
  const searchIndex = time(Math.min(runs, 15), 3, () => buildSearchIndex(clips));
  const searchQuery = time(runs, 10, () => searchClips(index, { text: SEARCH_QUERY }, 200));
  const parse = time(Math.min(runs, 7), 1, () => {
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(`the generated backup does not parse: ${parsed.error}`);
  });
  return {
    render,
    importMarkdown,
    searchIndex,
    searchQuery,
    parseBackup: parse,
    facts: {
      markdownBytes: Buffer.byteLength(markdown),
      importedClips: imported.clips.length,
      searchHits: searchClips(index, { text: SEARCH_QUERY }).total,
      clips: clips.length,
    },
  };
}
