import { normalizeUrl } from '../../core/links/normalize';
import { issueTitle } from '../../core/markdown';
import { digestOf, type Issue } from '../../core/model';
import { type StorageOptions, transact } from '../db';

/**
 * Which of `urls` a published issue of the same digest already had, by normalised URL,
 * with the title of the newest such issue: what "a link from an earlier issue" is checked
 * against. Each URL is one key lookup in the archive's URL index (a published issue's
 * clips outside the trash are all in its record), and only the issues those lookups name
 * are read, so the cost follows the draft, not the years of issues behind it.
 */
export async function earlierLinks(
  issue: { id: string; digestId?: string },
  urls: readonly string[],
  options: StorageOptions = {},
): Promise<Map<string, string>> {
  const wanted = [...new Set(urls.filter(Boolean).map(normalizeUrl))];
  return transact(options, ['issues', 'archive'], 'readonly', async (tx) => {
    const byUrl = tx.objectStore('archive').index('by-url');
    const issues = tx.objectStore('issues');
    const found = await Promise.all(wanted.map((url) => byUrl.getAllKeys(url)));
    const issueIds = new Set(found.flat().filter((id) => id !== issue.id));
    const past = new Map<string, Issue>();
    for (const record of await Promise.all([...issueIds].map((id) => issues.get(id)))) {
      if (record?.status === 'published' && digestOf(record) === digestOf(issue))
        past.set(record.id, record);
    }
    const links = new Map<string, string>();
    wanted.forEach((url, i) => {
      const newest = (found[i] ?? [])
        .map((id) => past.get(id))
        .filter((p): p is Issue => !!p)
        .sort((a, b) => b.date.localeCompare(a.date))[0];
      if (newest) links.set(url, issueTitle(newest));
    });
    return links;
  });
}
