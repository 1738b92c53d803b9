import { render } from 'preact';
import '../ui/base.css';
import './popup.css';
import { t, uiLanguage } from '../ui/i18n';
import { Popup } from './Popup';

// The page's language is that of its messages, so screen readers pick the right voice.
document.documentElement.lang = uiLanguage();
document.title = t('extName');

const root = document.getElementById('app');
if (root) render(<Popup />, root);
