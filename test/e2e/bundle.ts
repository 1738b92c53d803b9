import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every script a built page loads at start, following static imports from its HTML. */
export function pageScripts(dir: string, page: string): Map<string, string> {
  const html = readFileSync(join(dir, page), 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const seen = new Map<string, string>();
  while (queue.length) {
    const path = queue.pop() ?? '';
    if (seen.has(path)) continue;
    const text = readFileSync(join(dir, path), 'utf8');
    seen.set(path, text);
    // Static `import … from "./x.js"` only: a dynamic import() loads on demand, not with the page.
    for (const m of text.matchAll(
      /(?:^|[;\s])import(?:[^()'"]*?from)?\s*["']\.\/([^"']+\.js)["']/g,
    )) {
      queue.push(`assets/${m[1]}`);
    }
  }
  return seen;
}
