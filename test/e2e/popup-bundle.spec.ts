import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pageScripts } from './bundle';
import { EXTENSION_DIR, expect, test } from './fixtures';

const FIREFOX_DIR = resolve(import.meta.dirname, '../../dist/firefox');
const POPUP = 'src/popup/index.html';

for (const [browser, dir] of [
  ['Chrome', EXTENSION_DIR],
  ['Firefox', FIREFOX_DIR],
] as const) {
  test(`${browser}: the popup's first script is one file and its styles are in the page`, () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.action.default_popup).toBe(POPUP);
    const html = readFileSync(join(dir, POPUP), 'utf8');
    // Nothing else to fetch before the form works: one module, no preload, no stylesheet.
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/type="module"[^>]*src="\/assets\/[^"]+\.js"/);
    // Render-blocking, so Chromium's first frame is the form the script filled in
    // (popup-first-paint.spec.ts); Firefox ignores the attribute.
    expect(scripts[0]).toContain('blocking="render"');
    expect(html).not.toMatch(/rel="(?:modulepreload|stylesheet)"/);
    const first = pageScripts(dir, POPUP);
    expect([...first.keys()]).toHaveLength(1);
    // Both style sheets are there: the shared base and the popup's own.
    const styles = [...html.matchAll(/<style>([^<]+)<\/style>/g)].map((m) => m[1]).join('');
    expect(styles).toContain('color-scheme');
    expect(styles).toContain('.heading-row');
    // The second stage imports the first script's own file, so the two share one state
    // (what was typed, whether a save runs) rather than each loading a copy.
    const [file] = [...first.keys()];
    const name = file?.replace('assets/', '') ?? '';
    const rest = readdirSync(join(dir, 'assets')).filter((f) => /^rest-.*\.js$/.test(f));
    expect(rest).toHaveLength(1);
    expect(readFileSync(join(dir, 'assets', rest[0] ?? ''), 'utf8')).toContain(`"./${name}"`);
  });
}
