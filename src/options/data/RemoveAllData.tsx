import { useEffect, useRef, useState } from 'preact/hooks';
import { removeAllData } from '../../storage/backup/backup';
import { t } from '../../ui/i18n';
import type { PanelProps } from './types';

/**
 * **Remove all data**, behind a confirmation that names what goes and suggests a backup
 * first. An inline dialog rather than `window.confirm`, which blocks the page and which
 * screen readers and tests handle poorly. Opening it moves focus to its safe answer,
 * Cancel, so the question is read out and Enter does no harm; Escape or Cancel returns
 * focus to the button that asked.
 */
export function RemoveAllData({ onChanged, onError }: PanelProps) {
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) cancel.current?.focus();
  }, [asking]);
  const stopAsking = () => {
    setAsking(false);
    trigger.current?.focus();
  };

  async function remove() {
    try {
      await removeAllData();
      setAsking(false);
      setDone(true);
      onChanged();
    } catch (error) {
      onError(error);
    }
  }

  return (
    <section aria-labelledby="data-remove">
      <h3 id="data-remove">{t('data_removeTitle')}</h3>
      <button
        ref={trigger}
        type="button"
        class="danger"
        onClick={() => {
          setDone(false);
          setAsking(true);
        }}
      >
        {t('data_removeButton')}
      </button>
      {asking && (
        <div
          role="alertdialog"
          aria-labelledby="data-remove"
          aria-describedby="data-remove-question"
          onKeyDown={(event) => {
            if (event.key === 'Escape') stopAsking();
          }}
        >
          <p id="data-remove-question">{t('data_removeQuestion')}</p>
          <button type="button" class="danger" onClick={remove}>
            {t('data_removeConfirm')}
          </button>
          <button ref={cancel} type="button" onClick={stopAsking}>
            {t('data_cancel')}
          </button>
        </div>
      )}
      {done && (
        <p role="status" class="ok">
          {t('data_removed')}
        </p>
      )}
    </section>
  );
}
