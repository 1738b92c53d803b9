import type { Request, ResponseFor } from '../core/messages';

interface Runtime {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/**
 * Sends a typed request to the service worker and returns its typed answer. Without
 * webextension-polyfill: Firefox's `browser` and Chrome's MV3 `chrome` both return a
 * promise here, and the polyfill was a tenth of the workspace's first load for this call.
 */
export function send<R extends Request>(request: R): Promise<ResponseFor<R>> {
  const scope = globalThis as { browser?: Runtime; chrome?: Runtime };
  const api = (scope.browser ?? scope.chrome) as Runtime;
  return api.runtime.sendMessage(request) as Promise<ResponseFor<R>>;
}
