import { useState } from 'preact/hooks';
import type { Category, Issue } from '../../core/model';
import { MAX_LONG_TEXT } from '../../core/model/limits';
import { updateSectionText } from '../../storage/issues/edit';
import { t } from '../../ui/i18n';
import { fieldLimitText } from '../../ui/too-long';
import { AddClip } from './AddClip';
import { CheckedField } from './CheckedField';

interface Props {
  issue: Issue;
  category: Category;
  onSaved: (issue: Issue) => void;
}

/**
 * A section heading's own tools: the text under its heading and Add clip, as buttons in
 * the heading's line that open their form below it, so a closed section costs one line.
 */
export function SectionTools({ issue, category, onSaved }: Props) {
  const text = issue.sectionText[category.id] ?? '';
  const [showText, setShowText] = useState(!!text);
  const [adding, setAdding] = useState(false);
  const headingId = `cat-${category.id}-title`;
  return (
    <>
      <button
        type="button"
        class="quiet"
        aria-expanded={showText}
        aria-describedby={headingId}
        onClick={() => setShowText(!showText)}
      >
        {t('ws_sectionText')}
      </button>
      <AddClip issueId={issue.id} category={category} open={adding} onOpen={setAdding} />
      {showText && (
        <div class="section-text">
          <CheckedField
            key={`${issue.id}-${category.id}`}
            id={`section-${category.id}`}
            label={t('ws_sectionText')}
            multiline
            stored={text}
            read={(current) => current.sectionText[category.id] ?? ''}
            validate={(value) => fieldLimitText(value, MAX_LONG_TEXT)}
            save={(value, base) => updateSectionText(issue.id, category.id, value, base)}
            onSaved={onSaved}
          />
        </div>
      )}
    </>
  );
}
