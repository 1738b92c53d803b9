import { useState } from 'preact/hooks';
import { allStyles } from '../../core/markdown';
import { createDigest, setCurrentDigest } from '../../storage/digests/digests';
import { t, uiLanguage } from '../../ui/i18n';
import { Dialog } from '../shared/Dialog';
import { errorText, useNotify } from '../shared/notify';
import { useDigests } from '../shared/use-digests';
import { useCustomStyles } from '../shared/use-styles';

/**
 * The digest the workspace, the popup and the menus file into: switched here, and a new
 * one made here with its own copy of its style's sections and title.
 */
export function DigestSwitcher({ onChanged }: { onChanged?: () => void }) {
  const notify = useNotify();
  const { digests, current } = useDigests();
  const styles = allStyles(useCustomStyles());
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('');
  const [style, setStyle] = useState(styles[0]?.name ?? 'embedly-link');

  async function choose(id: string) {
    try {
      await setCurrentDigest(id);
      notify({ text: t('styles_switched', digests.find((d) => d.id === id)?.name ?? id) });
      onChanged?.();
    } catch (error) {
      notify({ text: errorText(error), kind: 'error' });
    }
  }

  async function create(event: Event) {
    event.preventDefault();
    try {
      const starter = styles.find((s) => s.name === style)?.starter;
      const digest = await createDigest({ name, style, starter }, { locale: uiLanguage() });
      notify({ text: t('styles_created', digest.name) });
      setCreating(false);
      setName('');
      onChanged?.();
    } catch (error) {
      notify({ text: errorText(error), kind: 'error' });
    }
  }

  return (
    <div class="row digest-switcher">
      <label for="digest-switch">{t('styles_digest')}</label>
      <select
        id="digest-switch"
        value={current?.id ?? ''}
        onChange={(event) => choose((event.currentTarget as HTMLSelectElement).value)}
      >
        {digests.map((digest) => (
          <option key={digest.id} value={digest.id}>
            {digest.name}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => setCreating(true)}>
        {t('styles_newDigest')}
      </button>
      {creating && (
        <Dialog
          id="new-digest"
          title={t('styles_newDigestTitle')}
          onClose={() => setCreating(false)}
        >
          <form onSubmit={create}>
            <div class="field">
              <label for="new-digest-name">{t('styles_digestName')}</label>
              <input
                id="new-digest-name"
                required
                maxLength={200}
                value={name}
                onInput={(event) => setName((event.currentTarget as HTMLInputElement).value)}
              />
            </div>
            <div class="field">
              <label for="new-digest-style">{t('styles_digestStyle')}</label>
              <select
                id="new-digest-style"
                value={style}
                onChange={(event) => setStyle((event.currentTarget as HTMLSelectElement).value)}
              >
                {styles.map((s) => (
                  <option key={s.name} value={s.name}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
            <div class="row">
              <button type="submit" class="primary">
                {t('styles_create')}
              </button>
              <button type="button" onClick={() => setCreating(false)}>
                {t('styles_cancel')}
              </button>
            </div>
          </form>
        </Dialog>
      )}
    </div>
  );
}
