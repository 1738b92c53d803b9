import { useState } from 'preact/hooks';
import { removeAllData } from '../../storage';
import { say } from './strings';
import type { PanelProps } from './types';

/**
 * **Remove all data**, behind a confirmation that names what goes and suggests a backup
 * first. An inline dialog rather than `window.confirm`, which blocks the page and which
 * screen readers and tests handle poorly.
 */
export function RemoveAllData({ onChanged, onError }: PanelProps) {
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);

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
      <h3 id="data-remove">{say('removeTitle')}</h3>
      <button
        type="button"
        class="danger"
        onClick={() => {
          setDone(false);
          setAsking(true);
        }}
      >
        {say('removeButton')}
      </button>
      {asking && (
        <div
          role="alertdialog"
          aria-labelledby="data-remove"
          aria-describedby="data-remove-question"
        >
          <p id="data-remove-question">{say('removeQuestion')}</p>
          <button type="button" class="danger" onClick={remove}>
            {say('removeConfirm')}
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            {say('cancel')}
          </button>
        </div>
      )}
      {done && (
        <p role="status" class="ok">
          {say('removed')}
        </p>
      )}
    </section>
  );
}
