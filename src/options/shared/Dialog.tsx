import type { ComponentChildren } from 'preact';
import { useModal } from '../../ui/use-modal';

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
  const ref = useModal();
  return (
    <dialog ref={ref} class="dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </dialog>
  );
}
