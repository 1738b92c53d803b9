import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { validateClipUrl } from '../../core/text/url';
import { addFeed, removeFeed } from '../../storage/inbox/feeds';
import { t } from '../../ui/i18n';
import { downloadText } from '../shared/download';
import { FilePicker } from '../shared/FilePicker';
import { errorText } from '../shared/notify';
import { utf8Text } from '../shared/text-file';
import { originPattern } from './page-title';
import { useFeeds } from './use-feeds';

/**
 * The feeds a digest follows: the worker reads each on its alarm (daily unless chosen
 * otherwise) and files nothing: entries since the last issue wait in the inbox. A feed
 * that failed says why here, in the inbox, while the others go on.
 */
export function FeedsPanel({ digestId }: { digestId: string }) {
  const { feeds, reload } = useFeeds(digestId);
  const [url, setUrl] = useState('');
  const [line, setLine] = useState<{ text: string; error?: boolean } | null>(null);

  function follow(addresses: string[]) {
    const checked = addresses.map((a) => validateClipUrl(a));
    const bad = checked.find((c) => !c.ok);
    if (bad && !bad.ok) return setLine({ text: bad.reason, error: true });
    const urls = checked.flatMap((c) => (c.ok ? [c.url] : []));
    // The feeds' sites are asked for in this click: the worker reads them later, unattended.
    const asked = browser.permissions.request({ origins: [...new Set(urls.map(originPattern))] });
    void (async () => {
      try {
        if (!(await asked.catch(() => false))) {
          return setLine({ text: t('inbox_feedDenied'), error: true });
        }
        for (const address of urls) await addFeed(digestId, { url: address });
        setUrl('');
        setLine({ text: t('inbox_feedsFollowed', urls.length) });
        await reload();
      } catch (error) {
        setLine({ text: t('ws_error', errorText(error)), error: true });
      }
    })();
  }

  async function importOpml(file: File) {
    const text = await utf8Text(file);
    const { readOpml } = await import('../../core/intake/opml');
    const read = text === null ? null : readOpml(text);
    if (!read?.ok) return setLine({ text: read?.error ?? t('inbox_opmlNotText'), error: true });
    follow(read.value.map((feed) => feed.url));
  }

  async function exportOpml() {
    const { writeOpml } = await import('../../core/intake/opml');
    downloadText(writeOpml(feeds, 'Digest Clipper'), 'feeds.opml', 'text/x-opml');
  }

  return (
    <section aria-labelledby="feeds-title" class="inbox-feeds">
      <h3 id="feeds-title">{t('inbox_feedsTitle')}</h3>
      <ul aria-labelledby="feeds-title">
        {feeds.map((feed) => (
          <li key={feed.id}>
            <span>{feed.title}</span>{' '}
            {feed.error ? (
              <span class="error">{t('inbox_feedFailed', feed.error)}</span>
            ) : (
              <span class="muted">
                {feed.lastPolledAt
                  ? t('inbox_feedRead', feed.lastPolledAt.slice(0, 16))
                  : t('inbox_feedWaiting')}
              </span>
            )}{' '}
            <button type="button" onClick={() => removeFeed(feed.id).then(reload)}>
              {t('inbox_feedRemove', feed.title)}
            </button>
          </li>
        ))}
      </ul>
      <div class="row">
        <label for="feed-url">{t('inbox_feedUrl')}</label>
        <input
          id="feed-url"
          type="url"
          value={url}
          onInput={(e) => setUrl(e.currentTarget.value)}
        />
        <button type="button" disabled={!url.trim()} onClick={() => follow([url])}>
          {t('inbox_feedFollow')}
        </button>
        <FilePicker
          label={t('inbox_opmlImport')}
          accept=".opml,.xml,text/xml"
          onFile={importOpml}
        />
        <button type="button" disabled={feeds.length === 0} onClick={exportOpml}>
          {t('inbox_opmlExport')}
        </button>
      </div>
      {line && (
        <p role="status" class={line.error ? 'error' : 'muted'}>
          {line.text}
        </p>
      )}
    </section>
  );
}
