import { render } from 'preact';
import '../ui/base.css';
import '../ui/outline/outline.css';
import './sidepanel.css';
import { t, uiLanguage } from '../ui/i18n';
import { SidePanel } from './SidePanel';

document.documentElement.lang = uiLanguage();
document.title = t('sp_title');

const root = document.getElementById('app');
if (root) render(<SidePanel />, root);
