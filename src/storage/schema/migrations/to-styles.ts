import { type LegacyClip, type LegacyIssue, upgradeLegacy } from '../../../core/backup/legacy';
import type { StoredClip, UpgradeTransaction } from '../stores';
import { ignore } from './ignore';

/**
 * Version 2 names each issue's house style: a preset becomes the style of that name, a
 * custom item template a style of the editor's own, an imported clip's hand-written lines
 * its source text (core/backup/legacy.ts), and the `preset` setting the `style` setting. All in
 * the upgrade transaction, so a failure leaves version 1 as it was.
 */
export function migrateToStyles(tx: UpgradeTransaction): Promise<void> {
  const issues = tx.objectStore('issues');
  const clips = tx.objectStore('clips');
  const settings = tx.objectStore('settings');
  return Promise.all([issues.getAll(), clips.getAll(), settings.get('preset' as never)]).then(
    ([oldIssues, oldClips, preset]) => {
      const upgraded = upgradeLegacy(oldIssues as LegacyIssue[], oldClips as LegacyClip[]);
      for (const issue of upgraded.issues) issues.put(issue).catch(ignore);
      upgraded.clips.forEach((clip, index) => {
        const stored = oldClips[index] as StoredClip;
        clips
          .put({
            ...clip,
            normalizedUrl: stored.normalizedUrl,
            ...(stored.deletedAt ? { deletedAt: stored.deletedAt } : {}),
          })
          .catch(ignore);
      });
      for (const style of upgraded.styles) tx.objectStore('styles').put(style).catch(ignore);
      if (typeof preset === 'string') {
        settings.put(preset as never, 'style').catch(ignore);
        settings.delete('preset' as never).catch(ignore);
      }
    },
  );
}
