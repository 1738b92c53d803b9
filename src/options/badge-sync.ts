import { onChange } from '../storage/changes';
import { send } from '../ui/send';

const STORES_COUNTED = new Set(['clips', 'issues']);

/**
 * The worker hears every change on the BroadcastChannel only while it is awake; a stopped
 * worker misses what the workspace changed. A page that changes clips therefore asks the
 * worker to recount, which also wakes it. Debounced: a reorder writes several times.
 */
export function keepBadgeInSync(delayMs = 150): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return onChange(({ stores }) => {
    if (!stores.some((store) => STORES_COUNTED.has(store))) return;
    clearTimeout(timer);
    timer = setTimeout(() => void send({ type: 'refresh-badge' }).catch(() => undefined), delayMs);
  });
}
