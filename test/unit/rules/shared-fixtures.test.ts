import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkShared, requireShared } from '../helpers/shared-fixtures';

describe('tests that need ../shared cannot pass by skipping under CI', () => {
  const folder = mkdtempSync(join(tmpdir(), 'shared-fixtures-'));
  writeFileSync(join(folder, 'here.md'), '# here\n');
  const absent = join(folder, 'nowhere');

  it('a present folder and file: run', () => {
    expect(checkShared(folder, ['here.md'], true)).toBe(true);
    expect(checkShared(folder, [], false)).toBe(true);
  });

  it('missing under CI: a failure that names what is missing', () => {
    expect(() => checkShared(absent, [], true)).toThrow(`${absent} is absent: CI=true`);
    expect(() => checkShared(folder, ['gone.md'], true)).toThrow(join(folder, 'gone.md'));
  });

  it('missing on a developer machine: a skip, said aloud', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(checkShared(folder, ['gone.md'], false)).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('gone.md is absent'));
    warn.mockRestore();
  });

  it('CI=true in the environment is what turns the skip into a failure', () => {
    vi.stubEnv('CI', 'true');
    try {
      expect(() => requireShared('no-such-digest.md')).toThrow(/no-such-digest\.md is absent/);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
