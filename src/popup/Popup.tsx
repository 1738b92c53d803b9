import browser from 'webextension-polyfill';
import { t } from '../ui/i18n';
import { ClipForm } from './ClipForm';
import { useCapture } from './use-capture';

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
          {t('popupSaveFailed')} {status.message}
        </p>
      )}
    </main>
  );
}
