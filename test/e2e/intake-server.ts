import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Pages and feeds for the intake tests on 127.0.0.1 (a free port): `/page/N` is a page
 * titled "Intake page N"; `/feed.xml` an RSS feed whose entries are set by the test.
 */
export interface IntakeServer {
  url(path: string): string;
  /** The feed's entries: link path, title and date. */
  setFeed(entries: { path: string; title: string; date: string }[]): void;
  /** How many times the feed was asked for, and how many of those were conditional. */
  feedRequests(): { all: number; conditional: number };
  close(): Promise<void>;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function startIntakeServer(): Promise<IntakeServer> {
  let entries: { path: string; title: string; date: string }[] = [];
  let version = 0;
  const counts = { all: 0, conditional: 0 };
  let base = '';
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    const page = /^\/page\/(\d+)$/.exec(path);
    if (page) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(
        `<!doctype html><html><head><meta charset="utf-8"><title>Intake page ${page[1]}</title></head><body><p>page ${page[1]}</p></body></html>`,
      );
      return;
    }
    if (path === '/feed.xml') {
      counts.all++;
      const etag = `"v${version}"`;
      if (request.headers['if-none-match'] === etag) {
        counts.conditional++;
        response.writeHead(304, { etag });
        response.end();
        return;
      }
      const items = entries
        .map(
          (e) =>
            `<item><title>${escapeXml(e.title)}</title><link>${base}${e.path}</link><pubDate>${new Date(e.date).toUTCString()}</pubDate></item>`,
        )
        .join('');
      response.writeHead(200, { 'content-type': 'application/rss+xml', etag });
      response.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Local feed</title>${items}</channel></rss>`,
      );
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  return {
    url: (path) => `${base}${path}`,
    setFeed: (next) => {
      entries = next;
      version++;
    },
    feedRequests: () => ({ ...counts }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
