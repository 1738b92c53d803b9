import { categoryLabel } from '../core/model';
import { t } from '../ui/i18n';
import type { FormFields } from './form';
import type { Capture, Status } from './use-capture';

interface Props {
  capture: Capture;
  status: Status;
  onChange: (name: keyof FormFields, value: string) => void;
  onSave: () => void;
}

type Field = { name: keyof FormFields; label: string; multiline?: boolean };

export function ClipForm({ capture, status, onChange, onSave }: Props) {
  const { fields, categories } = capture;
  const input = (event: Event) => {
    const target = event.currentTarget as
      | HTMLInputElement
      | HTMLTextAreaElement
      | HTMLSelectElement;
    onChange(target.name as keyof FormFields, target.value);
  };
  const text: Field[] = [
    { name: 'heading', label: t('fieldTitle') },
    { name: 'pageTitle', label: t('fieldPageTitle') },
    { name: 'url', label: t('fieldUrl') },
    { name: 'description', label: t('fieldDescription'), multiline: true },
  ];
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
      onKeyDown={(event) => {
        // Ctrl+Enter (Cmd+Enter on macOS) saves from any field, the comment included.
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          onSave();
        }
      }}
    >
      {text.map((field) => (
        <div key={field.name}>
          <label for={`field-${field.name}`}>{field.label}</label>
          {field.multiline ? (
            <textarea
              id={`field-${field.name}`}
              name={field.name}
              rows={2}
              value={fields[field.name]}
              onInput={input}
            />
          ) : (
            <input
              id={`field-${field.name}`}
              name={field.name}
              type="text"
              spellcheck={field.name !== 'url'}
              value={fields[field.name]}
              onInput={input}
            />
          )}
        </div>
      ))}
      <label for="field-comment">{t('fieldComment')}</label>
      <textarea
        id="field-comment"
        name="comment"
        rows={6}
        value={fields.comment}
        onInput={input}
        aria-describedby="comment-hint"
        // The comment is what the user came to write; the popup is a small dialog.
        autofocus
      />
      <p id="comment-hint" class="hint muted">
        {t('commentHint')}
      </p>
      <label for="field-categoryId">{t('fieldCategory')}</label>
      <select id="field-categoryId" name="categoryId" value={fields.categoryId} onChange={input}>
        {categories.map((category) => (
          <option key={category.id} value={category.id}>
            {categoryLabel(category)}
          </option>
        ))}
      </select>
      <div class="actions">
        <button type="submit" class="primary" disabled={status.kind === 'saving'}>
          {t('save')}
        </button>
      </div>
    </form>
  );
}
