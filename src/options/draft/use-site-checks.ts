import { useEffect, useMemo, useState } from 'preact/hooks';
import { styleOf } from '../../core/markdown';
import type { SiteFinding } from '../../core/markdown/site/checks';
import type { IssueDocument } from '../../core/model';
import { earlierLinks } from '../../storage/issues/earlier';
import { afterPaint } from '../../ui/after-paint';
import { useCustomStyles } from '../shared/use-styles';

type SiteChecks = typeof import('../../core/markdown/site/checks').siteChecks;

// The site checks read the Markdown's structure with markdown-it: loaded after the first
// paint, so the workspace's first screen does not wait for the parser.
let loading: Promise<SiteChecks> | null = null;
const loadSiteChecks = () => {
  loading ??= import('../../core/markdown/site/checks').then((module) => module.siteChecks);
  return loading;
};

/** What the issue's house style's site would make of the Markdown, kept current. */
export function useSiteChecks(doc: IssueDocument, markdown: string): SiteFinding[] {
  const custom = useCustomStyles();
  const [check, setCheck] = useState<{ run: SiteChecks; earlier: Map<string, string> } | null>(
    null,
  );
  const { id, digestId } = doc.issue;
  // Looked up again when the draft's links change, not on every edit of a comment.
  const urls = doc.clips.map((clip) => clip.url).join('\n');
  useEffect(() => {
    let live = true;
    // After the first paint: the earlier issues' lookups and the parser are not what the
    // editor looks at first. Both arrive together, so the checks run once, not twice.
    afterPaint(() => {
      if (!live) return;
      const earlier = earlierLinks({ id, ...(digestId ? { digestId } : {}) }, urls.split('\n'))
        // Without the lookup the other checks still run.
        .catch(() => new Map<string, string>());
      Promise.all([loadSiteChecks(), earlier])
        .then(([run, links]) => live && setCheck({ run, earlier: links }))
        .catch(() => undefined);
    });
    return () => {
      live = false;
    };
  }, [id, digestId, urls]);
  return useMemo(
    () =>
      check ? check.run(markdown, styleOf(doc.issue.style, custom), doc.clips, check.earlier) : [],
    [check, markdown, doc, custom],
  );
}
