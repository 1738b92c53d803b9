import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP server on 127.0.0.1 answering as the web does: pages that are there, moved
 * for good, sent to a sign-in page, gone, broken, slow, or that refuse HEAD. `delays` hold
 * back an answer by that many milliseconds.
 */
export async function startLinkServer(delays: { slow: number; lazy: number }) {
  const pending = new Set<NodeJS.Timeout>();
  const answer = (res: ServerResponse, status: number, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'text/html', ...headers });
    res.end(status < 300 ? '<title>ok</title>' : '');
  };
  const later = (ms: number, res: ServerResponse) => {
    const timer = setTimeout(() => {
      pending.delete(timer);
      if (!res.destroyed) answer(res, 200);
    }, ms);
    pending.add(timer);
  };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    switch (path) {
      case '/old':
        return answer(res, 301, { location: '/new' });
      case '/temporary':
        return answer(res, 302, { location: '/new' });
      case '/private':
        return answer(res, 302, { location: '/login?next=/private' });
      case '/gone':
        return answer(res, 404);
      case '/broken':
        return answer(res, 500);
      case '/slow':
        return later(delays.slow, res);
      case '/lazy':
        return later(delays.lazy, res);
      case '/no-head':
        return answer(res, req.method === 'HEAD' ? 405 : 200);
      default:
        return answer(res, 200);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      for (const timer of pending) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A port nothing listens on: bound, then let go. */
export async function refusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
