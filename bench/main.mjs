// Starts the TypeScript harness (bench/run.ts) through Vite's module runner: Node 20 cannot
// strip types, and this keeps the bench free of a TypeScript loader dependency.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

// `--profile`: where a backup restore and the search's first read spend their time.
const args = process.argv.slice(2);
if (args.some((a) => a.startsWith('--ab='))) {
  // `--ab=popup|workspace NAME=DIR …`: one page of several builds compared in one browser.
  const { module } = await runnerImport(fileURLToPath(new URL('./ab.ts', import.meta.url)));
  await module.abRounds(args);
} else if (args.includes('--merge')) {
  // The edition merge's rows alone (no browser, no build): bench/merge.ts.
  const { module } = await runnerImport(fileURLToPath(new URL('./merge.ts', import.meta.url)));
  module.mergeOnly();
} else if (args.includes('--archive')) {
  // The archive read from a 600-issue repository and a second sync (no browser, no build).
  const { module } = await runnerImport(fileURLToPath(new URL('./archive.ts', import.meta.url)));
  await module.archiveOnly();
} else if (args.includes('--links')) {
  // The live link check against a local server (no browser, no build): bench/links.ts.
  const { module } = await runnerImport(fileURLToPath(new URL('./links.ts', import.meta.url)));
  await module.linksOnly();
} else if (args.includes('--scale')) {
  // Render and import against the size of the issue (no browser, no build): bench/scale.ts.
  const { module } = await runnerImport(fileURLToPath(new URL('./scale.ts', import.meta.url)));
  module.scaleOnly();
} else if (args.includes('--intake')) {
  // The inbox's paste and view over 2,000 candidates (needs dist/chrome): bench/intake.ts.
  const { module } = await runnerImport(fileURLToPath(new URL('./intake.ts', import.meta.url)));
  await module.intakeOnly(args);
} else if (args.includes('--profile')) {
  const { module } = await runnerImport(fileURLToPath(new URL('./profile.ts', import.meta.url)));
  await module.profile();
} else {
  const { module } = await runnerImport(fileURLToPath(new URL('./run.ts', import.meta.url)));
  await module.main(args);
}
