import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE_SUBJECTS, engineDoorProblem, subjectOf, subjectProblem } from './core-subjects';
import { cycles, importGraph } from './import-graph';
import { filesUnder, isScript, parseFile, ROOT } from './source';

const scripts = filesUnder('src').filter(isScript);
const core = scripts.filter((file) => file.startsWith('src/core/'));
const exists = (path: string) => existsSync(join(ROOT, path));

describe('inside core: subject folders import only the subjects below them', () => {
  it('finds the subjects', () => {
    expect(new Set(core.map(subjectOf))).toContain('markdown');
  });

  it('every file of core sits in a subject folder that has a row in the table', () => {
    const homeless = core.filter((file) => {
      const subject = subjectOf(file);
      return !subject || !(subject in CORE_SUBJECTS);
    });
    expect(homeless).toEqual([]);
  });

  it('no subject reaches one above it', () => {
    const problems = core.flatMap((file) =>
      parseFile(file).imports.flatMap((ref) => {
        const problem = subjectProblem(file, ref);
        return problem ? [`${file} imports '${ref.specifier}': ${problem}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('code outside the engine imports it through its index (or its two lazy doors)', () => {
    const problems = scripts.flatMap((file) =>
      parseFile(file).imports.flatMap((ref) => {
        const problem = engineDoorProblem(file, ref, exists);
        return problem ? [`${file} imports '${ref.specifier}': ${problem}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('the rules refuse a deliberate bad import', () => {
    const ref = (specifier: string) => ({ specifier, literal: true });
    expect(subjectProblem('src/core/model/index.ts', ref('../markdown'))).toMatch(
      /reaches markdown/,
    );
    expect(subjectProblem('src/core/text/url.ts', ref('../backup/schema'))).toMatch(/backup/);
    expect(subjectProblem('src/core/stray.ts', ref('./model'))).toMatch(/subject folders/);
    expect(
      engineDoorProblem('src/options/x.ts', ref('../core/markdown/read/reader'), exists),
    ).toMatch(/through src\/core\/markdown/);
    expect(engineDoorProblem('src/options/x.ts', ref('../core/markdown'), exists)).toBeNull();
  });
});

describe('no import cycles anywhere in src/, type-only imports included', () => {
  it('finds the imports', () => {
    const graph = importGraph();
    expect([...graph.values()].flat().length).toBeGreaterThan(300);
  });

  it('has none', () => {
    expect(cycles(importGraph())).toEqual([]);
  });

  it('finds a deliberate one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
      ['e', ['e']],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c'], ['e']]);
  });
});
