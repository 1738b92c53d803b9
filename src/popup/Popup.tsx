import browser from 'webextension-polyfill';
import { clipUrlProblem } from '../core/url-problem';
import { t } from '../ui/i18n';
import { urlProblemMessage } from '../ui/url-problem-text';
import { ClipForm } from './ClipForm';
import { useCapture } from './use-capture';

/**
 * Why a save failed, in the popup's language. The background checks the URL with the same
 * `validateClipUrl` and answers in English, so a URL refusal is named again from the
 * field; any other reason is shown as the background gave it.
 */
function failure(url: string | undefined, message: string): string {
  const problem = clipUrlProblem(url ?? '');
  if (!problem) return message;
  const { key, subs } = urlProblemMessage(problem);
  return t(`ws_${key}`, subs);
}

export function Popup() {
  const { capture, loadError, status, update, save } = useCapture();
  return (
    <main>
      <h1>{t('extName')}</h1>
      {loadError && (
        <p role="alert" class="error">
          {loadError}
        </p>
      )}
      {!capture && !loadError && <p class="muted">{t('popupLoading')}</p>}
      {capture?.existing && (
        <p class="notice" data-testid="already-clipped">
          <strong>{t('popupAlreadyClipped')}</strong>{' '}
          {t('popupAlreadyClippedWhere', [
            capture.existing.issueTitle,
            capture.existing.categoryLabel,
          ])}
        </p>
      )}
      {capture && <ClipForm capture={capture} status={status} onChange={update} onSave={save} />}
      <p role="status" class="status">
        {status.kind === 'saving' && t('popupSaving')}
        {status.kind === 'saved' && (
          <>
            <strong class="ok">{t('popupSaved')}</strong>{' '}
            <a
              href={browser.runtime.getURL('src/options/index.html')}
              target="_blank"
              rel="noreferrer"
              onClick={(event) => {
                event.preventDefault();
                void browser.runtime.openOptionsPage();
              }}
            >
              {t('popupOpenWorkspace')}
            </a>
          </>
        )}
      </p>
      {status.kind === 'error' && (
        <p role="alert" class="error">
          {t('popupSaveFailed')} {failure(capture?.fields.url, status.message)}
        </p>
      )}
    </main>
  );
}
