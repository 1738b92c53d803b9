import { memo } from 'preact/compat';
import { issueTitle } from '../../core/markdown';
import type { Issue } from '../../core/model';
import { updateIssue } from '../../storage/issues/edit';
import { t } from '../../ui/i18n';
import { type IssueTextKey, issueText, issueValue, VALIDATORS } from '../shared/live-issue';
import { CheckedField } from './CheckedField';
import { FrontMatterFields } from './FrontMatterFields';
import { StyleSelect } from './StyleSelect';

interface Props {
  issue: Issue;
  /** The written issue's front matter (FrontMatterFields.tsx `frontMatterHead`). */
  head: string;
  onSaved: (issue: Issue) => void;
  onLive: (key: IssueTextKey, value: string | null) => void;
}

/** The issue's fields in the compact header; memoised like DraftView. */
export const IssueFields = memo(function IssueFields({ issue, head, onSaved, onLive }: Props) {
  const field = (
    key: IssueTextKey,
    label: string,
    extra: Partial<Parameters<typeof CheckedField>[0]> = {},
  ) => (
    <CheckedField
      key={`${issue.id}-${key}`}
      id={`issue-${key}`}
      label={label}
      stored={issueText(issue, key)}
      read={(current) => issueText(current, key)}
      save={(value, base) =>
        updateIssue(
          issue.id,
          { [key]: issueValue(key, value) },
          { updatedAt: issue.updatedAt, values: { [key]: issueValue(key, base) } },
        )
      }
      onSaved={onSaved}
      onLive={(value) => onLive(key, value)}
      validate={VALIDATORS[key]}
      {...extra}
    />
  );
  // The title, number and date are what changes every week; the rest is behind a
  // disclosure, so the issue's clips start near the top of the first screen.
  return (
    <section class="issue-fields" aria-labelledby="issue-fields-title">
      <h2 id="issue-fields-title">
        {t('ws_issueSettings')}: <span class="muted">{issueTitle(issue)}</span>
      </h2>
      <div class="row wrap issue-main">
        {field('title', t('ws_issueTitle'), {
          hint: t('ws_issueTitleHint', 'Neco Weekly ({date}号)'),
        })}
        {field('number', t('ws_issueNumber'), { validate: VALIDATORS.number })}
        {field('date', t('ws_issueDate'), { type: 'date', validate: VALIDATORS.date })}
      </div>
      <details class="issue-more">
        <summary>{t('ws_issueMore')}</summary>
        {field('header', t('ws_headerLines'), {
          multiline: true,
          rows: 2,
          hint: t('ws_headerLinesHint'),
        })}
        {field('intro', t('ws_intro'), { multiline: true, rows: 4 })}
        {field('afterwordHeading', t('ws_afterwordHeading'))}
        {field('afterword', t('ws_afterword'), { multiline: true, rows: 3 })}
        <StyleSelect issue={issue} onSaved={onSaved} />
        <FrontMatterFields issue={issue} head={head} onSaved={onSaved} />
      </details>
    </section>
  );
});
