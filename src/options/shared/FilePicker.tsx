import { useRef } from 'preact/hooks';

interface Props {
  /** The button's words, which also name the file input for assistive technology. */
  label: string;
  accept: string;
  /** Called with the chosen file; the input is cleared, so the same file can be chosen again. */
  onFile: (file: File) => void;
  class?: string;
}

/**
 * A button that opens the system's file chooser: keyboard users reach one ordinary button,
 * while the file input itself stays out of the tab order.
 */
export function FilePicker({ label, accept, onFile, class: className }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" class={className} onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        aria-label={label}
        class="visually-hidden"
        tabIndex={-1}
        onChange={(event) => {
          const element = event.currentTarget as HTMLInputElement;
          const file = element.files?.[0];
          element.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
