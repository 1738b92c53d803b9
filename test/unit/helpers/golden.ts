import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

export const FIXTURES = join(import.meta.dirname, '../../fixtures');

/**
 * Compares with a golden file; `UPDATE_FIXTURES=1 npm run test:unit` rewrites them, after
 * which the diff is reviewed like any other change.
 */
export function expectGolden(name: string, actual: string): void {
  const path = join(FIXTURES, name);
  if (process.env.UPDATE_FIXTURES === '1') writeFileSync(path, actual);
  if (!existsSync(path)) throw new Error(`missing golden file ${name}; run with UPDATE_FIXTURES=1`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

export function readFixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}
