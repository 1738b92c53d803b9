import { useEffect, useRef } from 'preact/hooks';
import { type OutlineKeyName, ot } from './strings';

const KEYS: [string, OutlineKeyName][] = [
  ['j / k, ↓ / ↑', 'keyNext'],
  ['Alt+↑ / Alt+↓', 'keyMove'],
  ['1 – 9', 'keyFile'],
  ['Enter, e', 'keyEdit'],
  ['c', 'keyComment'],
  ['Delete', 'keyDelete'],
  ['z', 'keyUndo'],
  ['x, Space', 'keySelect'],
  ['Shift+j / Shift+k', 'keyExtend'],
  ['Escape', 'keyClear'],
  ['/', 'keySearch'],
  ['Shift+P', 'keyPublish'],
  ['?', 'keyHelp'],
];

/** The `?` dialog: every key of the outline. Native `<dialog>`: Escape closes it. */
export function ShortcutsDialog({
  onClose,
  workspace,
}: {
  onClose: () => void;
  workspace: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog ref={ref} class="dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">{ot('shortcuts')}</h2>
      <dl class="shortcuts">
        {KEYS.filter(
          ([, name]) => workspace || (name !== 'keySearch' && name !== 'keyPublish'),
        ).map(([keys, name]) => (
          <div key={name}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{ot(name)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onClose}>
        {ot('close')}
      </button>
    </dialog>
  );
}
