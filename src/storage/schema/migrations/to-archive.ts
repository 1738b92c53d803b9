import { archiveGroups } from '../../archive/archive';
import type { UpgradeTransaction } from '../stores';
import { ignore } from './ignore';

/**
 * Version 4 moves each published issue's clips outside the trash into its archive record;
 * trashed clips stay in `clips`. In the upgrade transaction, so a failure leaves version 3.
 */
export async function migrateToArchive(tx: UpgradeTransaction): Promise<void> {
  const clips = tx.objectStore('clips');
  const archive = tx.objectStore('archive');
  const [published, all] = await Promise.all([
    tx.objectStore('issues').index('by-status').getAllKeys('published'),
    clips.getAll(),
  ]);
  const groups = archiveGroups(all, new Set(published));
  for (const record of groups.records) archive.put(record).catch(ignore);
  for (const clip of groups.archived) clips.delete(clip.id).catch(ignore);
}
