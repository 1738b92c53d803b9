import type { LinkFetch } from '../../core/links/live';

/** The host permission pattern for a link's site, or null for what is not a web address. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return `${parsed.protocol}//${parsed.hostname}/*`;
  } catch {
    return null;
  }
}

/**
 * The browser's fetch as the live check wants it. A page cannot see a redirect's status or
 * Location (`redirect: 'manual'` gives an opaque answer), only where it ended; so a link
 * that ended elsewhere is reported as moved to that address, whether the site said 301 or
 * 302. No cookies go with it: what a reader without an account sees is what counts.
 */
export const browserLinkFetch: LinkFetch = async (url, init) => {
  const response = await fetch(url, {
    method: init.method,
    signal: init.signal,
    redirect: 'follow',
    credentials: 'omit',
    cache: 'no-store',
  });
  if (response.redirected && response.url && response.url !== url) {
    const to = response.url;
    return {
      status: 301,
      headers: { get: (name) => (name.toLowerCase() === 'location' ? to : null) },
    };
  }
  return { status: response.status, headers: response.headers };
};
