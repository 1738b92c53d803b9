import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  id: string;
  title: string;
  onClose: () => void;
  children: ComponentChildren;
}

/**
 * A modal dialog on the native `<dialog>`: it traps focus, closes on Escape and returns
 * focus to what opened it, with the dialog role and name from its heading. Mount it to
 * open it; `onClose` should unmount it.
 */
export function Dialog({ id, title, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog ref={ref} class="dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </dialog>
  );
}
