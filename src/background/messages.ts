import browser from 'webextension-polyfill';
import { parseRequest, type Request, type Responses } from '../core/messages';
import { refreshBadge } from './badge';
import { saveContext } from './context';
import { saveCapture } from './save';

type Handler<T extends Request['type']> = (
  request: Extract<Request, { type: T }>,
) => Promise<Responses[T]>;

/** One handler per request type; the map's type makes a missing or misnamed one an error. */
const HANDLERS: { [T in Request['type']]: Handler<T> } = {
  ping: async () => ({ ok: true, version: browser.runtime.getManifest().version }),
  'save-clip': (request) => saveCapture(request.input, saveContext()),
  'refresh-badge': async () => {
    try {
      return { ok: true, count: await refreshBadge() };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  },
};

/** Only our own requests get an answer; anything else is left to other listeners. */
function isRequest(message: unknown): message is Request {
  const type = (message as Request | null)?.type;
  return typeof type === 'string' && Object.hasOwn(HANDLERS, type);
}

/** Answers one request with its type's handler. */
export function respond<T extends Request['type']>(
  request: Extract<Request, { type: T }>,
): Promise<Responses[T]> {
  return (HANDLERS[request.type as T] as Handler<T>)(request);
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
