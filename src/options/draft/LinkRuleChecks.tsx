import { useEffect, useMemo, useState } from 'preact/hooks';
import { clipsInIssueOrder } from '../../core/issue/checks';
import { checkLinks, type EarlierIssue } from '../../core/links/check';
import { styleOf } from '../../core/markdown';
import type { IssueDocument } from '../../core/model';
import { recentIssueLinks } from '../../storage/issues/recent-links';
import { t } from '../../ui/i18n';
import { useCustomStyles } from '../shared/use-styles';
import { LinkFindingList } from './LinkFindingItem';
import { useLinkFix } from './use-link-fix';

/**
 * The house style's link rules (core/links) held against each item, beside the preview.
 * Each finding names its item and links to it; where the better URL is certain (a refused
 * parameter stripped, doubled slashes made one) a button puts it on that clip alone, so
 * the Markdown changes only on that item's lines.
 */
export function LinkRuleChecks({ doc }: { doc: IssueDocument }) {
  const custom = useCustomStyles();
  const { busy, fix } = useLinkFix();
  const rules = styleOf(doc.issue.style, custom).links;
  const recent = rules?.duplicateIssues ?? 0;
  const [earlier, setEarlier] = useState<EarlierIssue[]>([]);
  const { id, digestId } = doc.issue;
  // The last N issues of this digest, read again when the draft or N changes; until then
  // the other rules show on their own.
  useEffect(() => {
    if (recent === 0) {
      setEarlier([]);
      return undefined;
    }
    let live = true;
    recentIssueLinks({ id, ...(digestId ? { digestId } : {}) }, recent)
      .then((issues) => live && setEarlier(issues))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [id, digestId, recent]);
  const findings = useMemo(
    () => (rules ? checkLinks(clipsInIssueOrder(doc), rules, earlier) : []),
    [doc, rules, earlier],
  );
  if (!rules) return null;
  const clips = new Map(doc.clips.map((c) => [c.id, c]));
  return (
    <section class="panel checks link-rules" aria-labelledby="link-rules-title">
      <h2 id="link-rules-title">
        {t('ws_linkRules')} <span class="count">({findings.length})</span>
      </h2>
      {findings.length === 0 ? (
        <p class="ok">{t('ws_linkRulesNone')}</p>
      ) : (
        <LinkFindingList
          labelledBy="link-rules-title"
          findings={findings}
          clips={clips}
          busy={busy}
          onFix={fix}
        />
      )}
    </section>
  );
}
