import { memo } from 'preact/compat';
import { editableFrontMatter, frontMatterValueProblem } from '../../core/markdown';
import type { Issue } from '../../core/model';
import { updateIssue } from '../../storage/issues/edit';
import { t } from '../../ui/i18n';
import { CheckedField } from './CheckedField';

interface Props {
  issue: Issue;
  /** The written issue's front matter block, as text: what the fields are read from. */
  head: string;
  onSaved: (issue: Issue) => void;
}

/** The leading front-matter block of a written issue, or '' when it has none. */
export function frontMatterHead(markdown: string): string {
  const end = /^---\r?\n[\s\S]*?\n(?:---|\.\.\.)\r?(?:\n|$)/.exec(markdown.slice(0, 64 * 1024));
  return end?.[0] ?? '';
}

/**
 * The issue's own front-matter values (Zenn's `emoji`, `topics`, `published`, a post's
 * `date`): each single-line field of the written front matter, set for this issue only.
 */
export const FrontMatterFields = memo(function FrontMatterFields({ issue, head, onSaved }: Props) {
  const fields = editableFrontMatter(head);
  if (!fields.length) return null;
  return (
    <fieldset class="front-matter-fields">
      <legend>{t('ws_frontMatter')}</legend>
      <p class="muted" id="front-matter-hint">
        {t('ws_frontMatterHint')}
      </p>
      {fields.map(({ key, value }) => (
        <CheckedField
          key={`${issue.id}-fm-${key}`}
          id={`issue-fm-${key}`}
          label={key}
          stored={issue.frontMatter?.[key] ?? value}
          read={(current) => current.frontMatter?.[key] ?? value}
          validate={frontMatterValueProblem}
          save={(text, base) =>
            updateIssue(
              issue.id,
              { frontMatter: { ...issue.frontMatter, [key]: text } },
              {
                updatedAt: issue.updatedAt,
                values: { frontMatter: { ...issue.frontMatter, [key]: base } },
              },
            )
          }
          onSaved={onSaved}
        />
      ))}
    </fieldset>
  );
});
