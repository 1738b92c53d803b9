import type { EarlierIssue } from '../../core/links/check';
import { issueTitle } from '../../core/markdown';
import { digestOf, type Issue } from '../../core/model';
import { type StorageOptions, transact } from '../db';

/**
 * The `count` newest published issues of the issue's digest, newest first, each with its
 * title and its links' duplicate keys: what a house style's "duplicates within the last N
 * issues" rule holds a draft against. Only those issues' archive records are read.
 */
export async function recentIssueLinks(
  issue: { id: string; digestId?: string },
  count: number,
  options: StorageOptions = {},
): Promise<EarlierIssue[]> {
  return transact(options, ['issues', 'archive'], 'readonly', async (tx) => {
    const published = (await tx.objectStore('issues').index('by-status').getAll('published'))
      .filter((p: Issue) => p.id !== issue.id && digestOf(p) === digestOf(issue))
      .sort((a, b) => b.date.localeCompare(a.date))
      .slice(0, count);
    const archive = tx.objectStore('archive');
    const records = await Promise.all(published.map((p) => archive.get(p.id)));
    return published.map((p, i) => ({
      title: issueTitle(p),
      keys: new Set(records[i]?.urls ?? []),
    }));
  });
}
