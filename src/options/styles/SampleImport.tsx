import { useState } from 'preact/hooks';
import type { Detected } from '../../core/markdown';
import { type ImportOptions, importDocument } from '../../core/markdown';
import { categoryLabel, type Digest, type IssueDocument } from '../../core/model';
import { documentTooLong } from '../../core/model/fits';
import { countClips } from '../../storage/clips/clips';
import { setUpFromIssue } from '../../storage/issues/import-draft';
import { t } from '../../ui/i18n';
import { tooLongText } from '../../ui/too-long';
import { Dialog } from '../shared/Dialog';
import { FilePicker } from '../shared/FilePicker';
import { errorText, useNotify } from '../shared/notify';
import { utf8Text } from '../shared/text-file';
import { useCustomStyles } from '../shared/use-styles';

interface Props {
  digest: Digest;
  draftId: string;
  onImported: () => void;
}

/**
 * A past issue pasted or opened: the style that reads it best is proposed with what it
 * found, and on confirmation the issue becomes the digest's draft, byte for byte, its
 * title, header and intro the digest's templates for the issues after it, and its sections
 * the digest's sections.
 */
export function SampleImport({ digest, draftId, onImported }: Props) {
  const notify = useNotify();
  const custom = useCustomStyles();
  const [text, setText] = useState('');
  const [found, setFound] = useState<Detected | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  /** How many of the draft's clips the import would move to the trash, while asking. */
  const [confirming, setConfirming] = useState<number | null>(null);

  function read(markdown: string) {
    setProblem(null);
    if (!markdown.trim()) {
      setFound(null);
      setProblem(t('styles_sampleEmpty'));
      return;
    }
    const options: ImportOptions = { custom };
    const detected = importDocument(markdown, options);
    // Named before anything is offered: a field no backup could hold is not imported.
    const tooLong = documentTooLong(detected.doc as IssueDocument);
    if (tooLong) {
      setFound(null);
      setProblem(tooLongText(tooLong));
      return;
    }
    setFound(detected);
  }

  async function open(file: File) {
    const markdown = await utf8Text(file);
    if (markdown === null) {
      setFound(null);
      setProblem(t('ws_importNotUtf8', file.name));
      return;
    }
    setText(markdown);
    read(markdown);
  }

  /**
   * The draft's clips go to the trash: how many is said first, as Import Markdown says it,
   * and the import is refused if the draft holds another number by then.
   */
  async function ask() {
    try {
      const live = await countClips(draftId);
      if (live === 0) await use(0);
      else setConfirming(live);
    } catch (error) {
      notify({ text: errorText(error), kind: 'error' });
    }
  }

  async function use(trashing: number) {
    setConfirming(null);
    if (!found) return;
    const { doc, style } = found;
    try {
      const held = await setUpFromIssue(
        doc as IssueDocument,
        draftId,
        {
          style: style.name,
          titleTemplate: doc.issue.title,
          header: doc.issue.header,
          intro: doc.issue.intro,
          afterwordHeading: doc.issue.afterwordHeading || digest.afterwordHeading,
        },
        { expectTrashed: trashing },
      );
      // One notice: a second would replace the first before it is read.
      const imported = t('styles_sampleImported', doc.clips.length, style.name);
      const kept = held.map((c) => categoryLabel(c)).join(', ');
      notify({ text: held.length ? `${imported} ${t('styles_sampleHeld', kept)}` : imported });
      setFound(null);
      setText('');
      onImported();
    } catch (error) {
      notify({ text: errorText(error), kind: 'error' });
    }
  }

  const sections = found?.doc.categories.filter((c) => c.name || c.emoji).length ?? 0;
  return (
    <section class="sample-import" aria-labelledby="sample-title">
      <h3 id="sample-title">{t('styles_sampleTitle')}</h3>
      <p class="muted">{t('styles_sampleHint')}</p>
      <div class="field">
        <label for="sample-text">{t('styles_sample')}</label>
        <textarea
          id="sample-text"
          rows={6}
          value={text}
          onInput={(event) => {
            setText((event.currentTarget as HTMLTextAreaElement).value);
            setFound(null);
          }}
        />
      </div>
      <div class="row">
        <FilePicker
          label={t('styles_openSample')}
          accept=".md,.markdown,text/markdown,text/plain"
          onFile={(file) => open(file).catch((e) => setProblem(errorText(e)))}
        />
        <button type="button" onClick={() => read(text)}>
          {t('styles_readSample')}
        </button>
      </div>
      {problem && (
        <p role="alert" class="error">
          {problem}
        </p>
      )}
      {found && (
        <div class="row" role="status">
          <p>{t('styles_detected', found.style.name, found.items, sections)}</p>
          <button type="button" class="primary" onClick={ask}>
            {t('styles_importSample')}
          </button>
        </div>
      )}
      {confirming !== null && (
        <Dialog
          id="sample-confirm"
          title={t('styles_importSample')}
          onClose={() => setConfirming(null)}
        >
          <p>{t('styles_sampleConfirm', confirming)}</p>
          <div class="row">
            <button type="button" class="danger" onClick={() => use(confirming)}>
              {t('styles_sampleConfirmButton', confirming)}
            </button>
            <button type="button" onClick={() => setConfirming(null)}>
              {t('ws_cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
