import { refreshBadge } from './badge';
import { createMenus } from './menus';

/** First install and every update: menus are built and the database opened (and seeded). */
export async function handleInstalled(): Promise<void> {
  await createMenus();
  await refreshBadge();
}
