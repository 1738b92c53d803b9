import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { setCandidateTitles } from '../../storage/inbox/inbox';
import type { StoredCandidate } from '../../storage/schema/stores';
import { t } from '../../ui/i18n';
import { eachBounded, FETCH_LIMITS, fetchPageTitle, originPattern } from './page-title';

interface Props {
  untitled: StoredCandidate[];
  onFetched: () => Promise<void>;
}

/**
 * Fetches the titles of untitled links, after asking at the click for access to their
 * sites (optional host permissions): a few pages at a time, each with a timeout, a line
 * saying how far, and a line saying what stays untitled when access is refused.
 */
export function TitleFetch({ untitled, onFetched }: Props) {
  const [line, setLine] = useState('');

  function start() {
    const targets = untitled;
    const origins = [...new Set(targets.map((c) => originPattern(c.url)))];
    // Asked in the click itself, before any await: browsers grant access only in a gesture.
    const asked = browser.permissions.request({ origins });
    void (async () => {
      const granted = await asked.catch(() => false);
      if (!granted) {
        setLine(t('inbox_noPermission', targets.length));
        return;
      }
      const found: { id: string; title: string; description?: string }[] = [];
      setLine(t('inbox_fetchProgress', 0, targets.length));
      await eachBounded(
        targets,
        FETCH_LIMITS.concurrency,
        async (candidate) => {
          const page = await fetchPageTitle(candidate.url);
          if (page) found.push({ id: candidate.id, ...page });
        },
        (done) => setLine(t('inbox_fetchProgress', done, targets.length)),
      );
      await setCandidateTitles(found);
      setLine(t('inbox_fetchDone', found.length, targets.length));
      await onFetched();
    })();
  }

  return (
    <div class="row">
      <button type="button" disabled={untitled.length === 0} onClick={start}>
        {t('inbox_fetchTitles', untitled.length)}
      </button>
      <span role="status" class="muted">
        {line}
      </span>
    </div>
  );
}
