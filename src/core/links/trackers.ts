/**
 * The tracking list: query parameters that identify a campaign, a click or a share, never
 * the page. Removing one leaves the same article for every reader, so the duplicate key
 * ignores them, a capture strips them, and a house style may refuse them in an issue.
 *
 * Only names a tracker owns are listed: plain `ref`, `source` or `s` stay, because sites use
 * them for real content (GitHub's `?ref=branch`, search pages' `?s=term`). Names are
 * compared lower-case.
 */
// biome-ignore format: one line per tracker owner reads better than one name per line
export const TRACKING_PARAMETERS: ReadonlySet<string> = new Set([
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
export const TRACKING_PREFIXES: readonly string[] = ['utm_', 'mtm_'];

/**
 * Names that are trackers only on some hosts: `si` is the share id of YouTube and Spotify
 * but may mean anything elsewhere; `s` and `t` on an X status link are share tokens, while
 * YouTube's `t` is the start time and stays.
 */
export const HOST_TRACKING_PARAMETERS: ReadonlyArray<{
  hosts: readonly string[];
  names: readonly string[];
}> = [
  { hosts: ['youtube.com', 'youtu.be'], names: ['si', 'feature', 'pp'] },
  { hosts: ['spotify.com'], names: ['si', 'context'] },
  { hosts: ['twitter.com', 'x.com'], names: ['s', 't', 'ref_url'] },
  { hosts: ['linkedin.com'], names: ['trk', 'trackingid', 'lipi'] },
];

/** Whether `hostname` is `domain` or one of its subdomains. */
export function onHost(hostname: string, domain: string): boolean {
  return hostname === domain || hostname.endsWith(`.${domain}`);
}

/** Whether the parameter `name` is a tracker on `hostname`. */
export function isTracker(name: string, hostname: string): boolean {
  const key = name.toLowerCase();
  if (TRACKING_PARAMETERS.has(key)) return true;
  if (TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix))) return true;
  return HOST_TRACKING_PARAMETERS.some(
    (rule) => rule.names.includes(key) && rule.hosts.some((domain) => onHost(hostname, domain)),
  );
}

/** The URL as a web address, or null where it is not an http(s) URL. */
export function parseWebUrl(url: string): URL | null {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

/** Tracking parameter names present in the URL, in order of appearance, each once. */
export function trackingParams(url: string): string[] {
  const parsed = parseWebUrl(url);
  if (!parsed) return [];
  const names = [...parsed.searchParams.keys()].filter((name) => isTracker(name, parsed.hostname));
  return [...new Set(names)];
}

/**
 * The URL without its tracking parameters (and nothing else changed), or the URL as given
 * when it has none or is not a web address: a capture keeps the address the page gave.
 * `extra` names more parameters to remove, such as a house style's forbidden ones.
 */
export function stripTrackers(url: string, extra: readonly string[] = []): string {
  const parsed = parseWebUrl(url);
  if (!parsed?.search) return url;
  const more = new Set(extra.map((name) => name.toLowerCase()));
  const params = parsed.searchParams;
  const names = [...new Set(params.keys())].filter(
    (name) => isTracker(name, parsed.hostname) || more.has(name.toLowerCase()),
  );
  if (names.length === 0) return url;
  // Rebuilt by hand rather than through searchParams, which would re-encode every other
  // parameter (`%20` as `+`, `~` as `%7E`) and so change more than the trackers.
  const kept = parsed.search
    .slice(1)
    .split('&')
    .filter((pair) => {
      const raw = pair.split('=')[0] ?? '';
      let name = raw;
      try {
        name = decodeURIComponent(raw.replace(/\+/g, ' '));
      } catch {
        // A malformed escape is no tracker name; the pair stays as it was.
      }
      return !names.includes(name);
    });
  parsed.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  return parsed.href;
}
