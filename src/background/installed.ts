import { refreshBadge } from './badge';

/** First install and every update: the database is opened (and seeded) before any click. */
export async function handleInstalled(): Promise<void> {
  await refreshBadge();
}
