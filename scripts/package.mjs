#!/usr/bin/env node
// `npm run package` (after `npm run build`): store-ready zips in dist/packages/, issue 6.
//   digest-clipper-chrome-<version>.zip   dist/chrome, for the Chrome Web Store
//   digest-clipper-firefox-<version>.zip  dist/firefox, for addons.mozilla.org (AMO)
//   digest-clipper-source-<version>.zip   the tracked source, which AMO asks for because
//                                         the uploaded code is bundled (built by
//                                         `npm ci && npm run build`, see the README)
// Zipped with fflate: no dependencies of its own, and a plain function call, so this runs
// the same on every machine and in CI with nothing installed beyond `npm ci` (no system
// `zip`). Entries are sorted and dated by the last commit, so the same tree gives the same
// bytes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { zipSync } from 'fflate';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const outDir = join(root, 'dist', 'packages');
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });

// Zip stores DOS times from 1980 on; the last commit's time keeps rebuilds byte-identical.
const commitSeconds = Number(git('log', '-1', '--format=%ct').trim());
const mtime = new Date(Math.max(commitSeconds * 1000, Date.UTC(1980, 1, 1)));

/** Every file under dir as a zip path (forward slashes), skipping dot-files such as .vite/. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((path) => statSync(join(dir, path)).isFile())
    .filter((path) => !path.split(sep).some((part) => part.startsWith('.')))
    .map((path) => path.split(sep).join('/'));
}

function writeZip(name, dir, paths) {
  const entries = {};
  for (const path of [...paths].sort()) entries[path] = [readFileSync(join(dir, path)), { mtime }];
  const file = join(outDir, name);
  writeFileSync(file, zipSync(entries, { level: 9 }));
  console.log(`${relative(root, file)}: ${paths.length} files`);
}

/** An extension build, refused when missing or built from another version. */
function packBuild(browser) {
  const dir = join(root, 'dist', browser);
  const manifestFile = join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) {
    throw new Error(`${relative(root, dir)} is missing: run "npm run build" first`);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  if (manifest.version !== version) {
    throw new Error(
      `${relative(root, manifestFile)} has version ${manifest.version}, package.json ${version}: run "npm run build" again`,
    );
  }
  writeZip(`digest-clipper-${browser}-${version}.zip`, dir, filesUnder(dir));
}

/**
 * The source as git tracks it (so no node_modules, dist or local files), read from the
 * work tree so that it is the source the zips above were built from. Uncommitted changes
 * are named: a store upload should come from a clean commit.
 */
function packSource() {
  const tracked = git('ls-files', '-z').split('\0').filter(Boolean);
  const present = tracked.filter((path) => existsSync(join(root, path)));
  const dirty = git('status', '--porcelain', '--untracked-files=normal').trimEnd().split('\n');
  if (dirty[0]) {
    const shown = dirty.slice(0, 10).join('\n') + (dirty.length > 10 ? '\n...' : '');
    console.warn(
      `Warning: ${dirty.length} uncommitted changes; the source zip holds the tracked files as they are now:\n${shown}`,
    );
  }
  writeZip(`digest-clipper-source-${version}.zip`, root, present);
}

mkdirSync(outDir, { recursive: true });
packBuild('chrome');
packBuild('firefox');
packSource();
