import { describe, expect, it } from 'vitest';
import { importProblem, LAYERS, layerOf } from './layers';
import { filesUnder, isScript, parseFile } from './source';

const scripts = filesUnder('src').filter(isScript);

describe('layers: each folder of src/ imports only the layers below it', () => {
  it('finds the project’s source', () => {
    // A wrong root would make every check below pass on nothing.
    expect(scripts.length).toBeGreaterThan(50);
    expect(new Set(scripts.map(layerOf))).toContain('core');
  });

  it('every file sits in a folder that has a row in the table', () => {
    const homeless = scripts.filter((file) => {
      const layer = layerOf(file);
      return layer === null || !(layer in LAYERS);
    });
    expect(homeless, 'files outside any layer: give their folder a row in LAYERS').toEqual([]);
  });

  // A layer with no folder yet (the side panel, say) gets its test when the folder appears.
  const present = Object.keys(LAYERS).filter((layer) => scripts.some((f) => layerOf(f) === layer));
  for (const layer of present) {
    const files = scripts.filter((file) => layerOf(file) === layer);
    it(`src/${layer}/ imports only ${LAYERS[layer]?.join(', ')}`, () => {
      const problems = files.flatMap((file) =>
        parseFile(file).imports.flatMap((ref) => {
          const problem = importProblem(file, ref);
          return problem ? [`${file} imports '${ref.specifier}': ${problem}`] : [];
        }),
      );
      expect(problems).toEqual([]);
    });
  }
});
