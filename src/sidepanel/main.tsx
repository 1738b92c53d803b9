import { render } from 'preact';
import '../ui/base.css';
import '../ui/outline/outline.css';
import './sidepanel.css';
import { uiLanguage } from '../ui/i18n';
import { SidePanel } from './SidePanel';
import { pt } from './strings';

document.documentElement.lang = uiLanguage();
document.title = pt('title');

const root = document.getElementById('app');
if (root) render(<SidePanel />, root);
