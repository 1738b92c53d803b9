import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../ui/i18n';
import type { ToastMessage } from './notify';

interface Props {
  message: ToastMessage | null;
  onDismiss: () => void;
}

/**
 * The status toast. The live region is always in the page, so screen readers announce
 * what is put into it. It stays until dismissed or replaced: an Undo that vanishes after a
 * few seconds fails people who read or move slowly (WCAG 2.2.1). Its action takes focus,
 * so Delete then Enter undoes from the keyboard.
 */
export function Toast({ message, onDismiss }: Props) {
  const action = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (message?.action && !message.keepFocus) action.current?.focus();
  }, [message]);
  return (
    <div class="toast-region" role="status" aria-live="polite">
      {message && (
        <div class={`toast ${message.kind === 'error' ? 'toast-error' : ''}`}>
          <span>{message.text}</span>
          {message.action && (
            <button
              ref={action}
              type="button"
              onClick={() => {
                message.action?.run();
                onDismiss();
              }}
            >
              {message.action.label}
            </button>
          )}
          <button type="button" class="quiet" onClick={onDismiss}>
            {t('ws_dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
