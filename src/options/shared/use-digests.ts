import { useEffect, useState } from 'preact/hooks';
import type { Digest } from '../../core/model';
import { onChange } from '../../storage/changes';
import { getCurrentDigest, listDigests } from '../../storage/digests/digests';

export interface DigestsState {
  digests: Digest[];
  current: Digest | null;
}

/** The digests and the current one, read again when any context changes the settings. */
export function useDigests(): DigestsState {
  const [state, setState] = useState<DigestsState>({ digests: [], current: null });
  useEffect(() => {
    let live = true;
    const read = () =>
      Promise.all([listDigests(), getCurrentDigest()])
        .then(([digests, current]) => live && setState({ digests, current }))
        .catch(() => undefined);
    read();
    const stop = onChange((notice) => {
      if (notice.stores.includes('settings') || notice.stores.includes('categories')) read();
    });
    return () => {
      live = false;
      stop();
    };
  }, []);
  return state;
}
