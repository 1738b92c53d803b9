import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../src/core/backup';
import { importBackupText } from '../../../src/storage/backup/import';
import { cli, scratch } from '../helpers/cli-run';
import { FIXTURES } from '../helpers/golden';
import { requireShared } from '../helpers/shared-fixtures';
import { freshDb } from '../storage/fresh-db';

const { write, read, path } = scratch('digest-check-');
const card = (url: string, title: string) =>
  `<a class="embedly-card" data-card-controls="0" href="${url}">${title}</a>`;

describe('digest-clipper check', () => {
  it('exits 0 and describes a valid file, 1 with the problem for an invalid one', async () => {
    const good = path('good.json');
    await cli('import', join(FIXTURES, 'sample-issue.md'), '-o', good);
    expect(await cli('check', good)).toMatchObject({ code: 0, stderr: '' });
    const bad = write('bad.json', read(good).replace('"order": 0', '"order": "first"'));
    const result = await cli('check', bad);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toMatch(
      /^digest-clipper: .*bad\.json: categories\[0\]\.order: Invalid input: expected number, received string\n$/,
    );
  });

  it('accepts a file with __proto__ keys without polluting anything', async () => {
    const good = read(path('good.json'));
    const hostile = write('proto.json', good.replace('{', '{"__proto__": {"polluted": "yes"},'));
    expect((await cli('check', hostile)).code).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('import keeps hostile links as text only', () => {
  it('writes a pack that check accepts and that renders without the hostile link', async () => {
    const md = `# Digest\n\n## Links\n\n### Click me\n\n${card('javascript:alert(1)', 'Click')}\n\nComment.\n`;
    const pack = path('hostile.json');
    const imported = await cli('import', write('hostile.md', md), '-o', pack);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toMatch(
      /1 link\(s\) kept as text only.*"javascript:alert\(1\)": Script links/,
    );
    const parsed = parseBackup(read(pack));
    expect(parsed.ok && parsed.value.clips[0]?.url).toBe('');
    expect((await cli('check', pack)).code).toBe(0);
    // A pack is read as coming from outside: the item's imported text held a link the
    // style would not write for its fields, so the item is written from them, no card.
    expect((await cli('render', pack)).stdout).toBe(
      '# Digest\n\n## Links\n\n### Click me\n\nComment.\n',
    );
  });
});

// What `import` writes must be accepted by render, merge, check and the workspace import,
// for the project's own sample and for the real digests beside the project.
const SHARED = join(import.meta.dirname, '../../../../shared/fixtures');
const sources = [join(FIXTURES, 'sample-issue.md')];
// Without ../shared only the sample runs, said aloud; under CI=true requireShared throws.
if (requireShared()) {
  for (const name of ['neco-weekly-2022-07-29.md', 'this-week-in-rust-453-2022-07-27.md']) {
    sources.push(join(SHARED, name));
  }
}

describe('a pack written by import is accepted everywhere', () => {
  for (const source of sources) {
    const name = source.split('/').at(-1) ?? source;
    it(`${name}: check, render, merge (idempotent) and the workspace import`, async () => {
      const pack = path(`${name}.json`);
      expect((await cli('import', source, '-o', pack)).code).toBe(0);
      expect((await cli('check', pack)).code).toBe(0);
      const rendered = await cli('render', pack);
      expect(rendered.code).toBe(0);
      // Byte for byte is promised for the Neco house style, not for every digest.
      if (!name.startsWith('this-week-in-rust')) {
        expect(rendered.stdout).toBe(readFileSync(source, 'utf8'));
      }
      const merged = path(`${name}.merged.json`);
      expect((await cli('merge', pack, pack, '-o', merged)).code).toBe(0);
      expect(read(merged)).toBe(read(pack));
      for (const mode of ['replace', 'merge'] as const) {
        const result = await importBackupText(read(pack), mode, freshDb());
        expect(result.ok, result.ok ? '' : result.error).toBe(true);
      }
    });
  }
});
