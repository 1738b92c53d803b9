import { useMemo, useRef, useState } from 'preact/hooks';
import { categoryLabel, digestOf, type IssueDocument } from '../../core/model';
import { orderedCategories } from '../../core/model/order';
import { fileCandidate } from '../../storage/inbox/file';
import { discardCandidate } from '../../storage/inbox/inbox';
import type { StoredCandidate } from '../../storage/schema/stores';
import { useFirstScreen } from '../../ui/first-screen';
import { t } from '../../ui/i18n';
import { PasteBox } from '../../ui/inbox/PasteBox';
import { errorText, useNotify } from '../shared/notify';
import { CandidateRow } from './CandidateRow';
import { FeedsPanel } from './FeedsPanel';
import { TitleFetch } from './TitleFetch';
import { useInbox } from './use-inbox';
import './inbox.css';

const PAGE_ROWS = 200;

interface Props {
  draft: IssueDocument;
  reload: () => Promise<void>;
}

/**
 * A digest's inbox: links from a paste, the tabs of a window or followed feeds, waiting to
 * be filed into a section of the draft (a number key) or discarded (X, with U to undo).
 * Nothing here is in the issue's Markdown until it is filed.
 */
export function InboxView({ draft, reload }: Props) {
  const digestId = digestOf(draft.issue);
  const { items, reload: reread } = useInbox(digestId);
  const notify = useNotify();
  const list = useRef<HTMLUListElement>(null);
  const [discarded, setDiscarded] = useState<StoredCandidate[]>([]);
  const sections = useMemo(
    () => orderedCategories(draft.issue, draft.categories),
    [draft.issue, draft.categories],
  );
  const waiting = (items ?? []).filter((c) => !c.discardedAt);
  const untitled = waiting.filter((c) => !c.title);
  // A long inbox is worked from the top: a page of rows at a time, and of those the first
  // screen before the first paint, so opening it over thousands waits for none of the rest.
  const [limit, setLimit] = useState(PAGE_ROWS);
  const shown = Math.min(limit, useFirstScreen(waiting.length));
  const more = Math.max(0, Math.min(PAGE_ROWS, waiting.length - limit));

  /** Focus to the row after `id` (or before it at the end), once the list is drawn again. */
  function focusAfter(id: string) {
    const rows = [...(list.current?.querySelectorAll<HTMLElement>('li.inbox-row') ?? [])];
    const at = rows.findIndex((row) => row.dataset.id === id);
    const next = rows[at + 1] ?? rows[at - 1];
    requestAnimationFrame(() => {
      const again = list.current?.querySelector<HTMLElement>(`li[data-id="${next?.dataset.id}"]`);
      (again ?? list.current?.querySelector<HTMLElement>('li.inbox-row'))?.focus();
    });
  }

  async function act(work: () => Promise<string>, after?: string) {
    try {
      const text = await work();
      await reread();
      if (after) focusAfter(after);
      notify({ text });
    } catch (error) {
      notify({ text: t('ws_error', errorText(error)), kind: 'error' });
    }
  }

  const file = (c: StoredCandidate, categoryId: string) =>
    act(async () => {
      const section = sections.find((s) => s.id === categoryId);
      const outcome = await fileCandidate(c.id, categoryId);
      await reload();
      return outcome.published
        ? t('inbox_filedPublished', c.title || c.url)
        : t('inbox_filed', section ? categoryLabel(section) : categoryId, c.title || c.url);
    }, c.id);

  const discard = (c: StoredCandidate) =>
    act(async () => {
      await discardCandidate(c.id);
      setDiscarded((was) => [...was, c]);
      return t('inbox_discarded', c.title || c.url);
    }, c.id);

  const undo = () => {
    const last = discarded.at(-1);
    if (!last) return;
    void act(async () => {
      await discardCandidate(last.id, { undo: true });
      setDiscarded((was) => was.slice(0, -1));
      return t('inbox_restored', last.title || last.url);
    });
  };

  function onKey(c: StoredCandidate, event: KeyboardEvent) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const row = event.currentTarget as HTMLElement;
    const section = /^[1-9]$/.test(event.key) ? sections[Number(event.key) - 1] : undefined;
    if (section) void file(c, section.id);
    else if (event.key === 'x' || event.key === 'Delete') void discard(c);
    else if (event.key === 'u') undo();
    else if (event.key === 'ArrowDown') (row.nextElementSibling as HTMLElement | null)?.focus();
    else if (event.key === 'ArrowUp') (row.previousElementSibling as HTMLElement | null)?.focus();
    else return;
    event.preventDefault();
  }

  return (
    <section class="panel inbox" aria-labelledby="inbox-title">
      <h2 id="inbox-title">{t('inbox_title')}</h2>
      <PasteBox digestId={digestId} onAdded={reread} />
      <TitleFetch untitled={untitled} onFetched={reread} />
      <FeedsPanel digestId={digestId} />
      <p class="muted" id="inbox-keys">
        {t('inbox_keys')}
      </p>
      <ol class="inbox-sections muted" aria-label={t('inbox_sections')}>
        {sections.slice(0, 9).map((s) => (
          <li key={s.id}>{categoryLabel(s)}</li>
        ))}
      </ol>
      <div class="row">
        <button type="button" disabled={discarded.length === 0} onClick={undo}>
          {t('inbox_undo')}
        </button>
        <span class="muted inbox-count">{t('inbox_count', waiting.length)}</span>
      </div>
      {items && waiting.length === 0 ? (
        <p class="muted">{t('inbox_empty')}</p>
      ) : (
        <ul
          class="inbox-list"
          ref={list}
          aria-labelledby="inbox-title"
          aria-describedby="inbox-keys"
        >
          {waiting.slice(0, shown).map((c) => (
            <CandidateRow
              key={c.id}
              candidate={c}
              sections={sections}
              onKey={(event) => onKey(c, event)}
              onFile={(id) => void file(c, id)}
              onDiscard={() => void discard(c)}
            />
          ))}
        </ul>
      )}
      {more !== 0 && (
        <button type="button" onClick={() => setLimit(limit + PAGE_ROWS)}>
          {t('inbox_showMore', more)}
        </button>
      )}
    </section>
  );
}
