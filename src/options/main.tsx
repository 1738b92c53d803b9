import { render } from 'preact';
import '../ui/base.css';
import './workspace.css';
import './workspace-layout.css';
import './workspace-overlays.css';
import '../ui/outline/outline.css';
import { t, uiLanguage } from '../ui/i18n';
import { keepBadgeInSync } from './badge-sync';
import { Workspace } from './Workspace';
import { startFirstRead } from './workspace-data';

// Before the first render: the workspace's own read would start in an effect, which
// Preact runs only after the first frame (workspace-data.ts).
startFirstRead();

// The page's language is that of the strings it shows, so screen readers pick the voice.
document.documentElement.lang = uiLanguage();
document.title = t('ws_appTitle');

keepBadgeInSync();

const root = document.getElementById('app');
if (root) render(<Workspace />, root);
