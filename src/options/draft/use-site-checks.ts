import { useEffect, useMemo, useState } from 'preact/hooks';
import { styleOf } from '../../core/markdown/catalog';
import { type SiteFinding, siteChecks } from '../../core/markdown/site-checks';
import type { IssueDocument } from '../../core/model';
import { earlierLinks } from '../../storage/earlier';
import { useCustomStyles } from '../shared/use-styles';

/** What the issue's house style's site would make of the Markdown, kept current. */
export function useSiteChecks(doc: IssueDocument, markdown: string): SiteFinding[] {
  const custom = useCustomStyles();
  const [earlier, setEarlier] = useState<Map<string, string>>(new Map());
  const { id, digestId } = doc.issue;
  // Looked up again when the draft's links change, not on every edit of a comment.
  const urls = doc.clips.map((clip) => clip.url).join('\n');
  useEffect(() => {
    let live = true;
    earlierLinks({ id, ...(digestId ? { digestId } : {}) }, urls.split('\n'))
      .then((links) => live && setEarlier(links))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [id, digestId, urls]);
  return useMemo(
    () => siteChecks(markdown, styleOf(doc.issue.style, custom), doc.clips, earlier),
    [markdown, doc, custom, earlier],
  );
}
