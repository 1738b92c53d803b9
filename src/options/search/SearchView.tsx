import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { issueTitle, itemHeading } from '../../core/markdown';
import { categoryLabel } from '../../core/model';
import { localDay, type SearchQuery, searchClips } from '../../core/search';
import { useFirstScreen } from '../../ui/first-screen';
import { t } from '../../ui/i18n';
import { useSearchSource } from './use-search-source';

const LIMIT = 200;

/**
 * Search across every issue's clips, filtered in memory (core/search.ts) over the clips
 * `useSearchSource` reads and keeps; read again when a clip, issue or section changes.
 */
export function SearchView({
  draftId,
  onShow,
}: {
  draftId: string;
  onShow: (clipId: string) => void;
}) {
  const { start, counts, full, error, reading } = useSearchSource(LIMIT);
  const [query, setQuery] = useState<SearchQuery>({});
  const [text, setText] = useState('');
  const box = useRef<HTMLInputElement>(null);
  // Opening Search is asking to type: the box takes focus.
  useEffect(() => box.current?.focus(), []);

  const asked = !!text.trim() || Object.values(query).some(Boolean);
  const result = useMemo(
    // No debounce: one query over 10,000 clips takes about 10 ms and at most 200 results
    // are drawn (docs/benchmarks.md), so each keystroke shows its answer at once. Until
    // every clip is read, an empty query shows the newest clips read first.
    () =>
      full
        ? searchClips(full.index, { ...query, text }, LIMIT)
        : start && !asked
          ? { total: counts?.total ?? null, clips: start.clips }
          : null,
    [full, start, counts, asked, query, text],
  );
  const shown = useFirstScreen(result?.clips.length ?? 0);
  const issues = new Map(
    [...(start?.issues ?? []), ...(full?.data.issues ?? [])].map((i) => [i.id, i]),
  );
  const categoryList = full?.data.categories ?? start?.categories ?? [];
  const categories = new Map(categoryList.map((c) => [c.id, c]));
  const set = (key: keyof SearchQuery) => (event: Event) =>
    setQuery({ ...query, [key]: (event.currentTarget as HTMLInputElement).value || undefined });

  return (
    <section class="panel search" aria-labelledby="search-title">
      <h2 id="search-title">{t('ws_searchTitle')}</h2>
      <div class="row wrap">
        <div class="field grow">
          <label for="search-text">{t('ws_searchText')}</label>
          <input
            ref={box}
            id="search-text"
            type="search"
            value={text}
            onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="search-category">{t('ws_category')}</label>
          <select id="search-category" value={query.categoryId ?? ''} onChange={set('categoryId')}>
            <option value="">{t('ws_searchAll')}</option>
            {categoryList.map((c) => (
              <option key={c.id} value={c.id}>
                {categoryLabel(c) || t('ws_unnamed')}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="search-issue">{t('ws_searchIssue')}</label>
          <select id="search-issue" value={query.issueId ?? ''} onChange={set('issueId')}>
            <option value="">{t('ws_searchAll')}</option>
            {full?.data.issues.map((i) => (
              <option key={i.id} value={i.id}>
                {issueTitle(i)} {i.status === 'draft' ? `(${t('ws_draftLabel')})` : ''}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="search-from">{t('ws_searchFrom')}</label>
          <input id="search-from" type="date" value={query.from ?? ''} onChange={set('from')} />
        </div>
        <div class="field">
          <label for="search-to">{t('ws_searchTo')}</label>
          <input id="search-to" type="date" value={query.to ?? ''} onChange={set('to')} />
        </div>
      </div>
      <p aria-live="polite" data-testid="search-count">
        {!result
          ? t('ws_loading')
          : result.total === null
            ? t('ws_searchCounting')
            : t('ws_searchCount', result.total)}
        {result?.total && result.total > LIMIT ? ` ${t('ws_searchMore', LIMIT)}` : ''}
      </p>
      {reading !== null && counts && (
        <p class="muted" data-testid="search-reading">
          {t('ws_searchReading', reading, counts.total + counts.issueCount)}
        </p>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <ol class="results" aria-label={t('ws_searchTitle')} data-testid="search-results">
        {result?.clips.slice(0, shown).map((clip) => (
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
                {t('ws_showInDraft')}
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
