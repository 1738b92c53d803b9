import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Pages to clip, with the hostile and international text real pages have. */
export const PAGES: Record<string, { title: string; description?: string; body: string }> = {
  '/hostile': {
    title: 'Kubernetes 入門 🚀 x</a><script>alert(1)</script> & "quotes" | Example Blog',
    description: '説明 & <b>bold</b> "q" 🎉 evil) [pwn](javascript:x)',
    body: '<p id="quote">選択された 文章 & <em>emphasis</em></p><p><a id="link" href="/linked">Linked 記事 &lt;3 🔗</a></p>',
  },
  '/linked': { title: 'Linked page', body: '<p>linked</p>' },
  // No site name after the title: one that does not name the host (127.0.0.1) stays.
  '/plain': { title: 'A plain page', body: '<p>plain</p>' },
  // GitHub's own title form: the suggestion reorders it, the whole title stays offered.
  '/release': { title: 'Release v2.6.0 · grafana/loki', body: '<p>release</p>' },
  '/other': {
    title: 'Another article about caching',
    description: 'Caching, again.',
    body: '<p>other</p>',
  },
};

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function html(path: string): string | null {
  const page = PAGES[path.split('?')[0] ?? ''];
  if (!page) return null;
  const meta = page.description
    ? `<meta property="og:description" content="${escapeHtml(page.description)}">`
    : '';
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(page.title)}</title>${meta}</head><body>${page.body}</body></html>`;
}

export interface PageServer {
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves PAGES on 127.0.0.1 (a free port), the only host the e2e build may read. */
export async function startPageServer(): Promise<PageServer> {
  const server: Server = createServer((request, response) => {
    const body = html(request.url ?? '/');
    response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
