import browser from 'webextension-polyfill';
import { parseRequest, type Request, type ResponseFor } from '../core/messages';
import { refreshBadge } from './badge';
import { saveContext } from './context';
import { saveCapture } from './save';

const REQUEST_TYPES: ReadonlySet<string> = new Set<Request['type']>([
  'ping',
  'save-clip',
  'refresh-badge',
]);

/** Only our own requests get an answer; anything else is left to other listeners. */
function isRequest(message: unknown): message is Request {
  const type = (message as Request | null)?.type;
  return typeof type === 'string' && REQUEST_TYPES.has(type);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Answers one request; each type has its own small handler. */
export async function respond<R extends Request>(request: R): Promise<ResponseFor<R>> {
  switch (request.type) {
    case 'ping':
      return { ok: true, version: browser.runtime.getManifest().version } as ResponseFor<R>;
    case 'save-clip':
      return (await saveCapture(request.input, saveContext())) as ResponseFor<R>;
    case 'refresh-badge':
      try {
        return { ok: true, count: await refreshBadge() } as ResponseFor<R>;
      } catch (error) {
        return { ok: false, error: errorMessage(error) } as ResponseFor<R>;
      }
    default:
      return {
        ok: false,
        error: `unknown request "${(request as Request).type}"`,
      } as ResponseFor<R>;
  }
}

/**
 * runtime.onMessage listener: only our own requests get an answer, and each is checked
 * against the shared schema first, so a malformed one is refused with its reason (never
 * a TypeError) and keys beyond the schema's never reach storage.
 */
export function handleMessage(message: unknown): Promise<unknown> | undefined {
  if (!isRequest(message)) return undefined;
  const parsed = parseRequest(message);
  return parsed.ok ? respond(parsed.request) : Promise.resolve({ ok: false, error: parsed.error });
}
