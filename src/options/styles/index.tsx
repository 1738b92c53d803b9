import { useState } from 'preact/hooks';
import type { HouseStyle } from '../../core/markdown';
import { allStyles, BUILTIN_STYLE_NAMES, issueFilePath, styleOf } from '../../core/markdown';
import { parseStyle } from '../../core/markdown/style/parse';
import type { IssueDocument } from '../../core/model';
import { applyDigest } from '../../storage/digests/apply';
import { putStyle } from '../../storage/digests/styles';
import { updateIssue } from '../../storage/issues/edit';
import { downloadText } from '../shared/download';
import { FilePicker } from '../shared/FilePicker';
import { errorText, useNotify } from '../shared/notify';
import { useDigests } from '../shared/use-digests';
import { useCustomStyles } from '../shared/use-styles';
import { DigestForm } from './DigestForm';
import { SampleImport } from './SampleImport';
import { StyleEditor } from './StyleEditor';
import './styles.css';
import { t } from '../../ui/i18n';

interface Props {
  /** The current draft, as shown. */
  doc: IssueDocument;
  onChanged: () => void;
}

/**
 * The digest's settings and its house style: pick a style, edit a copy with a live
 * preview, share a style as a file, or make the digest from one of its past issues.
 */
export function StylesView({ doc, onChanged }: Props) {
  const notify = useNotify();
  const { current: digest } = useDigests();
  const custom = useCustomStyles();
  const [editing, setEditing] = useState<HouseStyle | null>(null);
  const style = styleOf(doc.issue.style, custom);
  const own = custom.some((s) => s.name === style.name);

  /** The digest and its current draft both write in the style from now on. */
  async function apply(name: string) {
    try {
      if (digest) {
        const starter = styleOf(name, custom).starter;
        await applyDigest({ ...digest, style: name }, doc.issue.id, { starter });
      }
      await updateIssue(
        doc.issue.id,
        { style: name },
        { updatedAt: doc.issue.updatedAt, values: {} },
      );
      onChanged();
    } catch (error) {
      notify({ text: errorText(error), kind: 'error' });
    }
  }

  async function importFile(file: File) {
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      notify({ text: t('styles_styleRefused', file.name, 'not JSON'), kind: 'error' });
      return;
    }
    // A style named like a built-in one would never be used: the built-in is found first.
    const name = (data as { name?: unknown } | null)?.name;
    if (typeof name === 'string' && BUILTIN_STYLE_NAMES.includes(name)) {
      notify({
        text: t('styles_styleRefused', file.name, t('styles_builtinName', name)),
        kind: 'error',
      });
      return;
    }
    const parsed = parseStyle(data);
    if (!parsed.ok) {
      notify({ text: t('styles_styleRefused', file.name, parsed.error), kind: 'error' });
      return;
    }
    await putStyle(parsed.value);
    notify({ text: t('styles_styleImported', parsed.value.name) });
  }

  return (
    <section class="styles-view" aria-labelledby="styles-title">
      <h2 id="styles-title">{t('styles_title')}</h2>
      {digest && <DigestForm digest={digest} draftId={doc.issue.id} />}
      <section aria-labelledby="house-style-title">
        <h3 id="house-style-title">{t('styles_styleTitle')}</h3>
        <div class="row">
          <div class="field">
            <label for="styles-pick">{t('styles_digestStyle')}</label>
            <select
              id="styles-pick"
              value={style.name}
              onChange={(event) => apply((event.currentTarget as HTMLSelectElement).value)}
            >
              {allStyles(custom).map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          <button type="button" onClick={() => setEditing(style)}>
            {own ? t('styles_editStyle') : t('styles_editCopy')}
          </button>
          <button
            type="button"
            onClick={() =>
              downloadText(
                `${JSON.stringify({ format: 'digest-clipper-style', ...style }, null, 2)}\n`,
                `${style.name}.style.json`,
                'application/json',
              )
            }
          >
            {t('styles_exportStyle')}
          </button>
          <FilePicker
            label={t('styles_importStyle')}
            accept=".json,application/json"
            onFile={(file) =>
              importFile(file).catch((e) => notify({ text: errorText(e), kind: 'error' }))
            }
          />
        </div>
        <p class="muted">{style.label}</p>
        <p class="muted">{t('styles_filePath', issueFilePath(style, doc.issue))}</p>
        {editing && (
          <StyleEditor
            key={editing.name}
            base={editing}
            doc={doc}
            onSaved={(saved) => {
              setEditing(null);
              notify({ text: t('styles_styleSaved', saved.name) });
              apply(saved.name);
            }}
            onCancel={() => setEditing(null)}
          />
        )}
      </section>
      {digest && <SampleImport digest={digest} draftId={doc.issue.id} onImported={onChanged} />}
    </section>
  );
}
