import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLive, isLoginPage } from '../../../../src/core/links/live';
import { refusedPort, startLinkServer } from '../../helpers/link-server';

let server: Awaited<ReturnType<typeof startLinkServer>>;
beforeAll(async () => {
  // Wide margins: on a loaded machine a page that is there can take half a second.
  server = await startLinkServer({ slow: 60_000, lazy: 3500 });
});
afterAll(() => server.close());

describe('checkLive against a real local server', () => {
  it('gives each link its verdict', { timeout: 30_000 }, async () => {
    const port = await refusedPort();
    const at = (path: string) => `${server.origin}${path}`;
    const urls = [
      at('/ok'),
      at('/old'),
      at('/temporary'),
      at('/private'),
      at('/gone'),
      at('/broken'),
      at('/slow'),
      at('/lazy'),
      at('/no-head'),
      `http://127.0.0.1:${port}/refused`,
      // .invalid never resolves (RFC 2606): a DNS failure without the network.
      'http://link-check.invalid/post',
    ];
    const seen: number[] = [];
    const results = await checkLive(urls, {
      fetch: (url, init) => fetch(url, init),
      timeoutMs: 6000,
      slowMs: 2000,
      onProgress: (done) => seen.push(done),
    });
    expect(results.map((r) => r.verdict)).toEqual([
      { kind: 'ok' },
      { kind: 'moved', to: at('/new') },
      { kind: 'ok' },
      { kind: 'login', to: at('/login?next=/private') },
      { kind: 'dead', reason: 'HTTP 404' },
      { kind: 'dead', reason: 'HTTP 500' },
      { kind: 'dead', reason: 'timeout' },
      { kind: 'slow', ms: expect.any(Number) },
      { kind: 'ok' },
      { kind: 'dead', reason: 'connection refused' },
      { kind: 'dead', reason: 'DNS' },
    ]);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('fetches at most `concurrency` links at once', async () => {
    let open = 0;
    let most = 0;
    const results = await checkLive(
      Array.from({ length: 20 }, (_, i) => `https://example.com/${i}`),
      {
        concurrency: 3,
        fetch: async () => {
          open++;
          most = Math.max(most, open);
          await new Promise((resolve) => setTimeout(resolve, 5));
          open--;
          return { status: 200, headers: { get: () => null } };
        },
      },
    );
    expect(results).toHaveLength(20);
    expect(most).toBe(3);
  });

  it('knows sign-in pages by path and host', () => {
    expect(isLoginPage('https://medium.com/m/signin?redirect=x')).toBe(true);
    expect(isLoginPage('https://accounts.google.com/v3/signin')).toBe(true);
    expect(isLoginPage('https://example.com/blog/login-flows-explained')).toBe(false);
  });
});
