import { describe, expect, it } from 'vitest';
import { filesUnder, isScript, parseFile } from './source';
import { viewProblem } from './views';

const options = filesUnder('src/options').filter(isScript);

describe('workspace views import only themselves, options/shared/ and the layers below', () => {
  it('finds the views', () => {
    expect(options.filter((file) => /^src\/options\/[^/]+\//.test(file)).length).toBeGreaterThan(
      30,
    );
  });

  it('no view reaches another view or the page shell', () => {
    const problems = options.flatMap((file) =>
      parseFile(file).imports.flatMap((ref) => {
        const problem = viewProblem(file, ref);
        return problem ? [`${file} imports '${ref.specifier}': ${problem}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('refuses a deliberate bad import', () => {
    const ref = (specifier: string) => ({ specifier, literal: true });
    expect(viewProblem('src/options/team/TeamReview.tsx', ref('../data/BackupPanel'))).toMatch(
      /reaches the view data/,
    );
    expect(viewProblem('src/options/draft/DraftView.tsx', ref('../use-workspace'))).toMatch(
      /page shell/,
    );
    expect(viewProblem('src/options/draft/DraftView.tsx', ref('../shared/notify'))).toBeNull();
    expect(viewProblem('src/options/Workspace.tsx', ref('./draft'))).toBeNull();
  });
});
