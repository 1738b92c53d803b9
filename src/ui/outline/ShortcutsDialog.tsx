import { type MessageKey, t } from '../i18n';
import { useModal } from '../use-modal';

const KEYS: [string, MessageKey][] = [
  ['j / k, ↓ / ↑', 'ol_keyNext'],
  ['Alt+↑ / Alt+↓', 'ol_keyMove'],
  ['1 – 9', 'ol_keyFile'],
  ['Enter, e', 'ol_keyEdit'],
  ['c', 'ol_keyComment'],
  ['Ctrl+Shift+Enter', 'ol_keyCommentNext'],
  ['Delete', 'ol_keyDelete'],
  ['z', 'ol_keyUndo'],
  ['x, Space', 'ol_keySelect'],
  ['Shift+j / Shift+k', 'ol_keyExtend'],
  ['Escape', 'ol_keyClear'],
  ['/', 'ol_keySearch'],
  ['Shift+P', 'ol_keyPublish'],
  ['?', 'ol_keyHelp'],
];

/** The `?` dialog: every key of the outline. Native `<dialog>`: Escape closes it. */
export function ShortcutsDialog({
  onClose,
  workspace,
}: {
  onClose: () => void;
  workspace: boolean;
}) {
  const ref = useModal();
  return (
    <dialog ref={ref} class="dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">{t('ol_shortcuts')}</h2>
      <dl class="shortcuts">
        {KEYS.filter(
          ([, name]) => workspace || (name !== 'ol_keySearch' && name !== 'ol_keyPublish'),
        ).map(([keys, name]) => (
          <div key={name}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{t(name)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onClose}>
        {t('ol_close')}
      </button>
    </dialog>
  );
}
