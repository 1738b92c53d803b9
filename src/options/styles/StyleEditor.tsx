import { useMemo, useRef, useState } from 'preact/hooks';
import type { HouseStyle } from '../../core/markdown';
import { BUILTIN_STYLE_NAMES, renderIssue } from '../../core/markdown';
import { parseStyle } from '../../core/markdown/style/parse';
import type { IssueDocument } from '../../core/model';
import { putStyle } from '../../storage/digests/styles';
import { type MessageKey, t } from '../../ui/i18n';
import { errorText, useNotify } from '../shared/notify';
import { fromDraft, type StyleDraft, toDraft } from './style-draft';

interface Props {
  /** The style the editor starts from; a built-in one is edited as a copy. */
  base: HouseStyle;
  doc: IssueDocument;
  /** Called with the saved style, which the digest then writes in. */
  onSaved: (style: HouseStyle) => void;
  onCancel: () => void;
}

type TextPart = 'frame' | 'section' | 'parent' | 'separator' | 'afterword' | 'file';
const PARTS: { key: TextPart; label: MessageKey; rows: number }[] = [
  { key: 'frame', label: 'styles_frame', rows: 5 },
  { key: 'section', label: 'styles_section', rows: 1 },
  { key: 'parent', label: 'styles_parent', rows: 1 },
  { key: 'separator', label: 'styles_separator', rows: 1 },
  { key: 'afterword', label: 'styles_afterword', rows: 2 },
  { key: 'file', label: 'styles_file', rows: 1 },
];

/**
 * A style's templates as fields, checked as they are typed: a broken template says what
 * and where, and the preview keeps showing the current issue in the last good version.
 */
export function StyleEditor({ base, doc, onSaved, onCancel }: Props) {
  const notify = useNotify();
  const builtin = BUILTIN_STYLE_NAMES.includes(base.name);
  const [draft, setDraft] = useState<StyleDraft>(() =>
    toDraft(base, builtin ? `${base.name}-copy` : base.name),
  );
  const lastGood = useRef<HouseStyle>(base);
  const checked = useMemo(() => {
    const name = draft.name.trim();
    if (BUILTIN_STYLE_NAMES.includes(name)) {
      return { ok: false as const, error: t('styles_builtinName', name) };
    }
    return parseStyle(fromDraft(draft));
  }, [draft]);
  if (checked.ok) lastGood.current = checked.value;
  const shown = checked.ok ? checked.value : lastGood.current;
  const preview = useMemo(() => renderIssue(doc, shown), [doc, shown]);

  const set = (patch: Partial<StyleDraft>) => setDraft({ ...draft, ...patch });

  async function save(event: Event) {
    event.preventDefault();
    if (!checked.ok) return;
    try {
      await putStyle(checked.value);
      onSaved(checked.value);
    } catch (error) {
      notify({ text: errorText(error), kind: 'error' });
    }
  }

  return (
    <form class="style-editor" aria-labelledby="style-editor-title" onSubmit={save}>
      <h3 id="style-editor-title">{t('styles_styleOf', draft.name, draft.label)}</h3>
      <div class="style-editor-grid">
        <div>
          <div class="field">
            <label for="style-name">{t('styles_styleName')}</label>
            <input
              id="style-name"
              value={draft.name}
              onInput={(e) => set({ name: (e.currentTarget as HTMLInputElement).value })}
            />
          </div>
          <div class="field">
            <label for="style-label">{t('styles_styleLabel')}</label>
            <input
              id="style-label"
              value={draft.label}
              onInput={(e) => set({ label: (e.currentTarget as HTMLInputElement).value })}
            />
          </div>
          <p class="muted" id="style-variables">
            {t('styles_variables')}
          </p>
          {draft.items.map((item, index) => (
            <div class="field" key={`item-${index}`}>
              <label for={`style-item-${index}`}>{`${t('styles_items')} (${index + 1})`}</label>
              <textarea
                id={`style-item-${index}`}
                rows={4}
                aria-describedby="style-variables"
                value={item}
                onInput={(e) =>
                  set({
                    items: draft.items.map((old, i) =>
                      i === index ? (e.currentTarget as HTMLTextAreaElement).value : old,
                    ),
                  })
                }
              />
            </div>
          ))}
          {draft.items.length < 8 && (
            <button type="button" onClick={() => set({ items: [...draft.items, ''] })}>
              {t('styles_addItem')}
            </button>
          )}
          {PARTS.map(({ key, label, rows }) => (
            <div class="field" key={key}>
              <label for={`style-${key}`}>{t(label)}</label>
              <textarea
                id={`style-${key}`}
                rows={rows}
                value={draft[key]}
                onInput={(e) => set({ [key]: (e.currentTarget as HTMLTextAreaElement).value })}
              />
            </div>
          ))}
          <div class="field checkbox">
            <input
              id="style-tight"
              type="checkbox"
              checked={draft.tight}
              onChange={(e) => set({ tight: (e.currentTarget as HTMLInputElement).checked })}
            />
            <label for="style-tight">{t('styles_tight')}</label>
          </div>
          {!checked.ok && (
            <p role="alert" class="error" id="style-error">
              {t('styles_invalid', checked.error)}
            </p>
          )}
          <div class="row">
            <button type="submit" class="primary" disabled={!checked.ok}>
              {t('styles_saveStyle')}
            </button>
            <button type="button" onClick={onCancel}>
              {t('styles_cancel')}
            </button>
          </div>
        </div>
        <section aria-labelledby="style-preview-title">
          <h4 id="style-preview-title">{t('styles_previewTitle')}</h4>
          {!checked.ok && <p class="muted">{t('styles_lastGood')}</p>}
          <textarea
            class="markdown style-preview"
            readOnly
            rows={24}
            aria-labelledby="style-preview-title"
            data-testid="style-preview"
            value={preview}
          />
        </section>
      </div>
    </form>
  );
}
