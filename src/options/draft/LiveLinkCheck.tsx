import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { clipsInIssueOrder } from '../../core/issue/checks';
import { checkLive } from '../../core/links/live';
import { liveFinding } from '../../core/links/live-findings';
import type { LinkFinding } from '../../core/links/rules';
import type { IssueDocument } from '../../core/model';
import { t } from '../../ui/i18n';
import { LinkFindingList } from './LinkFindingItem';
import { browserLinkFetch, originOf } from './link-fetch';
import { useLinkFix } from './use-link-fix';

/**
 * "Check links": fetches every link of the draft, only when asked. Access to the links'
 * sites is asked for at the click (optional host permissions, per site); refused, nothing
 * is fetched and the line says how many links stay unchecked. A line says how far the
 * check is; each finding is shown on its item, a permanent move with its new address as
 * the fix. A finding whose clip has another URL since is no longer shown.
 */
export function LiveLinkCheck({ doc }: { doc: IssueDocument }) {
  const [line, setLine] = useState('');
  const [running, setRunning] = useState(false);
  const [findings, setFindings] = useState<LinkFinding[] | null>(null);
  const { busy, fix } = useLinkFix();
  const clips = new Map(doc.clips.map((c) => [c.id, c]));

  function start() {
    const targets = clipsInIssueOrder(doc).filter((c) => originOf(c.url) !== null);
    const origins = [...new Set(targets.map((c) => originOf(c.url) as string))];
    if (targets.length === 0) {
      setLine(t('ws_linkCheckNone'));
      return;
    }
    // Asked in the click itself, before any await: browsers grant access only in a gesture.
    const asked = browser.permissions.request({ origins });
    setRunning(true);
    void (async () => {
      try {
        if (!(await asked.catch(() => false))) {
          setFindings(null);
          setLine(t('ws_linkCheckNoPermission', targets.length));
          return;
        }
        setLine(t('ws_linkCheckProgress', 0, targets.length));
        const results = await checkLive(
          targets.map((c) => c.url),
          {
            fetch: browserLinkFetch,
            timeoutMs: 10_000,
            slowMs: 5_000,
            onProgress: (done, total) => setLine(t('ws_linkCheckProgress', done, total)),
          },
        );
        const found = results.flatMap((result, i) => {
          const finding = liveFinding(result, targets[i]?.id ?? '');
          return finding ? [finding] : [];
        });
        setFindings(found);
        setLine(t('ws_linkCheckDone', targets.length, found.length));
      } finally {
        setRunning(false);
      }
    })();
  }

  const shown = (findings ?? []).filter((f) => clips.get(f.clipId)?.url === f.url);
  return (
    <section class="panel checks live-links" aria-labelledby="live-links-title">
      <h2 id="live-links-title">{t('ws_linkCheckTitle')}</h2>
      <div class="row">
        <button type="button" disabled={running} onClick={start}>
          {t('ws_linkCheckButton')}
        </button>
        <span aria-live="polite" class="muted" data-testid="link-check-line">
          {line}
        </span>
      </div>
      {shown.length > 0 && (
        <LinkFindingList
          labelledBy="live-links-title"
          findings={shown}
          clips={clips}
          busy={busy}
          onFix={fix}
        />
      )}
    </section>
  );
}
