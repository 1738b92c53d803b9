import { useMemo, useState } from 'preact/hooks';
import { clipsInIssueOrder } from '../../core/issue/checks';
import { checkLinks } from '../../core/links/check';
import type { LinkFinding } from '../../core/links/rules';
import { itemHeading, styleOf } from '../../core/markdown';
import type { Clip, IssueDocument } from '../../core/model';
import { updateClip } from '../../storage/clips/edits';
import { type MessageKey, t } from '../../ui/i18n';
import { errorText, useNotify } from '../shared/notify';
import { useCustomStyles } from '../shared/use-styles';

const WORDS: Record<LinkFinding['rule'], MessageKey> = {
  'forbidden-param': 'ws_linkForbiddenParam',
  'warn-host': 'ws_linkWarnHost',
  'title-length': 'ws_linkTitleLength',
  'video-prefix': 'ws_linkVideoPrefix',
  duplicate: 'ws_linkDuplicate',
  malformed: 'ws_linkMalformed',
  simplify: 'ws_linkSimplify',
  dead: 'ws_linkDead',
  moved: 'ws_linkMoved',
  login: 'ws_linkLogin',
  slow: 'ws_linkSlow',
};

/**
 * The house style's link rules (core/links) held against each item, beside the preview.
 * Each finding names its item and links to it; where the better URL is certain (a refused
 * parameter stripped, doubled slashes made one) a button puts it on that clip alone, so
 * the Markdown changes only on that item's lines.
 */
export function LinkRuleChecks({ doc }: { doc: IssueDocument }) {
  const custom = useCustomStyles();
  const notify = useNotify();
  const [busy, setBusy] = useState<string | null>(null);
  const rules = styleOf(doc.issue.style, custom).links;
  const findings = useMemo(
    () => (rules ? checkLinks(clipsInIssueOrder(doc), rules) : []),
    [doc, rules],
  );
  if (!rules) return null;
  const clips = new Map(doc.clips.map((c) => [c.id, c]));

  async function fix(clip: Clip, url: string) {
    setBusy(clip.id);
    try {
      const result = await updateClip(
        clip.id,
        { url },
        { updatedAt: clip.updatedAt, values: { url: clip.url } },
      );
      if (result.status === 'saved') notify({ text: t('ws_linkFixed', itemHeading(clip)) });
      else notify({ text: t('ws_linkFixStale'), kind: 'error' });
    } catch (error) {
      notify({ text: t('ws_error', errorText(error)), kind: 'error' });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section class="panel checks link-rules" aria-labelledby="link-rules-title">
      <h2 id="link-rules-title">
        {t('ws_linkRules')} <span class="count">({findings.length})</span>
      </h2>
      {findings.length === 0 ? (
        <p class="ok">{t('ws_linkRulesNone')}</p>
      ) : (
        <ul aria-labelledby="link-rules-title">
          {findings.map((finding, index) => {
            const clip = clips.get(finding.clipId);
            const heading = clip ? itemHeading(clip) : finding.clipId;
            const severity = t(finding.severity === 'error' ? 'ws_linkError' : 'ws_linkWarning');
            return (
              <li
                key={`${finding.rule}-${finding.clipId}-${index}`}
                class={`finding finding-link finding-${finding.severity}`}
                data-clip={finding.clipId}
              >
                <a href={`#clip-${finding.clipId}-heading`}>
                  {severity}: {t(WORDS[finding.rule], heading, finding.detail)}
                </a>
                {finding.fix && clip && (
                  <button
                    type="button"
                    class="link-fix"
                    disabled={busy === clip.id}
                    aria-label={t('ws_linkFixLabel', heading, finding.fix)}
                    onClick={() => finding.fix && fix(clip, finding.fix)}
                  >
                    {t('ws_linkFix')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
