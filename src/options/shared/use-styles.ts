import { useEffect, useState } from 'preact/hooks';
import type { HouseStyle } from '../../core/markdown/style';
import { onChange } from '../../storage/changes';
import { listStyles } from '../../storage/styles';

const same = (a: readonly HouseStyle[], b: readonly HouseStyle[]) =>
  a.length === b.length && a.every((style, i) => JSON.stringify(style) === JSON.stringify(b[i]));

/** The editor's own house styles, read again when any context changes them. */
export function useCustomStyles(): HouseStyle[] {
  const [styles, setStyles] = useState<HouseStyle[]>([]);
  useEffect(() => {
    let live = true;
    const read = () =>
      listStyles()
        // The same list keeps its identity, so nothing that depends on it renders again.
        .then((list) => live && setStyles((now) => (same(now, list) ? now : list)))
        .catch(() => undefined);
    read();
    const stop = onChange((notice) => {
      if (notice.stores.includes('styles')) read();
    });
    return () => {
      live = false;
      stop();
    };
  }, []);
  return styles;
}
