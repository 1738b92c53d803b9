import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, expect, test } from './fixtures';

/** Every script the popup page loads, following static imports from its HTML. */
function popupScripts(): Map<string, string> {
  const html = readFileSync(join(EXTENSION_DIR, 'src/popup/index.html'), 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const seen = new Map<string, string>();
  while (queue.length) {
    const path = queue.pop() ?? '';
    if (seen.has(path)) continue;
    const text = readFileSync(join(EXTENSION_DIR, path), 'utf8');
    seen.set(path, text);
    // Static `import … from "./x.js"` only: a dynamic import() loads on demand, not with the popup.
    for (const m of text.matchAll(
      /(?:^|[;\s])import(?:[^()'"]*?from)?\s*["']\.\/([^"']+\.js)["']/g,
    )) {
      queue.push(`assets/${m[1]}`);
    }
  }
  return seen;
}

test('the popup loads none of the git code; the Team view’s chunk has it', () => {
  const scripts = popupScripts();
  expect(scripts.size).toBeGreaterThan(1);
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
