import { render } from 'preact';
import '../ui/base.css';
import './popup.css';
import { t, uiLanguage } from '../ui/i18n';
import { loadCapture } from './load';
import { Popup } from './Popup';

// The page's language is that of its messages, so screen readers pick the right voice.
document.documentElement.lang = uiLanguage();
document.title = t('extName');

// Reading the tab and the database starts now, before the first render needs them.
void loadCapture().catch(() => undefined);

const root = document.getElementById('app');
if (root) render(<Popup />, root);
