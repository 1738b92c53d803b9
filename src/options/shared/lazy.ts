import { type ComponentType, h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../ui/i18n';
import { errorText } from './notify';

/**
 * A component whose code is fetched the first time it is shown (a dynamic `import()`), so
 * what only some views need (the rendered preview's markdown-it and DOMPurify, the backup
 * and import code with zod) stays out of the workspace's first chunk. Shows "Loading…"
 * meanwhile; once loaded, later mounts render at once. `preload()` fetches it ahead, such
 * as after the first paint, for views a click away.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> & { preload: () => void } {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const start = () => {
    pending ??= load().then((found) => {
      loaded = found;
      return found;
    });
    return pending;
  };
  function Lazy(props: P) {
    const [component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    const [failure, setFailure] = useState<string | null>(null);
    useEffect(() => {
      if (component) return;
      let live = true;
      const loading = start();
      loading.then(
        (found) => live && setComponent(() => found),
        (error) => {
          // Forgotten so the next showing tries again, unless a newer try has started.
          if (pending === loading) pending = null;
          if (live) setFailure(errorText(error));
        },
      );
      return () => {
        live = false;
      };
    }, [component]);
    // Plain `h` calls: this module is .ts, so its generics are not read as JSX.
    if (component) return h(component, props);
    if (failure) return h('p', { role: 'alert', class: 'error' }, failure);
    return h('p', { class: 'muted' }, t('ws_loading'));
  }
  /** Fetches the code now, so the first showing renders at once; a failure is retried then. */
  const preload = () => {
    const loading = start();
    loading.catch(() => {
      if (pending === loading) pending = null;
    });
  };
  return Object.assign(Lazy, { preload });
}
