import { describe, expect, it } from 'vitest';
import { proposedLayout } from '../../../src/core/markdown';
import {
  checkConfig,
  DEFAULT_TEAM_CONFIG,
  parseFolders,
  type TeamConfig,
  teamConfigFrom,
  withLayout,
} from '../../../src/team/config';

const valid: TeamConfig = { ...DEFAULT_TEAM_CONFIG, url: 'https://git.example/team/digest.git' };

describe('the stored team configuration', () => {
  it('a connection saved before the repository layout existed keeps working: packs', () => {
    // What the Team view stored before: strings only, no layout fields.
    const old = {
      url: 'https://git.example/team/digest.git',
      branch: 'main',
      folder: 'packs',
      username: 'aiko',
      publishPath: 'issues/{date}.md',
    };
    expect(teamConfigFrom(old)).toEqual({
      ...old,
      pushUrl: '',
      editionPath: '',
      archiveFolders: [],
    });
    expect(checkConfig(teamConfigFrom(old) as TeamConfig)).toBeNull();
  });

  it('keeps the layout fields it stored, and drops keys it does not know', () => {
    const stored = {
      ...valid,
      pushUrl: 'https://git.example/aiko/digest.git',
      editionPath: 'draft/{date}-x.md',
      archiveFolders: ['content/'],
      stray: 1,
    };
    const { stray: _, ...expected } = stored;
    expect(teamConfigFrom(stored)).toEqual(expected);
  });

  it('refuses what is not a configuration of ours', () => {
    for (const stored of [
      null,
      'url',
      [],
      { ...valid, url: 7 },
      { ...valid, archiveFolders: 'content/' },
      { ...valid, archiveFolders: ['content/', 3] },
    ]) {
      expect(teamConfigFrom(stored)).toBeNull();
    }
  });
});

describe('the repository layout in the configuration', () => {
  it('a style proposes its layout: upstream, base branch, edition file, archive', () => {
    const layout = proposedLayout('this-week-in-rust');
    if (!layout) throw new Error('no layout');
    const config = withLayout(DEFAULT_TEAM_CONFIG, layout);
    expect(config).toMatchObject({
      url: 'https://github.com/rust-lang/this-week-in-rust.git',
      branch: 'master',
      editionPath: 'draft/{date}-this-week-in-rust.md',
      archiveFolders: ['content/'],
      folder: 'packs',
    });
    expect(checkConfig(config)).toBeNull();
    // The proposal's list is the style's own: editing the config never changes it.
    config.archiveFolders.push('more/');
    expect(layout.archive).toEqual(['content/']);
  });

  it('archive folders typed in one field', () => {
    expect(parseFolders(' content/, _posts\n\n, ,articles/ ')).toEqual([
      'content/',
      '_posts',
      'articles/',
    ]);
  });

  it('names each wrong field', () => {
    const cases: [Partial<TeamConfig>, string][] = [
      [{ pushUrl: 'http://git.example/fork.git' }, 'pushUrl'],
      [{ pushUrl: 'https://me:secret@git.example/fork.git' }, 'pushUrl'],
      [{ editionPath: 'draft/{nope}.md' }, 'editionPath'],
      [{ editionPath: '../draft/{date}.md' }, 'editionPath'],
      [{ editionPath: '/draft/{date}.md' }, 'editionPath'],
      [{ editionPath: 'd/{date}.md', archiveFolders: ['../up/'] }, 'archive'],
      [{ editionPath: 'd/{date}.md', archiveFolders: ['.git/'] }, 'archive'],
      [{ archiveFolders: ['content/'] }, 'archiveNeedsEdition'],
    ];
    for (const [change, problem] of cases) {
      expect(checkConfig({ ...valid, ...change }), JSON.stringify(change)).toBe(problem);
    }
    expect(
      checkConfig({
        ...valid,
        pushUrl: 'https://git.example/aiko/digest.git',
        editionPath: 'articles/productivity-weekly-{yyyymmdd}.md',
        archiveFolders: ['articles', '/old/'],
      }),
    ).toBeNull();
  });
});
