import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { nextEdition } from '../../../src/core/issue/next-edition';
import { findStyle } from '../../../src/core/markdown';
import { DEFAULT_TEAM_CONFIG } from '../../../src/team/config';
import type { Remote } from '../../../src/team/git';
import { commitEdition, EditionConflictError } from '../../../src/team/proposal';
import { authorOf } from '../../../src/team/sync';
import { fetchUpstreamEdition, planSync } from '../../../src/team/upstream';
import { type GitServer, startGitServer } from '../../git-server/server';
import { requireShared, sharedFixture } from '../helpers/shared-fixtures';

/**
 * Proposing the edition from a contributor's fork while the maintainer commits to the base
 * branch, then syncing, against two bare repositories (the upstream, laid out as This Week
 * in Rust's, and the fork) served by Debian's `git http-backend` on 127.0.0.1.
 */

const TWIR = 'this-week-in-rust-453-2022-07-27.md';
const present = requireShared(TWIR);
const style = findStyle('this-week-in-rust');
if (!style) throw new Error('the This Week in Rust style is built in');
const PATH = 'draft/2022-08-03-this-week-in-rust.md';

vi.setConfig({ testTimeout: 180_000 });

let server: GitServer;
beforeAll(async () => {
  server = await startGitServer();
});
afterAll(async () => {
  await server?.close();
});

const remote = (name: string, token?: string): Remote => ({
  config: {
    ...DEFAULT_TEAM_CONFIG,
    url: server.url(name),
    username: server.user,
    branch: 'master',
  },
  token: token ?? server.token,
});

const items = (names: string[]) =>
  names.map((name) => `* [Page ${name}](https://example.org/${name})\n`).join('');
const withItems = (text: string, names: string[]) =>
  text.replace('### Official\n', `### Official\n\n${items(names)}`);

function setUp(up: string, fork: string): string {
  const issue = readFileSync(sharedFixture(TWIR), 'utf8');
  const started = nextEdition(issue, { style });
  if (!started.ok) throw new Error(started.error);
  server.createRepo(up, 'master');
  server.commitDirectly(
    up,
    'master',
    { 'content/2022-07-27-this-week-in-rust.md': issue, [PATH]: started.value.markdown },
    'Issue 453 and the next draft',
  );
  server.createRepo(fork, 'master');
  server.git(fork, 'fetch', '--quiet', `../${up}.git`, '+refs/heads/master:refs/heads/master');
  return started.value.markdown;
}

