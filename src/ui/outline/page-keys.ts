import { useEffect } from 'preact/hooks';
import { isTyping } from './keys';

/** `/` and `?` anywhere on the page but in a field or an open dialog. */
export function usePageKeys(keys: { search?: () => void; help: () => void }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if ((event.target as HTMLElement).closest?.('dialog')) return;
      if (event.key === '?') keys.help();
      else if (event.key === '/' && keys.search) keys.search();
      else return;
      event.preventDefault();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  });
}
