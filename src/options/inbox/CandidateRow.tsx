import type { Category } from '../../core/model';
import { categoryLabel } from '../../core/model';
import type { StoredCandidate } from '../../storage/schema/stores';
import { t } from '../../ui/i18n';

interface Props {
  candidate: StoredCandidate;
  sections: Category[];
  onKey: (event: KeyboardEvent) => void;
  onFile: (categoryId: string) => void;
  onDiscard: () => void;
}

const SOURCES: Record<string, Parameters<typeof t>[0]> = {
  list: 'inbox_sourceList',
  markdown: 'inbox_sourceList',
  slack: 'inbox_sourceSlack',
  'slack-export': 'inbox_sourceSlack',
  discord: 'inbox_sourceDiscord',
  teams: 'inbox_sourceTeams',
  tab: 'inbox_sourceTab',
  feed: 'inbox_sourceFeed',
};

/** Where a candidate came from, as one line: the kind of source, who posted it and when. */
function sourceLine(c: StoredCandidate): string {
  const key = SOURCES[c.source];
  return [key ? t(key) : c.source, c.via, c.poster && t('inbox_by', c.poster), c.postedAt]
    .filter(Boolean)
    .join(' · ');
}

/** One waiting link: focusable for the keys, with buttons for the same acts. */
export function CandidateRow({ candidate: c, sections, onKey, onFile, onDiscard }: Props) {
  const labelId = `inbox-${c.id}`;
  return (
    // The row takes focus so the number keys act on it; its buttons do the same by mouse.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the row is the keyboard's target.
    <li class="inbox-row" tabIndex={0} data-id={c.id} aria-labelledby={labelId} onKeyDown={onKey}>
      <div class="inbox-text">
        <span id={labelId} class="inbox-title">
          {c.title || c.url}
        </span>
        {c.title && <span class="muted inbox-url">{c.url}</span>}
        <span class="muted">{sourceLine(c)}</span>
        {c.comment && <span class="inbox-comment">{c.comment}</span>}
      </div>
      <div class="inbox-actions">
        {sections.slice(0, 9).map((section, i) => (
          <button
            key={section.id}
            type="button"
            tabIndex={-1}
            aria-describedby={labelId}
            title={t('inbox_fileInto', categoryLabel(section))}
            onClick={() => onFile(section.id)}
          >
            {i + 1}
            <span class="visually-hidden"> {t('inbox_fileInto', categoryLabel(section))}</span>
          </button>
        ))}
        <button type="button" tabIndex={-1} aria-describedby={labelId} onClick={onDiscard}>
          {t('inbox_discard')}
        </button>
      </div>
    </li>
  );
}