describe.skipIf(!present)('proposing and syncing the edition', () => {
  it('a proposal from a fork, the maintainer commits meanwhile, and the sync brings both together', async () => {
    const base = setUp('up', 'fork');
    const upstream = remote('up');
    const fork = remote('fork');
    const mine = withItems(base, ['c1', 'c2']);
    const proposed = await commitEdition({
      upstream,
      push: fork,
      branch: 'digest/aiko-2022-08-01',
      path: PATH,
      base,
      ours: mine,
      style,
      author: authorOf('Aiko'),
      message: 'Two links',
    });
    expect(proposed).toMatchObject({ pushed: true, mergedUpstream: false, text: mine });
    const firstHead = proposed.upstreamHead;

    // The maintainer commits three links to the base branch, from the same base.
    const theirs = withItems(base, ['m1', 'm2', 'm3']);
    const committed = await commitEdition({
      upstream,
      push: upstream,
      branch: 'master',
      path: PATH,
      base,
      ours: theirs,
      style,
      author: authorOf('Maintainer'),
      message: 'Three links',
    });
    expect(committed.parents).toEqual([firstHead]);
    expect(server.git('up', 'show', `master:${PATH}`)).toBe(theirs);

    // The contributor syncs: the three arrive, the two stay.
    const fetched = await fetchUpstreamEdition(upstream, PATH);
    const plan = planSync(base, mine, fetched.text, style);
    if (plan.kind !== 'merged' || !plan.merge.clean) throw new Error('a clean merge');
    const merged = plan.merge.text;
    for (const name of ['c1', 'c2', 'm1', 'm2', 'm3']) {
      expect(merged.split(`https://example.org/${name})`)).toHaveLength(2);
    }
    // ... and the proposal branch is brought up to date by a merge commit with both parents.
    const updated = await commitEdition({
      upstream,
      push: fork,
      branch: 'digest/aiko-2022-08-01',
      path: PATH,
      base: fetched.text,
      ours: merged,
      style,
      author: authorOf('Aiko'),
      message: 'Merge the base branch',
    });
    expect(updated.parents).toEqual([proposed.oid, committed.oid]);
    expect(server.git('fork', 'show', `digest/aiko-2022-08-01:${PATH}`)).toBe(merged);
    server.git('fork', 'fetch', '--quiet', '../up.git', '+refs/heads/master:refs/upstream/master');
    const diff = server.git('fork', 'diff', 'refs/upstream/master', 'digest/aiko-2022-08-01');
    const changed = diff.split('\n').filter((l) => /^[+-][^+-]/.test(l));
    expect(changed).toEqual([
      '+* [Page c1](https://example.org/c1)',
      '+* [Page c2](https://example.org/c2)',
    ]);

    // Proposing the same again pushes nothing.
    const again = await commitEdition({
      upstream,
      push: fork,
      branch: 'digest/aiko-2022-08-01',
      path: PATH,
      base: fetched.text,
      ours: merged,
      style,
      author: authorOf('Aiko'),
      message: 'Again',
    });
    expect(again).toMatchObject({ pushed: false, oid: updated.oid });
  });

  it('committing to a base branch that moved merges and retries, never forcing', async () => {
    const base = setUp('up2', 'fork2');
    const upstream = remote('up2');
    server.commitDirectly('up2', 'master', { [PATH]: withItems(base, ['m1']) }, 'Maintainer first');
    const first = server.git('up2', 'rev-parse', 'master').trim();
    // And once more while our push is on its way: the push is refused, and tried again.
    server.once['receive-pack'] = () =>
      server.commitDirectly('up2', 'master', { [PATH]: withItems(base, ['m1', 'm2']) }, 'Again');
    const done = await commitEdition({
      upstream,
      push: upstream,
      branch: 'master',
      path: PATH,
      base,
      ours: withItems(base, ['c1']),
      style,
      author: authorOf('Aiko'),
      message: 'One link',
    });
    expect(done.retried).toBe(1);
    const second = server.git('up2', 'rev-parse', 'master~1').trim();
    expect(second).not.toBe(first);
    expect(done.parents).toEqual([second]);
    expect(done.mergedUpstream).toBe(true);
    const text = server.git('up2', 'show', `master:${PATH}`);
    for (const name of ['m1', 'm2', 'c1']) expect(text).toContain(`https://example.org/${name})`);
  });

  it('the same item changed both ways is not committed: sync first', async () => {
    const base = withItems(setUp('up3', 'fork3'), ['x']);
    server.commitDirectly('up3', 'master', { [PATH]: base.replace('Page x', 'Theirs x') }, 'Edit');
    const head = server.git('up3', 'rev-parse', 'master').trim();
    await expect(
      commitEdition({
        upstream: remote('up3'),
        push: remote('fork3'),
        branch: 'digest/aiko',
        path: PATH,
        base,
        ours: base.replace('Page x', 'Ours x'),
        style,
        author: authorOf('Aiko'),
        message: 'Edit',
      }),
    ).rejects.toBeInstanceOf(EditionConflictError);
    expect(server.git('up3', 'rev-parse', 'master').trim()).toBe(head);
    expect(server.git('fork3', 'branch', '--list', 'digest/aiko')).toBe('');
  });

  it('a wrong token and a missing base branch each fail with their code, pushing nothing', async () => {
    const base = setUp('up4', 'fork4');
    const job = {
      upstream: remote('up4'),
      push: remote('fork4', 'wrong'),
      branch: 'digest/aiko',
      path: PATH,
      base,
      ours: withItems(base, ['c1']),
      style,
      author: authorOf('Aiko'),
      message: 'One',
    };
    await expect(commitEdition(job)).rejects.toMatchObject({ code: 'auth' });
    const missing = { ...remote('up4'), config: { ...remote('up4').config, branch: 'nope' } };
    await expect(
      commitEdition({ ...job, upstream: missing, push: remote('fork4') }),
    ).rejects.toMatchObject({
      code: 'branch',
    });
    expect(server.git('fork4', 'branch', '--list', 'digest/aiko')).toBe('');
  });
});
