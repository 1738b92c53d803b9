import { useEffect, useState } from 'preact/hooks';
import type { HouseStyle } from '../../core/markdown/style';
import { onChange } from '../../storage/changes';
import { listStyles } from '../../storage/styles';

/** The editor's own house styles, read again when any context changes them. */
export function useCustomStyles(): HouseStyle[] {
  const [styles, setStyles] = useState<HouseStyle[]>([]);
  useEffect(() => {
    let live = true;
    const read = () =>
      listStyles()
        .then((list) => live && setStyles(list))
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
