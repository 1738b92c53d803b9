/**
 * Gzipped size of what each entry loads at start, from the product build (dist/chrome):
 * an HTML entry's module script, modulepreloads, stylesheets and `<style>` text, and every
 * module those import statically; the service worker's loader and its static imports.
 * Each file is gzipped alone at level 9 and the sizes are summed per entry, so a shared
 * chunk counts in every entry that loads it. Chunks reached only by dynamic import() are
 * listed as lazy.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { parseSync } from 'vite';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

export interface EntrySize {
  entry: string;
  /** Bytes after gzip -9, summed over files. */
  jsGzip: number;
  cssGzip: number;
  jsRaw: number;
  cssRaw: number;
  files: { file: string; raw: number; gzip: number }[];
  /** Chunks only reachable through dynamic import(), not loaded at start. */
  lazy: { file: string; raw: number; gzip: number }[];
  /**
   * Everything those lazy chunks load in turn (their static imports), less what the start
   * already loaded: for the popup, its second stage; gzip bytes summed.
   */
  laterJsGzip: number;
}

function walk(node: Node, visit: (element: Element) => void): void {
  if ('tagName' in node) visit(node);
  if ('childNodes' in node) for (const child of node.childNodes) walk(child, visit);
  if ('content' in node && node.content) walk(node.content, visit);
}

/** Where a URL in a page or module points inside the build. */
function locate(root: string, from: string, url: string): string {
  return url.startsWith('/') ? join(root, url) : resolve(dirname(from), url);
}

function moduleImports(file: string): { staticDeps: string[]; dynamicDeps: string[] } {
  const code = readFileSync(file, 'utf8');
  const { module } = parseSync(file, code);
  const staticDeps = [
    ...module.staticImports.map((i) => i.moduleRequest.value),
    ...module.staticExports.flatMap((e) =>
      e.entries.flatMap((entry) => (entry.moduleRequest ? [entry.moduleRequest.value] : [])),
    ),
  ];
  const dynamicDeps = module.dynamicImports.flatMap((i) => {
    const literal = code.slice(i.moduleRequest.start, i.moduleRequest.end);
    const match = /^(["'`])([^"'`$]+)\1$/.exec(literal);
    return match?.[2] ? [match[2]] : [];
  });
  const relativeOnly = (spec: string) => spec.startsWith('.') || spec.startsWith('/');
  return {
    staticDeps: staticDeps.filter(relativeOnly),
    dynamicDeps: dynamicDeps.filter(relativeOnly),
  };
}

function sizeOf(root: string, file: string) {
  const bytes = readFileSync(file);
  return {
    file: relative(root, file),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
  };
}

/** A page's own `<style>` text, counted as its CSS. */
interface InlineStyle {
  file: string;
  text: string;
}

function measure(
  root: string,
  entry: string,
  scripts: string[],
  styles: string[],
  inline: InlineStyle[] = [],
): EntrySize {
  const js = new Set<string>();
  const lazy = new Set<string>();
  const queue = [...scripts];
  while (queue.length) {
    const file = queue.shift() as string;
    if (js.has(file)) continue;
    js.add(file);
    const { staticDeps, dynamicDeps } = moduleImports(file);
    for (const dep of staticDeps) queue.push(locate(root, file, dep));
    for (const dep of dynamicDeps) lazy.add(locate(root, file, dep));
  }
  for (const file of js) lazy.delete(file);
  const later = new Set<string>();
  const pending = [...lazy];
  while (pending.length) {
    const file = pending.shift() as string;
    if (js.has(file) || later.has(file)) continue;
    later.add(file);
    for (const dep of moduleImports(file).staticDeps) pending.push(locate(root, file, dep));
  }
  const jsFiles = [...js].map((f) => sizeOf(root, f));
  const cssFiles = [
    ...[...new Set(styles)].map((f) => sizeOf(root, f)),
    ...inline.map(({ file, text }) => ({
      file,
      raw: Buffer.byteLength(text),
      gzip: gzipSync(text, { level: 9 }).length,
    })),
  ];
  const sum = (list: { raw: number; gzip: number }[], key: 'raw' | 'gzip') =>
    list.reduce((total, f) => total + f[key], 0);
  return {
    entry,
    jsGzip: sum(jsFiles, 'gzip'),
    cssGzip: sum(cssFiles, 'gzip'),
    jsRaw: sum(jsFiles, 'raw'),
    cssRaw: sum(cssFiles, 'raw'),
    files: [...jsFiles, ...cssFiles],
    lazy: [...lazy].map((f) => sizeOf(root, f)),
    laterJsGzip: [...later].reduce((total, f) => total + sizeOf(root, f).gzip, 0),
  };
}

function htmlEntry(root: string, page: string): EntrySize {
  const file = join(root, page);
  const scripts: string[] = [];
  const styles: string[] = [];
  const inline: InlineStyle[] = [];
  walk(parse(readFileSync(file, 'utf8')), (element) => {
    if (element.tagName === 'style') {
      const text = element.childNodes.map((n) => ('value' in n ? n.value : '')).join('');
      inline.push({ file: `${page} <style>`, text });
    }
    const attr = (name: string) => element.attrs.find((a) => a.name === name)?.value;
    const rel = attr('rel')?.split(/\s+/) ?? [];
    if (element.tagName === 'script' && attr('src')) {
      scripts.push(locate(root, file, attr('src') as string));
    } else if (element.tagName === 'link' && attr('href')) {
      if (rel.includes('modulepreload')) scripts.push(locate(root, file, attr('href') as string));
      if (rel.includes('stylesheet')) styles.push(locate(root, file, attr('href') as string));
    }
  });
  return measure(root, page, scripts, styles, inline);
}

export interface BuildSizes {
  popup: EntrySize;
  workspace: EntrySize;
  background: EntrySize;
  /** The side panel page, when the build has one. */
  sidepanel?: EntrySize;
}

export function buildSizes(root: string): BuildSizes {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as {
    action: { default_popup: string };
    options_ui?: { page: string };
    options_page?: string;
    background: { service_worker: string };
    side_panel?: { default_path?: string };
  };
  const options = manifest.options_ui?.page ?? manifest.options_page;
  if (!options) throw new Error('the built manifest names no options page');
  const worker = manifest.background.service_worker;
  return {
    popup: htmlEntry(root, manifest.action.default_popup),
    workspace: htmlEntry(root, options),
    background: measure(root, worker, [join(root, worker)], []),
    ...(manifest.side_panel?.default_path
      ? { sidepanel: htmlEntry(root, manifest.side_panel.default_path) }
      : {}),
  };
}
