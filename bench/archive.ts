/**
 * The archive read from a digest's repository: 600 issues made from the real This Week in
 * Rust issue (each with its links made its own, ~13 MB and ~100,000 links in all) committed
 * to a bare repository served by `git http-backend` on 127.0.0.1, read into the database
 * (clone, blob reads, parse, one published issue and archive record each), then a second
 * sync after one more issue is committed. Runs in Node on fake-indexeddb, not in a
 * browser: the figures are the read and the parsing, with a slower database than a
 * browser's. `node bench/main.mjs --archive` runs it alone.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findStyle } from '../src/core/markdown';
import { EMPTY_ARCHIVE_STATE, importArchive } from '../src/team/archive-import';
import { DEFAULT_TEAM_CONFIG } from '../src/team/config';
import { startGitServer } from '../test/git-server/server';
import { type Figure, figure, single, table } from './stats';

const FIXTURE = resolve(
  import.meta.dirname,
  '../../shared/fixtures/this-week-in-rust-453-2022-07-27.md',
);
const ISSUES = Number(process.env.BENCH_ISSUES ?? 600);
const layout = { edition: 'draft/{date}-this-week-in-rust.md', archive: ['content/'] };

function isoDaysBefore(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() - days);
  return at.toISOString().slice(0, 10);
}

/** Issue `index` weeks before 453, its links its own (another host per issue). */
function issueText(source: string, index: number): { path: string; text: string } {
  const date = isoDaysBefore('2022-07-27', 7 * index);
  const text = source
    .replaceAll('2022-07-27', date)
    .replaceAll('453', String(1000 - index))
    .replaceAll('](https://', `](https://i${index}.`);
  return { path: `content/${date}-this-week-in-rust.md`, text };
}

export async function measureArchive(verbose = false): Promise<Figure[]> {
  const say = (line: string) => verbose && console.error(line);
  const source = readFileSync(FIXTURE, 'utf8');
  const style = findStyle('this-week-in-rust');
  if (!style) throw new Error('the This Week in Rust style is built in');
  const server = await startGitServer();
  try {
    server.createRepo('archive', 'master');
    const files: Record<string, string> = {};
    let bytes = 0;
    let links = 0;
    for (let i = 1; i <= ISSUES; i++) {
      const { path, text } = issueText(source, i);
      files[path] = text;
      bytes += Buffer.byteLength(text);
      links += text.split('](https://').length - 1;
    }
    server.commitDirectly('archive', 'master', files, 'Archive');
    say(`${ISSUES} issues committed`);
    const remote = {
      config: {
        ...DEFAULT_TEAM_CONFIG,
        url: server.url('archive'),
        username: server.user,
        branch: 'master',
      },
      token: server.token,
    };
    const digest = { id: 'default', style };
    const storage = { dbName: `bench-archive-${Date.now()}` };
    let start = performance.now();
    const first = await importArchive(remote, layout, digest, EMPTY_ARCHIVE_STATE, {
      storage,
      onProgress: (p) => {
        if (p.done === p.total || p.done % 100 === 0) {
          say(
            `${((performance.now() - start) / 1000).toFixed(1)} s: ${p.phase} ${p.done}/${p.total}`,
          );
        }
      },
    });
    const firstMs = performance.now() - start;
    if (first.written !== ISSUES) throw new Error(`read ${first.written} of ${ISSUES} issues`);
    const next = issueText(source, 0);
    server.commitDirectly('archive', 'master', { [next.path]: next.text }, 'One more');
    let read = 0;
    start = performance.now();
    const second = await importArchive(remote, layout, digest, first.state, {
      storage,
      onProgress: (p) => {
        if (p.phase === 'reading') read = p.total;
      },
    });
    const secondMs = performance.now() - start;
    if (second.written !== 1 || read !== 1) throw new Error('the second sync read more than one');
    const mb = (bytes / 1e6).toFixed(1);
    return [
      figure(
        {
          group: 'team',
          id: 'archive.first',
          label: `Archive: ${ISSUES} issues (${mb} MB, ${links} links) read into the database`,
          unit: 's',
          how: 'Node + fake-indexeddb: clone over git http-backend, read, parse, store',
        },
        single(firstMs / 1000),
      ),
      figure(
        {
          group: 'team',
          id: 'archive.second',
          label: '  second sync, one new issue (one file read)',
          unit: 's',
          how: 'the same, with the stored path -> blob id map',
        },
        single(secondMs / 1000),
      ),
    ];
  } finally {
    await server.close();
  }
}

export async function archiveOnly(): Promise<void> {
  console.log(table(await measureArchive(true)));
}
