import { useEffect } from 'preact/hooks';
import { isTyping } from './keys';

/** `/`, `?` and Shift+P anywhere on the page but in a field or an open dialog. */
export function usePageKeys(keys: { search?: () => void; publish?: () => void; help: () => void }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if ((event.target as HTMLElement).closest?.('dialog')) return;
      if (event.key === '?') keys.help();
      else if (event.key === '/' && keys.search) keys.search();
      else if (event.key === 'P' && keys.publish) keys.publish();
      else if ((event.key === 'j' || event.key === 'k') && event.target === document.body) {
        // From nowhere in particular, j or k enters the outline at its tab stop.
        document.querySelector<HTMLElement>('.outline article.clip-card[tabindex="0"]')?.focus();
      } else return;
      event.preventDefault();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  });
}
