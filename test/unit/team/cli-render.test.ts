import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeManyCommand, renderDirCommand } from '../../../src/cli/team-render';
import { serializeBackup } from '../../../src/core/backup';
import { currentDraftPack } from '../../../src/storage/backup/packs';
import { saveClip } from '../../../src/storage/clips/clips';
import { getCurrentDraft } from '../../../src/storage/issues/issues';
import { DEFAULT_TEAM_CONFIG } from '../../../src/team/config';
import { sharePack } from '../../../src/team/sync';
import { type GitServer, startGitServer } from '../../git-server/server';
import { makeClip } from '../helpers/backup-data';
import { at, freshDb } from '../storage/fresh-db';

/**
 * Two editors' browsers (fake IndexedDB) share their packs to the real git server; the
 * command line then renders the packs folder of a `git clone` of the repository.
 */
let server: GitServer;
let work = '';
beforeAll(async () => {
  server = await startGitServer();
  server.createRepo('cli');
  work = mkdtempSync(join(tmpdir(), 'digest-cli-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

const now = at(2024, 3, 8);

async function editor(name: string, clips: { id: string; url: string; comment: string }[]) {
  const db = { ...freshDb(), now };
  const draft = await getCurrentDraft(db);
  for (const [order, c] of clips.entries()) {
    await saveClip(makeClip({ ...c, issueId: draft.id, order, heading: c.id }), db);
  }
  return currentDraftPack(name, db);
}

function io() {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: {
      readFile: (p: string) => Promise.resolve(readFileSync(p)),
      writeFile: (p: string, t: string) => Promise.resolve(writeFileSync(p, t)),
      stdout: (t: string) => {
        out.stdout += t;
      },
      stderr: (t: string) => {
        out.stderr += t;
      },
    },
  };
}

describe('render DIR and merge with many files, on a clone of the team repository', () => {
  it('renders every clip once, the common one with both comments attributed', async () => {
    const remote = {
      config: { ...DEFAULT_TEAM_CONFIG, url: server.url('cli'), username: server.user },
      token: server.token,
    };
    const aiko = await editor('Aiko', [
      { id: 'a', url: 'https://example.com/common', comment: 'Aiko says.' },
      { id: 'b', url: 'https://example.com/aiko', comment: '' },
    ]);
    const ben = await editor('Ben', [
      { id: 'c', url: 'https://example.com/common?utm_source=x', comment: 'Ben says.' },
      { id: 'd', url: 'https://example.com/ben', comment: '' },
    ]);
    await sharePack(remote, aiko.issue.date, 'Aiko', serializeBackup(aiko.pack));
    await sharePack(remote, ben.issue.date, 'Ben', serializeBackup(ben.pack));

    const clone = join(work, 'clone');
    execFileSync('git', [
      'clone',
      '--quiet',
      join(server.git('cli', 'rev-parse', '--absolute-git-dir').trim()),
      clone,
    ]);
    const { io: cliIo, out } = io();
    await renderDirCommand(cliIo, join(clone, 'packs'));
    expect(out.stderr).toContain('using the newest issue folder, 2024-03-08');
    const issue = out.stdout;
    for (const url of [
      'https://example.com/common',
      'https://example.com/aiko',
      'https://example.com/ben',
    ]) {
      expect(issue.split(url).length - 1, url).toBeGreaterThan(0);
    }
    expect(issue).toContain('Aiko says.\n\n— Ben: Ben says.');
    expect(issue).not.toContain('utm_source');
    // The same folder given directly renders the same issue.
    const direct = io();
    await renderDirCommand(direct.io, join(clone, 'packs', '2024-03-08'));
    expect(direct.out.stdout).toBe(issue);

    // merge with more than two files folds them as render DIR does.
    const three = join(work, 'three.json');
    writeFileSync(
      three,
      serializeBackup(
        (await editor('Chie', [{ id: 'e', url: 'https://example.com/chie', comment: '' }])).pack,
      ),
    );
    const merged = io();
    const outFile = join(work, 'merged.json');
    await mergeManyCommand(
      merged.io,
      [join(clone, 'packs/2024-03-08/aiko.json'), join(clone, 'packs/2024-03-08/ben.json'), three],
      { output: outFile },
    );
    expect(merged.out.stderr).toContain('2 added, 1 merged');
    const file = JSON.parse(readFileSync(outFile, 'utf8'));
    expect(file.clips.map((c: { url: string }) => c.url).sort()).toEqual([
      'https://example.com/aiko',
      'https://example.com/ben',
      'https://example.com/chie',
      'https://example.com/common',
    ]);
  });

  it('a folder without packs, and a file that is not a pack, each say so', async () => {
    const empty = mkdtempSync(join(work, 'empty-'));
    await expect(renderDirCommand(io().io, empty)).rejects.toThrow(/holds no \.json packs/);
    writeFileSync(join(empty, 'broken.json'), '{"format":"other"}');
    await expect(renderDirCommand(io().io, empty)).rejects.toThrow(
      /broken\.json: not a Digest Clipper backup/,
    );
    await expect(mergeManyCommand(io().io, [join(empty, 'broken.json')])).rejects.toThrow(
      /at least two files/,
    );
  });
});
