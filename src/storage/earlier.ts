import { digestOf } from '../core/model';
import { issueTitle } from '../core/render';
import { normalizeUrl } from '../core/url';
import { type StorageOptions, transact } from './db';

/**
 * The links of a digest's published issues, by normalised URL, with the title of the
 * newest issue that had each: what "a link from an earlier issue" is checked against.
 */
export async function earlierLinks(
  issue: { id: string; digestId?: string },
  options: StorageOptions = {},
): Promise<Map<string, string>> {
  return transact(options, ['issues', 'clips'], 'readonly', async (tx) => {
    const published = (await tx.objectStore('issues').index('by-status').getAll('published'))
      .filter((p) => p.id !== issue.id && digestOf(p) === digestOf(issue))
      .sort((a, b) => a.date.localeCompare(b.date));
    const links = new Map<string, string>();
    const clips = tx.objectStore('clips').index('by-issue');
    for (const past of published) {
      for (const clip of await clips.getAll(past.id)) {
        if (clip.url && !clip.deletedAt) links.set(normalizeUrl(clip.url), issueTitle(past));
      }
    }
    return links;
  });
}
