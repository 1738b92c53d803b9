import { allStyles } from '../../core/markdown';
import type { Issue } from '../../core/model';
import { updateIssue } from '../../storage/issues/edit';
import { t } from '../../ui/i18n';
import { errorText, useNotify } from '../shared/notify';
import { useCustomStyles } from '../shared/use-styles';

interface Props {
  issue: Issue;
  onSaved: (issue: Issue) => void;
}

/**
 * The issue's house style: the built-in ones and the editor's own. An issue imported from
 * a document keeps that document's bytes only in the style it was read by; another style
 * writes it afresh in that style's shapes.
 */
export function StyleSelect({ issue, onSaved }: Props) {
  const notify = useNotify();
  const styles = allStyles(useCustomStyles());

  async function choose(style: string) {
    try {
      const result = await updateIssue(
        issue.id,
        { style },
        { updatedAt: issue.updatedAt, values: {} },
      );
      if (result.status === 'saved') onSaved(result.value);
      else notify({ text: t('ws_missing'), kind: 'error' });
    } catch (error) {
      notify({ text: t('ws_error', errorText(error)), kind: 'error' });
    }
  }

  return (
    <div class="field">
      <label for="issue-style">{t('ws_houseStyle')}</label>
      <select
        id="issue-style"
        value={issue.style}
        onChange={(event) => choose((event.currentTarget as HTMLSelectElement).value)}
      >
        {styles.map((style) => (
          <option key={style.name} value={style.name} title={style.label}>
            {style.name}
          </option>
        ))}
      </select>
    </div>
  );
}
