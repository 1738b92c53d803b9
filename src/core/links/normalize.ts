import { isTracker, parseWebUrl } from './trackers';

/** Characters RFC 3986 calls unreserved: an escape of one means the character itself. */
const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

function normalEscapes(path: string): string {
  return path.replace(/%[0-9a-f]{2}/gi, (hex) => {
    const char = String.fromCharCode(Number.parseInt(hex.slice(1), 16));
    return UNRESERVED.test(char) ? char : hex.toUpperCase();
  });
}

/** `www.example.com` is `example.com`; a bare `www.com` keeps its name. */
function withoutWww(hostname: string): string {
  return hostname.startsWith('www.') && hostname.indexOf('.', 4) > 0 ? hostname.slice(4) : hostname;
}

/**
 * The one key by which two links are compared: duplicates in a draft and across the
 * archive, items of two editions, packs merged by URL. Two links with the same key open
 * the same article for a reader, so the key ignores:
 * - the scheme (`http` is `https`) and a leading `www.`: digests link the same page both
 *   ways, and This Week in Rust's own check folds them before it looks for duplicates;
 * - default ports, case of scheme and host, IDN hosts (the URL parser does these);
 * - the fragment, credentials, tracking parameters (trackers.ts) and parameter order;
 * - a trailing slash and doubled slashes in the path;
 * - the case of percent-escapes, and escapes of characters that need none (`%7E` is `~`).
 *
 * The key is itself an https URL. Input that is not an http(s) URL comes back trimmed, so
 * it still works as a key. Normalising a key again gives the key.
 */
export function normalizeUrl(url: string): string {
  const parsed = parseWebUrl(url);
  if (!parsed) return url.trim();
  // Each setter serialises the whole URL again, so only what differs is set.
  if (parsed.protocol !== 'https:') parsed.protocol = 'https:';
  const host = withoutWww(parsed.hostname);
  if (host !== parsed.hostname) parsed.hostname = host;
  // An empty fragment (a bare `#`) counts too; a `#` stands nowhere else in a serialised URL.
  if (parsed.href.includes('#')) parsed.hash = '';
  if (parsed.username) parsed.username = '';
  if (parsed.password) parsed.password = '';
  // An empty query (a bare `?`) counts: sorting drops it, as it drops one emptied below.
  if (parsed.search || parsed.href.includes('?')) {
    const params = parsed.searchParams;
    for (const name of [...new Set(params.keys())]) {
      if (isTracker(name, parsed.hostname)) params.delete(name);
    }
    // Stable, so repeated names keep their order. Servers that care about parameter order
    // are rare, and a false match costs only a "clipped before?" hint.
    params.sort();
  }
  const path = normalEscapes(parsed.pathname.replace(/\/{2,}/g, '/').replace(/\/+$/, '') || '/');
  if (path !== parsed.pathname) parsed.pathname = path;
  return parsed.href;
}

/** Whether two links open the same article (their keys are equal). */
export function sameLink(a: string, b: string): boolean {
  return normalizeUrl(a) === normalizeUrl(b);
}
