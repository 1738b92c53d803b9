/**
 * The popup's first script: a few KB, no framework, no database. The form is already in
 * the page's HTML; this fills its words, the tab's heading, title and address, and the
 * category menu remembered from last time, and makes Save and Ctrl+Enter work through the
 * worker. The rest (database, draft, the page's description) loads after, in rest.ts,
 * and only fills fields the user has not typed in, so nothing typed moves or is lost.
 */
import '../ui/base.css';
import './popup.css';
import { type MessageKey, t, uiLanguage } from '../ui/i18n';
import {
  byId,
  fillStrings,
  fillUntouched,
  form,
  offerWholeTitle,
  saveButton,
  showCategories,
  showText,
  touched,
} from './dom';
import { targetTab } from './ext';
import { defaultCategory, type FormFields, fieldsFromTab, whyNotClippable } from './form';
import { recall, remember } from './remembered';
import { save, setStatus } from './save';
import { state } from './state';

// The tab is asked for before anything else: the browser answers while the words, the
// remembered categories and the focus below are set up, instead of after them.
const tabRequest = targetTab();
// Handled in start(); this keeps a refusal that comes before start() awaits it quiet.
tabRequest.catch(() => undefined);

// The page's language is that of its messages, so screen readers pick the right voice.
document.documentElement.lang = uiLanguage();
document.title = t('extName');
// The `data-i18n` names are the HTML's, not the code's, so the type cannot check them;
// test/unit/popup/strings.test.ts holds each one to a message of both locales.
fillStrings((key) => t(key as MessageKey));
// The comment is what the editor came to write; the popup is a small dialog.
byId('field-comment').focus();

const remembered = recall();
const keepOpen = byId<HTMLInputElement>('keep-open');
keepOpen.checked = remembered.keepOpen;
keepOpen.addEventListener('change', () => remember({ keepOpen: keepOpen.checked }));
showCategories(
  remembered.categories,
  defaultCategory(remembered.categories, remembered.lastCategoryId),
);

/** Save needs a tab to clip and a category to file it under. */
export function updateSaveButton(): void {
  const category = (byId<HTMLSelectElement>('field-categoryId').value ?? '') !== '';
  saveButton().disabled = state.saving || !state.tabUrl || !category;
}

form().addEventListener('input', (event) => {
  const name = (event.target as HTMLInputElement).name as keyof FormFields;
  if (!name) return;
  touched.add(name);
  if (name === 'pageTitle') offerWholeTitle();
  setStatus('idle');
});
form().addEventListener('submit', (event) => {
  event.preventDefault();
  void save();
});
form().addEventListener('keydown', (event) => {
  // Ctrl+Enter (Cmd+Enter on macOS) saves from any field, the comment included.
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    void save();
  }
});

/**
 * Test seam, like `?tab=`: with `?hold=rest` the second stage waits until the page calls
 * `releaseRest()`, so a test can type and save in exactly what the first script gave.
 * Without the parameter nothing waits.
 */
function held(): Promise<void> | undefined {
  if (new URLSearchParams(location.search).get('hold') !== 'rest') return undefined;
  return new Promise((release) => {
    (globalThis as { releaseRest?: () => void }).releaseRest = release;
  });
}

async function start(): Promise<void> {
  const hold = held();
  const tab = await tabRequest;
  const url = tab?.url ?? '';
  const refused = whyNotClippable(url);
  if (refused) throw new Error(t(refused));
  state.tabUrl = url;
  const { categoryId: _chosen, ...fromTab } = fieldsFromTab(url, tab?.title ?? '', '');
  fillUntouched(fromTab);
  updateSaveButton();
  const rest = Promise.resolve(hold)
    .then(() => import('./rest'))
    .then(({ loadRest }) => loadRest({ ...tab, url }, updateSaveButton));
  state.restReady = rest.catch(() => undefined);
  await rest;
}

start().catch((error: Error) => {
  if (state.tabUrl) return showText('load-error', error.message);
  form().hidden = true;
  showText('load-error', error.message);
});
