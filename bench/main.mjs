// Starts the TypeScript harness (bench/run.ts) through Vite's module runner: Node 20 cannot
// strip types, and this keeps the bench free of a TypeScript loader dependency.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

// `--profile`: where a backup restore and the search's first read spend their time.
const args = process.argv.slice(2);
if (args.includes('--popup-ab')) {
  // `--popup-ab NAME=DIR …`: several builds' popups compared in one browser.
  const { module } = await runnerImport(fileURLToPath(new URL('./popup-ab.ts', import.meta.url)));
  await module.popupAb(args.filter((a) => a !== '--popup-ab'));
} else if (args.includes('--profile')) {
  const { module } = await runnerImport(fileURLToPath(new URL('./profile.ts', import.meta.url)));
  await module.profile();
} else {
  const { module } = await runnerImport(fileURLToPath(new URL('./run.ts', import.meta.url)));
  await module.main(args);
}
