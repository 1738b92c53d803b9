// Starts the TypeScript harness (bench/run.ts) through Vite's module runner: Node 20 cannot
// strip types, and this keeps the bench free of a TypeScript loader dependency.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const { module } = await runnerImport(fileURLToPath(new URL('./run.ts', import.meta.url)));
await module.main(process.argv.slice(2));
