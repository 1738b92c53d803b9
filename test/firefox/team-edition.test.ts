import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { nextEdition } from '../../src/core/issue/next-edition';
import { type GitServer, startGitServer } from '../git-server/server';
import { requireShared, sharedFixture } from '../unit/helpers/shared-fixtures';
import { type Session, startSession } from './extension';
import { waitFor } from './firefox';
import { click, control, labelled, setValue } from './workspace';

// The edition in the digest's repository, in Firefox ESR: connect, open the draft, clip a
// page into it, propose it from a fork; checked with the git CLI on the server's side.

const TWIR = 'this-week-in-rust-453-2022-07-27.md';
const present = requireShared(TWIR);
const PATH = 'draft/2022-08-03-this-week-in-rust.md';

/** The Team view's status line once it holds `part` (git round trips: up to a minute). */
async function statusHas(page: Page, part: string): Promise<string> {
  const read = () => page.$eval('.team-status', (el) => el.textContent ?? '').catch(() => '');
  await waitFor(async () => (await read()).includes(part), 60_000);
  return read();
}

async function fill(page: Page, label: string, value: string) {
  await setValue(await labelled(page, label), value);
}

describe.skipIf(!present)('Firefox: the edition in the repository', () => {
  let session: Session;
  let server: GitServer;

  beforeAll(async () => {
    server = await startGitServer();
    session = await startSession();
  });
  afterAll(async () => {
    await server?.close();
  });

  test('connect, open the edition, clip into it, propose it from a fork', {
    timeout: 240_000,
  }, async () => {
    const started = nextEdition(readFileSync(sharedFixture(TWIR), 'utf8'), {
      style: 'this-week-in-rust',
    });
    if (!started.ok) throw new Error(started.error);
    server.createRepo('up', 'master');
    server.commitDirectly('up', 'master', { [PATH]: started.value.markdown }, 'Draft');
    server.createRepo('fork', 'master');
    server.git('fork', 'fetch', '--quiet', '../up.git', '+refs/heads/master:refs/heads/master');

    const page = session.workspace;
    await click(page, 'Digest and style');
    await (await control(page, 'House style', 'combobox')).select('this-week-in-rust');
    await click(page, 'Team');
    await fill(page, 'Repository URL', server.url('up'));
    await fill(page, 'Push to', server.url('fork'));
    await fill(page, 'User name', server.user);
    await fill(page, 'Token', server.token);
    await fill(page, 'Your name', 'Aiko');
    await click(page, 'Connect');
    await statusHas(page, 'Connected');
    await click(page, 'Open the edition');
    expect(await statusHas(page, `Opened ${PATH}`)).toContain('0 items');

    await click(page, 'Draft');
    const official = await control(page, 'Official (0)', 'region');
    await click(official, 'Add clip');
    await fill(page, 'Heading', 'From Firefox');
    await fill(page, 'URL', 'https://example.org/firefox');
    await fill(page, 'Page title', 'From Firefox');
    await click(await control(page, 'Add clip: Official', 'group'), 'Add clip');
    await control(page, 'Official (1)', 'region');

    await click(page, 'Team');
    const branch = await (await labelled(page, 'Branch for the proposal')).evaluate(
      (el) => (el as HTMLInputElement).value,
    );
    await click(page, 'Propose');
    const said = await statusHas(page, `to the branch ${branch}`);
    expect(said).toContain(server.url('up').replace(/\.git$/, ''));
    expect(said).toContain(server.url('fork').replace(/\.git$/, ''));
    const edition = server.git('fork', 'show', `${branch}:${PATH}`);
    expect(edition).toContain('(https://example.org/firefox)');
    const diff = server.git('fork', 'diff', 'master', branch);
    expect(diff.split('\n').filter((line) => /^[+-][^+-]/.test(line))).toEqual([
      '+* [From Firefox](https://example.org/firefox)',
    ]);
  });
});
