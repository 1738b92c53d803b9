import { MAX_URL_LENGTH } from '../model/limits';

/**
 * URL checks for clipping and the key used to spot the same article clipped twice.
 * The stored clip keeps the URL as the user gave it; only the duplicate key is normalised.
 */

/**
 * Parameters that identify a campaign or a click, never the page. Only names a tracker
 * owns: plain `ref`, `source` or `s` stay, because sites use them for real content
 * (GitHub's `?ref=branch`, search pages' `?s=term`). Compared lower-case.
 */
// biome-ignore format: one line per tracker owner reads better than one name per line
const TRACKERS = new Set([
  'fbclid', 'mibextid', // Facebook
  'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', '_gl', // Google Ads, Campaign Manager, GA linker
  'msclkid', 'yclid', '_openstat', 'ttclid', 'twclid', 'li_fat_id', // Bing, Yandex, TikTok, X, LinkedIn ads
  'mc_cid', 'mc_eid', // Mailchimp
  '_hsenc', '_hsmi', '__hstc', '__hssc', '__hsfp', 'hsctatracking', // HubSpot
  'mkt_tok', 'oly_anon_id', 'oly_enc_id', 'vero_id', 'vero_conv', // Marketo, Omeda, Vero
  'igshid', 'igsh', // Instagram shares
  'ref_src', // X/Twitter embed widgets (`ref_src=twsrc^tfw`), a name nobody else uses
  'pk_campaign', 'pk_kwd', 'pk_source', 'pk_medium', 'pk_content', // Matomo (Piwik)
]);

/** Whole families: `utm_source`, `utm_id`, `utm_social-type`, Matomo's `mtm_campaign`... */
const TRACKER_PREFIXES = ['utm_', 'mtm_'];

/**
 * Names that are trackers only on some hosts: `si` is the share id of YouTube and Spotify
 * but may mean anything elsewhere; `s` and `t` on an X status link are share tokens, while
 * YouTube's `t` is the start time and stays.
 */
const HOST_TRACKERS: ReadonlyArray<{ hosts: string[]; names: string[] }> = [
  { hosts: ['youtube.com', 'youtu.be'], names: ['si', 'feature', 'pp'] },
  { hosts: ['spotify.com'], names: ['si', 'context'] },
  { hosts: ['twitter.com', 'x.com'], names: ['s', 't', 'ref_url'] },
  { hosts: ['linkedin.com'], names: ['trk', 'trackingid', 'lipi'] },
];

function onHost(hostname: string, domain: string): boolean {
  return hostname === domain || hostname.endsWith(`.${domain}`);
}

function isTracker(name: string, hostname: string): boolean {
  const key = name.toLowerCase();
  if (TRACKERS.has(key) || TRACKER_PREFIXES.some((prefix) => key.startsWith(prefix))) return true;
  return HOST_TRACKERS.some(
    (rule) => rule.names.includes(key) && rule.hosts.some((domain) => onHost(hostname, domain)),
  );
}

/** The URL, or null where it is not one: one parse (`canParse` then `new URL` is two). */
export function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function parseWebUrl(url: string): URL | null {
  const parsed = parseUrl(url.trim());
  return parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? parsed : null;
}

/** Tracking parameter names present in the URL, in order of appearance, each once. */
export function hasTrackingParams(url: string): string[] {
  const parsed = parseWebUrl(url);
  if (!parsed) return [];
  const names = [...parsed.searchParams.keys()].filter((name) => isTracker(name, parsed.hostname));
  return [...new Set(names)];
}

/**
 * The duplicate-detection key. The URL parser lower-cases scheme and host, turns IDN hosts
 * into punycode and drops default ports; on top of that the fragment, tracking parameters
 * and a trailing slash on a non-root path go, and percent-escapes are upper-cased.
 * Remaining parameters are sorted by name (stable, so repeated names keep their order):
 * servers that care about parameter order are rare, and a false match costs only a
 * "clipped before?" hint, while a miss lets a duplicate into the digest. `http` and
 * `https`, `www.` and bare host stay distinct: they are different origins.
 * Input that is not an http(s) URL comes back trimmed, so it still works as a key.
 */
export function normalizeUrl(url: string): string {
  const parsed = parseWebUrl(url);
  if (!parsed) return url.trim();
  // Each setter serialises the whole URL again, so only what differs is set: most clipped
  // addresses have no fragment, credentials or query.
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
    // The URL standard drops the `?` itself once the last parameter is gone.
    params.sort();
  }
  const path = (parsed.pathname.replace(/\/+$/, '') || '/').replace(/%[0-9a-f]{2}/gi, (hex) =>
    hex.toUpperCase(),
  );
  if (path !== parsed.pathname) parsed.pathname = path;
  return parsed.href;
}

export type UrlCheck = { ok: true; url: string } | { ok: false; reason: string };

// biome-ignore format: the messages read best unbroken
const SCHEME_REASONS: Record<string, string> = {
  'javascript:': 'Script links (javascript:) cannot be clipped: they run code instead of opening a page.',
  'data:': 'Data URLs cannot be clipped: the page lives inside the link and cannot be shared.',
  'file:': 'Files on this computer (file:) cannot be clipped: readers of the digest cannot open them.',
};

const fail = (reason: string): UrlCheck => ({ ok: false, reason });
const TOO_LONG = `This address is longer than ${MAX_URL_LENGTH} characters.`;

/** Accepts absolute http(s) URLs only; returns the parser's serialisation (spaces escaped). */
export function validateClipUrl(url: string): UrlCheck {
  const text = url.trim();
  if (text === '') return fail('Enter the address of the page to clip.');
  if (text.length > MAX_URL_LENGTH) return fail(TOO_LONG);
  const parsed = parseUrl(text);
  if (!parsed) {
    return fail('This is not a complete web address; it should start with https://.');
  }
  const schemeReason = SCHEME_REASONS[parsed.protocol];
  if (schemeReason) return fail(schemeReason);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    const scheme = parsed.protocol.slice(0, -1);
    return fail(`Only web pages (http or https) can be clipped, not ${scheme} links.`);
  }
  // Credentials would be published in the digest for every reader to see.
  if (parsed.username || parsed.password) {
    return fail('This address contains a user name or password; remove it first.');
  }
  // Escaping can lengthen the text, and the stored form is what must stay bounded.
  if (parsed.href.length > MAX_URL_LENGTH) return fail(TOO_LONG);
  return { ok: true, url: parsed.href };
}
