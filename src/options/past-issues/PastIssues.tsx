import { useState } from 'preact/hooks';
import { issueTitle } from '../../core/markdown';
import type { Issue } from '../../core/model';
import { t } from '../../ui/i18n';
import { ExportBar } from '../shared/ExportBar';

/**
 * Published issues, newest first. Opening one shows its frozen Markdown, exactly as it
 * was published, to copy or download again; it is never re-rendered.
 */
export function PastIssues({ past }: { past: Issue[] }) {
  const [openId, setOpenId] = useState<string | null>(null);
  const open = past.find((issue) => issue.id === openId);
  return (
    <section class="panel" aria-labelledby="past-title">
      <h2 id="past-title">{t('ws_pastTitle')}</h2>
      {past.length === 0 ? (
        <p class="muted">{t('ws_pastNone')}</p>
      ) : (
        <ul class="past" aria-labelledby="past-title">
          {past.map((issue) => (
            <li key={issue.id}>
              <span id={`past-${issue.id}`}>{issueTitle(issue)}</span>{' '}
              <span class="muted">
                {issue.number === null ? '' : `#${issue.number} · `}
                {issue.date}
              </span>{' '}
              <button
                type="button"
                aria-describedby={`past-${issue.id}`}
                aria-expanded={openId === issue.id}
                onClick={() => setOpenId(openId === issue.id ? null : issue.id)}
              >
                {t('ws_open')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {open && (
        <section class="past-issue" aria-labelledby="past-open-title">
          <h3 id="past-open-title">{issueTitle(open)}</h3>
          <ExportBar
            doc={{ issue: open, categories: [], clips: [] }}
            markdown={open.publishedMarkdown ?? ''}
          />
          <textarea
            class="markdown"
            readOnly
            rows={24}
            aria-label={t('ws_pastMarkdown')}
            value={open.publishedMarkdown ?? ''}
          />
        </section>
      )}
    </section>
  );
}
