import { useEffect, useRef, useState } from 'preact/hooks';
import { checksOffByStyle } from '../../core/issue/checks';
import { styleOf } from '../../core/markdown';
import type { Digest } from '../../core/model';
import { applyDigest, type TemplateKey } from '../../storage/digests/apply';
import { type MessageKey, t } from '../../ui/i18n';
import { CHECK_OF, CHECKS, type CheckKey } from '../shared/check-keys';
import { errorText, useNotify } from '../shared/notify';
import { useCustomStyles } from '../shared/use-styles';

/** A whole number from 0 to `max`: what a step may be. */
const inRange = (value: number, max: number) =>
  Number.isInteger(value) && Math.min(Math.max(value, 0), max) === value;

type TextKey = 'name' | 'titleTemplate' | 'header' | 'intro' | 'afterwordHeading';
const TEXTS: { key: TextKey; label: MessageKey; rows?: number }[] = [
  { key: 'name', label: 'styles_digestName' },
  { key: 'titleTemplate', label: 'styles_titleTemplate' },
  { key: 'header', label: 'styles_header', rows: 2 },
  { key: 'intro', label: 'styles_intro', rows: 3 },
  { key: 'afterwordHeading', label: 'styles_afterwordHeading' },
];

const LABEL_OF = Object.fromEntries(TEXTS.map(({ key, label }) => [key, label])) as Record<
  TextKey,
  MessageKey
>;

/**
 * The current digest's own settings: its name, issue sequence, templates and checks.
 * Saving brings the current draft along (storage/digests/apply.ts).
 */
export function DigestForm({ digest, draftId }: { digest: Digest; draftId: string }) {
  const notify = useNotify();
  const custom = useCustomStyles();
  const [edit, setEdit] = useState<Digest>(digest);
  // Fields changed here and not saved yet. The digests are read again whenever any context
  // writes the settings or categories (a clip saved from the popup does); that read brings
  // every other field up to date, never these.
  const touched = useRef(new Set<keyof Digest>());
  const shownId = useRef(digest.id);
  useEffect(() => {
    if (digest.id !== shownId.current) touched.current.clear();
    shownId.current = digest.id;
    const mine = [...touched.current];
    setEdit((now) => ({ ...digest, ...Object.fromEntries(mine.map((key) => [key, now[key]])) }));
  }, [digest]);
  const change = (patch: Partial<Digest>) => {
    for (const key of Object.keys(patch)) touched.current.add(key as keyof Digest);
    setEdit((now) => ({ ...now, ...patch }));
  };

  async function save(event: Event) {
    event.preventDefault();
    try {
      const { applied, kept } = await applyDigest(edit, draftId);
      touched.current.clear();
      const names = (keys: TemplateKey[]) => keys.map((key) => t(LABEL_OF[key])).join(', ');
      notify({
        text: applied.length ? t('styles_savedApplied', names(applied)) : t('styles_saved'),
      });
      if (kept.length) notify({ text: t('styles_savedKept', names(kept)) });
    } catch (error) {
      notify({ text: errorText(error), kind: 'error' });
    }
  }

  const text = (key: TextKey, label: MessageKey, rows?: number) => {
    const id = `digest-${key}`;
    const onInput = (event: Event) =>
      change({ [key]: (event.currentTarget as HTMLInputElement).value });
    return (
      <div class="field" key={key}>
        <label for={id}>{t(label)}</label>
        {rows ? (
          <textarea id={id} rows={rows} value={edit[key]} onInput={onInput} />
        ) : (
          // No maxLength: it cuts a long paste without a word. The save refuses an
          // over-long field by name instead (storage/fits.ts), and keeps the text here.
          <input id={id} value={edit[key]} onInput={onInput} />
        )}
      </div>
    );
  };
  const step = (key: 'numberStep' | 'dateStep', max: number) => (
    <div class="field">
      <label for={`digest-${key}`}>{t(`styles_${key}`)}</label>
      <input
        id={`digest-${key}`}
        type="number"
        min={0}
        max={max}
        value={edit[key]}
        onInput={(event) => {
          const value = Number((event.currentTarget as HTMLInputElement).value);
          if (inRange(value, max)) change({ [key]: value });
        }}
      />
    </div>
  );
  // Checks the style itself rules out (its items carry no comment): no switch for them.
  const moot = new Set(checksOffByStyle(styleOf(edit.style, custom)).map((kind) => CHECK_OF[kind]));
  const toggle = (check: CheckKey) => {
    const off = new Set(edit.checksOff);
    const id = `digest-check-${check}`;
    return (
      <li key={check}>
        <input
          id={id}
          type="checkbox"
          checked={!off.has(check)}
          onChange={(event) => {
            if ((event.currentTarget as HTMLInputElement).checked) off.delete(check);
            else off.add(check);
            change({ checksOff: CHECKS.filter((c) => off.has(c)) });
          }}
        />
        <label for={id}>{t(`styles_check_${check}`)}</label>
      </li>
    );
  };

  return (
    <form class="digest-form" aria-labelledby="digest-settings-title" onSubmit={save}>
      <h3 id="digest-settings-title">{t('styles_settingsTitle')}</h3>
      {TEXTS.map(({ key, label, rows }) => text(key, label, rows))}
      <p class="muted">{t('styles_templatesHint')}</p>
      <div class="row">
        {step('numberStep', 1000)}
        {step('dateStep', 366)}
      </div>
      <fieldset>
        <legend>{t('styles_checksTitle')}</legend>
        <ul class="plain">{CHECKS.filter((c) => !moot.has(c)).map(toggle)}</ul>
        {moot.size > 0 && (
          <p class="muted">
            {t(
              'styles_checksByStyle',
              [...moot].map((c) => t(`styles_check_${c}`)).join(', '),
              edit.style,
            )}
          </p>
        )}
      </fieldset>
      <button type="submit" class="primary">
        {t('styles_save')}
      </button>
    </form>
  );
}
