import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeBackup } from '../../../../src/core/backup';
import { backupJsonSchema } from '../../../../src/core/backup/json-schema';
import { makeBackup } from '../../helpers/backup-data';

const PATH = join(import.meta.dirname, '../../../../docs/backup.schema.json');

describe('docs/backup.schema.json', () => {
  // Compared as data, not bytes: the committed file is laid out by the project's formatter.
  it('is the JSON Schema generated from the zod schema (UPDATE_FIXTURES=1 rewrites it)', () => {
    const generated = backupJsonSchema();
    if (process.env.UPDATE_FIXTURES === '1') {
      writeFileSync(PATH, generated);
      spawnSync('npx', ['biome', 'format', '--write', PATH], { stdio: 'ignore' });
    }
    expect(existsSync(PATH), 'missing; run with UPDATE_FIXTURES=1').toBe(true);
    expect(JSON.parse(readFileSync(PATH, 'utf8'))).toEqual(JSON.parse(generated));
  });

  it('describes the required top-level fields and the known settings', () => {
    const schema = JSON.parse(readFileSync(PATH, 'utf8'));
    expect(schema.required).toEqual([
      'format',
      'version',
      'kind',
      'exportedAt',
      'categories',
      'issues',
      'clips',
    ]);
    // Version 2 is written; version 1 files are still read.
    const versions = (schema.properties.version.anyOf ?? []).map((v: { const: number }) => v.const);
    expect(versions.sort()).toEqual([1, 2]);
    expect(Object.keys(schema.properties.settings.properties)).toContain('backupReminderDays');
    expect(Object.keys(schema.properties.settings.properties)).toContain('style');
    expect(schema.properties.styles.type).toBe('array');
    expect(schema.properties.issues.items.properties.style).toBeDefined();
    expect(schema.properties.issues.items.properties.layout).toBeDefined();
    expect(schema.properties.clips.items.properties.extra).toBeDefined();
    expect(schema.properties.clips.items.properties.deletedAt).toBeDefined();
  });

  it('matches what a real export looks like (every top-level key is documented)', () => {
    const schema = JSON.parse(readFileSync(PATH, 'utf8'));
    const file = JSON.parse(serializeBackup(makeBackup({ drafts: [], settings: {} })));
    for (const key of Object.keys(file)) expect(schema.properties).toHaveProperty(key);
  });
});
