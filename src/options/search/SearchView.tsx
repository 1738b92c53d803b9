import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { itemHeading } from '../../core/markdown/values';
import { categoryLabel } from '../../core/model';
import { issueTitle } from '../../core/render';
import { buildSearchIndex, localDay, type SearchQuery, searchClips } from '../../core/search';
import { onChange } from '../../storage/changes';
import { loadSearchData, type SearchData } from '../../storage/search';
import { tr } from '../strings';

const LIMIT = 200;

/**
 * Search across every issue's clips: one read of all clips, then filtering in memory
 * (core/search.ts), typed text debounced. The data is read again when anything changes.
 */
export function SearchView({
  draftId,
  onShow,
}: {
  draftId: string;
  onShow: (clipId: string) => void;
}) {
  const [data, setData] = useState<SearchData | null>(null);
  const [query, setQuery] = useState<SearchQuery>({});
  const [text, setText] = useState('');
  const box = useRef<HTMLInputElement>(null);
  // Opening Search is asking to type: the box takes focus.
  useEffect(() => box.current?.focus(), []);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () => loadSearchData().then(setData);
    load();
    const off = onChange(() => {
      clearTimeout(timer);
      timer = setTimeout(load, 200);
    });
    return () => {
      off();
      clearTimeout(timer);
    };
  }, []);

  const index = useMemo(() => (data ? buildSearchIndex(data.clips) : []), [data]);
  const result = useMemo(
    // No debounce: one query over 10,000 clips takes about 10 ms and at most 200 results
    // are drawn (docs/benchmarks.md), so each keystroke shows its answer at once.
    () => searchClips(index, { ...query, text }, LIMIT),
    [index, query, text],
  );
  const issues = new Map((data?.issues ?? []).map((i) => [i.id, i]));
  const categories = new Map((data?.categories ?? []).map((c) => [c.id, c]));
  const set = (key: keyof SearchQuery) => (event: Event) =>
    setQuery({ ...query, [key]: (event.currentTarget as HTMLInputElement).value || undefined });

  return (
    <section class="panel search" aria-labelledby="search-title">
      <h2 id="search-title">{tr('searchTitle')}</h2>
      <div class="row wrap">
        <div class="field grow">
          <label for="search-text">{tr('searchText')}</label>
          <input
            ref={box}
            id="search-text"
            type="search"
            value={text}
            onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="search-category">{tr('category')}</label>
          <select id="search-category" value={query.categoryId ?? ''} onChange={set('categoryId')}>
            <option value="">{tr('searchAll')}</option>
            {data?.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {categoryLabel(c) || tr('unnamed')}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="search-issue">{tr('searchIssue')}</label>
          <select id="search-issue" value={query.issueId ?? ''} onChange={set('issueId')}>
            <option value="">{tr('searchAll')}</option>
            {data?.issues.map((i) => (
              <option key={i.id} value={i.id}>
                {issueTitle(i)} {i.status === 'draft' ? `(${tr('draftLabel')})` : ''}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="search-from">{tr('searchFrom')}</label>
          <input id="search-from" type="date" value={query.from ?? ''} onChange={set('from')} />
        </div>
        <div class="field">
          <label for="search-to">{tr('searchTo')}</label>
          <input id="search-to" type="date" value={query.to ?? ''} onChange={set('to')} />
        </div>
      </div>
      <p aria-live="polite" data-testid="search-count">
        {data ? tr('searchCount', result.total) : tr('loading')}
        {result.total > LIMIT ? ` ${tr('searchMore', LIMIT)}` : ''}
      </p>
      <ol class="results" aria-label={tr('searchTitle')}>
        {result.clips.map((clip) => (
          <li key={clip.id}>
            <strong id={`result-${clip.id}`}>{itemHeading(clip)}</strong>
            <span class="muted">
              {' · '}
              {categoryLabel(categories.get(clip.categoryId) ?? { emoji: '', name: '' })}
              {' · '}
              {issueTitle(issues.get(clip.issueId) ?? { title: '', date: '', number: null })}
              {' · '}
              <time dateTime={clip.createdAt}>{localDay(clip.createdAt)}</time>
            </span>
            {clip.comment && <p class="snippet">{clip.comment.slice(0, 200)}</p>}
            {clip.issueId === draftId && (
              <button
                type="button"
                aria-describedby={`result-${clip.id}`}
                onClick={() => onShow(clip.id)}
              >
                {tr('showInDraft')}
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
