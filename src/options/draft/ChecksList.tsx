import { useMemo } from 'preact/hooks';
import { type EditorialFinding, editorialChecks } from '../../core/issue/checks';
import { itemHeading, styleOf } from '../../core/markdown';
import type { SiteFinding } from '../../core/markdown/site/checks';
import { categoryLabel, digestOf, type IssueDocument } from '../../core/model';
import { t } from '../../ui/i18n';
import { CHECK_OF } from '../shared/check-keys';
import { useDigests } from '../shared/use-digests';
import { useCustomStyles } from '../shared/use-styles';
import { useSiteChecks } from './use-site-checks';

/**
 * Editorial checks beside the preview, and what the house style's site would make of the
 * issue; each names the clip and links to it. A digest can turn any of them off (TWiR's
 * items have no comments by design).
 */
export function ChecksList({ doc, markdown }: { doc: IssueDocument; markdown: string }) {
  const { digests } = useDigests();
  const off = new Set(digests.find((d) => d.id === digestOf(doc.issue))?.checksOff ?? []);
  const site = useSiteChecks(doc, markdown);
  // Once per issue: the list renders again when the digests or the site checks arrive.
  const custom = useCustomStyles();
  const editorial = useMemo(
    () => editorialChecks(doc, styleOf(doc.issue.style, custom)),
    [doc, custom],
  );
  const findings = [...editorial, ...site].filter((f) => !off.has(CHECK_OF[f.kind]));
  const clip = new Map(doc.clips.map((c) => [c.id, c]));
  const heading = (id: string) => {
    const found = clip.get(id);
    return found ? itemHeading(found) : id;
  };
  const category = (id: string) => {
    const found = doc.categories.find((c) => c.id === id);
    return found ? categoryLabel(found) || t('ws_unnamed') : id;
  };
  const target = (finding: EditorialFinding | SiteFinding) =>
    finding.kind === 'site-rule'
      ? '#preview-title'
      : 'clipId' in finding
        ? `#clip-${finding.clipId}-heading`
        : 'categoryId' in finding
          ? `#cat-${finding.categoryId}-title`
          : `#clip-${finding.clipIds[0]}-heading`;

  function text(finding: EditorialFinding | SiteFinding): string {
    switch (finding.kind) {
      case 'site-rule':
        return t('styles_findingSiteRule', finding.message);
      case 'not-a-card':
        return t('styles_findingNotACard', heading(finding.clipId));
      case 'earlier-issue':
        return t('styles_findingEarlierIssue', heading(finding.clipId), finding.issue);
      case 'no-comment':
        return t('ws_checkNoComment', heading(finding.clipId));
      case 'no-link':
        return t('ws_checkNoLink', heading(finding.clipId));
      case 'empty-category':
        return t('ws_checkEmpty', category(finding.categoryId));
      case 'duplicate-url':
        return t(
          'ws_checkDuplicate',
          finding.clipIds.length,
          finding.clipIds.map((id) => t('ws_quoted', heading(id))).join(', '),
        );
      case 'tracking':
        return t('ws_checkTracking', heading(finding.clipId), finding.params.join(', '));
      case 'open-comment':
        return t('ws_checkOpenComment', heading(finding.clipId));
    }
  }

  return (
    <section class="panel checks" aria-labelledby="checks-title">
      <h2 id="checks-title">
        {t('ws_checks')} <span class="count">({findings.length})</span>
      </h2>
      {findings.length === 0 ? (
        <p class="ok">{t('ws_checksNone')}</p>
      ) : (
        <ul aria-labelledby="checks-title">
          {findings.map((finding, index) => (
            <li key={`${finding.kind}-${index}`} class={`finding finding-${finding.kind}`}>
              <a href={target(finding)}>{text(finding)}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
