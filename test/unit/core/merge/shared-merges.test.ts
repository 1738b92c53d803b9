import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeEditions } from '../../../../src/core/merge/editions';
import { underCi } from '../../helpers/shared-fixtures';

/**
 * Real conflicts from three digests' histories (../shared/merges, beside the repository and
 * never copied into it): each merges with no conflict and nothing lost, and the test prints
 * per digest how many results equal what the maintainers committed. Under CI=true a
 * missing folder fails the run instead of skipping it.
 */
const MERGES = resolve(import.meta.dirname, '../../../../../shared/merges');

function present(): boolean {
  if (existsSync(MERGES)) return true;
  if (underCi())
    throw new Error(
      `${MERGES} is absent: CI=true runs the real-merge tests, so ../shared/merges must sit beside the clone.`,
    );
  console.warn(`Skipping the real-merge tests: ${MERGES} is absent.`);
  return false;
}

const nonBlank = (text: string) => text.split(/\r?\n/).filter((line) => line.trim() !== '');
const links = (line: string) => [...line.matchAll(/https?:\/\/[^\s)>\]]+/g)].map((m) => m[0]);

/**
 * Lines a merge must keep: what either side added, and base lines both sides kept. An item
 * both sides added with the same link but different words is one item (ours' words), so a
 * line whose link is in the result counts as kept.
 */
function lost(base: string, ours: string, theirs: string, merged: string): string[] {
  const [b, o, t] = [base, ours, theirs].map((text) => new Set(nonBlank(text)));
  const result = new Set(nonBlank(merged));
  const kept = (line: string) =>
    result.has(line) ||
    (links(line).length > 0 && links(line).every((url) => merged.includes(url)));
  const added = [...(o as Set<string>), ...(t as Set<string>)].filter((line) => !b?.has(line));
  const stayed = [...(b as Set<string>)].filter((line) => o?.has(line) && t?.has(line));
  return [...new Set([...added, ...stayed])].filter((line) => !kept(line));
}

describe.runIf(present())('real merges of digest editions (../shared/merges)', () => {
  const cases = existsSync(MERGES)
    ? readdirSync(MERGES)
        .filter((name) => existsSync(join(MERGES, name, 'base.md')))
        .sort()
    : [];

  it('has the cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it('each merges with no conflict and nothing lost; prints how many equal merged.md', () => {
    const same = new Map<string, { equal: number; total: number }>();
    const problems: string[] = [];
    for (const name of cases) {
      const read = (file: string) => readFileSync(join(MERGES, name, file), 'utf8');
      const [base, ours, theirs] = [read('base.md'), read('ours.md'), read('theirs.md')];
      const merged = mergeEditions(base, ours, theirs);
      if (!merged.clean)
        problems.push(`${name}: ${merged.conflicts.length} conflict(s) ${merged.fallback ?? ''}`);
      for (const line of lost(base, ours, theirs, merged.text))
        problems.push(`${name} lost: ${line}`);
      const digest = name.split('-')[0] as string;
      const count = same.get(digest) ?? { equal: 0, total: 0 };
      count.total++;
      if (merged.text === read('merged.md')) count.equal++;
      same.set(digest, count);
    }
    const summary = [...same].map(([digest, c]) => `${digest} ${c.equal}/${c.total}`).join(', ');
    console.log(`Byte for byte equal to the maintainers' merged.md: ${summary}`);
    expect(problems).toEqual([]);
  }, 180_000);
});
