import { render } from 'preact';
import '../ui/base.css';
import '../ui/workspace.css';
import '../ui/workspace-overlays.css';
import { Workspace } from './Workspace';

const root = document.getElementById('app');
if (root) render(<Workspace />, root);
