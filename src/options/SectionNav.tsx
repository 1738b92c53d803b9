import { categoryLabel, type IssueDocument } from '../core/model';
import { orderedCategories } from '../core/order';
import { tr } from './strings';

/** Jump links to the draft's sections, in the issue's order. */
export function SectionNav({ doc }: { doc: IssueDocument }) {
  return (
    <nav aria-label={tr('sections')} class="section-nav">
      <ul aria-label={tr('viewCategories')}>
        {orderedCategories(doc.issue, doc.categories).map((c) => (
          <li key={c.id}>
            <a href={`#cat-${c.id}`}>{categoryLabel(c) || tr('unnamed')}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
