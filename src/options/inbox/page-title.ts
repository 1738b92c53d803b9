import { pageTextLine } from '../../core/intake/candidate';

/** How many pages are read at once, how long each may take, and how much of each is read. */
export const FETCH_LIMITS = { concurrency: 4, timeoutMs: 10_000, bytes: 1_000_000 };

export interface PageTitle {
  title: string;
  description?: string;
}

/** The first `max` bytes of a response as text: a huge page is not read whole. */
async function headOf(response: Response, max: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < max) {
    const { done, value } = await reader.read();
    if (done || !value) break;
    chunks.push(value);
    size += value.byteLength;
  }
  await reader.cancel().catch(() => {});
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk.subarray(0, Math.min(chunk.byteLength, size - at)), at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes.subarray(0, Math.min(size, max)));
}

/**
 * A page's title and description, read as text: the HTML is parsed by DOMParser, which
 * runs no script and loads nothing, and what it gives is page text, folded and bounded
 * like a clipped page's title. Null for a page that failed, took too long or is not HTML.
 */
export async function fetchPageTitle(url: string): Promise<PageTitle | null> {
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      redirect: 'follow',
      signal: AbortSignal.timeout(FETCH_LIMITS.timeoutMs),
    });
    if (!response.ok || !/html/i.test(response.headers.get('content-type') ?? '')) return null;
    const html = await headOf(response, FETCH_LIMITS.bytes);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content') ?? '';
    const title = pageTextLine(meta('meta[property="og:title"]') || doc.title);
    if (!title) return null;
    const description = pageTextLine(
      meta('meta[property="og:description"]') || meta('meta[name="description"]'),
    );
    return { title, ...(description ? { description } : {}) };
  } catch {
    return null;
  }
}

/** Runs `work` over the items, no more than `limit` at once, reporting each one done. */
export async function eachBounded<T>(
  items: T[],
  limit: number,
  work: (item: T) => Promise<void>,
  done: (count: number) => void,
): Promise<void> {
  let next = 0;
  let finished = 0;
  const lane = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
      done(++finished);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/** The host pattern a page's origin is asked for by. */
export const originPattern = (url: string) => {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.hostname}/*`;
};
