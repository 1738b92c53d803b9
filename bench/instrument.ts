/**
 * Timing inside the page, never wall time from Node. Installed with `addInitScript`, so it
 * runs in every extension page before the page's own scripts; `performance.now()` counts
 * from the navigation start (the time origin) of that page.
 *
 * Playwright serialises this function into the page: it may use nothing from outside.
 */

export interface Hit {
  /** performance.now() when the condition was first seen true (in a MutationObserver callback). */
  at: number;
  /** performance.now() after the next frame was produced (rAF, then a task). */
  painted?: number;
  /** The page's navigation timing when the hit was painted: where the time went. */
  navigation?: { responseEnd: number; domInteractive: number; domContentLoadedEnd: number };
}

export interface BenchProbe {
  hits: Record<string, Hit>;
  /** performance.now() of every click and input event, in the capture phase. */
  clicks: number[];
  inputs: number[];
  /** Committed-write notices (storage/changes.ts) as this page received them. */
  notices: { at: number; stores: string[] }[];
  lastMutation: number;
  /** The page's first frame: when its callbacks ran, and which element had the focus. */
  firstFrame?: { at: number; focused: string };
  watch(label: string, condition: () => boolean): void;
}

declare global {
  interface Window {
    __bench?: BenchProbe;
  }
}

export interface InstrumentOptions {
  /** The workspace is wholly rendered once this many `[data-clip-id]` elements exist. */
  draftClips: number;
  /** The BroadcastChannel on which storage announces committed writes. */
  changeChannel: string;
}

export function instrument(options: InstrumentOptions): void {
  if (location.protocol !== 'chrome-extension:') return;
  const probe: BenchProbe = {
    hits: {},
    clicks: [],
    inputs: [],
    notices: [],
    lastMutation: 0,
    watch(label, condition) {
      const hit = () => {
        const record: Hit = { at: performance.now() };
        probe.hits[label] = record;
        requestAnimationFrame(() => {
          setTimeout(() => {
            record.painted = performance.now();
            const [entry] = performance.getEntriesByType(
              'navigation',
            ) as PerformanceNavigationTiming[];
            if (entry) {
              record.navigation = {
                responseEnd: entry.responseEnd,
                domInteractive: entry.domInteractive,
                domContentLoadedEnd: entry.domContentLoadedEventEnd,
              };
            }
          }, 0);
        });
      };
      if (condition()) return hit();
      const observer = new MutationObserver(() => {
        if (!condition()) return;
        observer.disconnect();
        hit();
      });
      observer.observe(document, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
      });
    },
  };
  window.__bench = probe;
  requestAnimationFrame(() => {
    probe.firstFrame = { at: performance.now(), focused: document.activeElement?.id ?? '' };
  });

  addEventListener('click', () => probe.clicks.push(performance.now()), true);
  addEventListener('input', () => probe.inputs.push(performance.now()), true);
  new MutationObserver(() => {
    probe.lastMutation = performance.now();
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  const channel = new BroadcastChannel(options.changeChannel);
  channel.onmessage = (event: MessageEvent<{ stores?: string[] }>) => {
    probe.notices.push({ at: performance.now(), stores: event.data?.stores ?? [] });
  };

  // What "loaded" means for each page: the page's own first useful state.
  const path = location.pathname;
  const value = (name: string) =>
    (document.querySelector(`[name="${name}"]`) as HTMLInputElement | null)?.value ?? '';
  if (path.endsWith('/blank.html')) {
    probe.watch('load', () => document.getElementById('blank') !== null);
  } else if (path.endsWith('/blank-script.html')) {
    probe.watch('load', () => document.getElementById('blank')?.dataset.ran === '1');
  } else if (/\/popup\/(index|ab-[\w-]+)\.html$/.test(path)) {
    // ab-NAME.html: another build's popup, copied in by bench/ab.ts.
    // A filled, interactive form: title, page title and URL have their values and Save
    // can be pressed.
    probe.watch(
      'load',
      () =>
        value('url') !== '' &&
        value('heading') !== '' &&
        value('pageTitle') !== '' &&
        document.querySelector('button[type="submit"]:not([disabled])') !== null,
    );
  } else if (/\/options\/(index|ab-[\w-]+)\.html$/.test(path)) {
    // The first screen: clips of the draft down past the window's bottom edge (or all of
    // them, if they fit). The workspace may build the rows below it after its first paint.
    probe.watch('screen', () => {
      const rows = document.querySelectorAll('[data-clip-id]');
      if (rows.length >= options.draftClips) return true;
      const last = rows[rows.length - 1];
      return last !== undefined && last.getBoundingClientRect().top >= innerHeight;
    });
    probe.watch(
      'load',
      () => document.querySelectorAll('[data-clip-id]').length >= options.draftClips,
    );
  }
}
