import { editorialChecks, type Finding } from '../core/checks';
import { itemHeading } from '../core/markdown/values';
import { categoryLabel, type IssueDocument } from '../core/model';
import { tr } from './strings';

/** Editorial checks beside the preview; each names the clip and links to it. */
export function ChecksList({ doc }: { doc: IssueDocument }) {
  const findings = editorialChecks(doc);
  const clip = new Map(doc.clips.map((c) => [c.id, c]));
  const heading = (id: string) => {
    const found = clip.get(id);
    return found ? itemHeading(found) : id;
  };
  const category = (id: string) => {
    const found = doc.categories.find((c) => c.id === id);
    return found ? categoryLabel(found) || tr('unnamed') : id;
  };
  const target = (finding: Finding) =>
    'clipId' in finding
      ? `#clip-${finding.clipId}-heading`
      : 'categoryId' in finding
        ? `#cat-${finding.categoryId}-title`
        : `#clip-${finding.clipIds[0]}-heading`;

  function text(finding: Finding): string {
    switch (finding.kind) {
      case 'no-comment':
        return tr('checkNoComment', heading(finding.clipId));
      case 'no-link':
        return tr('checkNoLink', heading(finding.clipId));
      case 'empty-category':
        return tr('checkEmpty', category(finding.categoryId));
      case 'duplicate-url':
        return tr(
          'checkDuplicate',
          finding.clipIds.length,
          finding.clipIds.map((id) => tr('quoted', heading(id))).join(', '),
        );
      case 'tracking':
        return tr('checkTracking', heading(finding.clipId), finding.params.join(', '));
    }
  }

  return (
    <section class="panel checks" aria-labelledby="checks-title">
      <h2 id="checks-title">
        {tr('checks')} <span class="count">({findings.length})</span>
      </h2>
      {findings.length === 0 ? (
        <p class="ok">{tr('checksNone')}</p>
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
