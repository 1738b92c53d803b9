import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageScripts } from './bundle';
import { EXTENSION_DIR, expect, test } from './fixtures';

test('the popup loads none of the git code; the Team view’s chunk has it', () => {
  const scripts = pageScripts(EXTENSION_DIR, 'src/popup/index.html');
  expect(scripts.size).toBeGreaterThan(0);
  // Strings only isomorphic-git's transport carries.
  const git = /git-upload-pack|git-receive-pack/;
  for (const [path, text] of scripts) expect(git.test(text), path).toBe(false);
  // The marker is real: the lazily loaded Team chunk does carry it.
  const assets = readdirSync(join(EXTENSION_DIR, 'assets')).filter((f) => f.endsWith('.js'));
  const carriers = assets.filter((f) =>
    git.test(readFileSync(join(EXTENSION_DIR, 'assets', f), 'utf8')),
  );
  expect(carriers.length).toBeGreaterThan(0);
  for (const f of carriers) expect(scripts.has(`assets/${f}`), f).toBe(false);
  const options = readFileSync(join(EXTENSION_DIR, 'src/options/index.html'), 'utf8');
  expect(git.test(options)).toBe(false);
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.host_permissions).toBeUndefined();
  expect(manifest.optional_host_permissions).toContain('https://*/*');
});
