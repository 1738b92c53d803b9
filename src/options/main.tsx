import { render } from 'preact';
import '../ui/base.css';
import './workspace.css';
import './workspace-layout.css';
import './workspace-overlays.css';
import '../ui/outline/outline.css';
import { t, uiLanguage } from '../ui/i18n';
import { keepBadgeInSync } from './badge-sync';
import { Workspace } from './Workspace';
import { firstReadSettled, startFirstRead } from './workspace-data';

/**
 * How long the first render waits for the draft's read. The read takes tens of
 * milliseconds; rendering before it paints a "Loading" frame whose layout and paint the
 * read's answers then wait behind, and the rows come a frame later (docs/benchmarks.md).
 */
const FIRST_READ_WAIT_MS = 400;

// Before the first render: the workspace's own read would start in an effect, which
// Preact runs only after the first frame (workspace-data.ts).
startFirstRead();

// The page's language is that of the strings it shows, so screen readers pick the voice.
document.documentElement.lang = uiLanguage();
document.title = t('ws_appTitle');

keepBadgeInSync();

const root = document.getElementById('app');
if (root) void firstReadSettled(FIRST_READ_WAIT_MS).then(() => render(<Workspace />, root));
