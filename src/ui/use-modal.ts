import { useEffect, useRef } from 'preact/hooks';

/**
 * A native `<dialog>` opened as a modal while mounted (focus trapped, Escape closes,
 * focus back to what opened it) and closed when unmounted. Returns the dialog's ref.
 */
export function useModal() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return ref;
}
