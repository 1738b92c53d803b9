import { useEffect, useState } from 'preact/hooks';
import { type HouseStyle, styleOf } from '../core/markdown';
import { listStyles } from '../storage/digests/styles';
import { getIssue } from '../storage/issues/issues';

/**
 * The house style a clip's issue is written in, read when an editor opens: its own item
 * fields are edited beside the comment. Undefined until read, or if the issue is gone.
 */
export function useIssueStyle(issueId: string): HouseStyle | undefined {
  const [style, setStyle] = useState<HouseStyle>();
  useEffect(() => {
    let live = true;
    void Promise.all([getIssue(issueId), listStyles()])
      .then(([issue, custom]) => {
        if (live && issue) setStyle(styleOf(issue.style, custom));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [issueId]);
  return style;
}
