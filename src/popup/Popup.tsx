import { useEffect, useState } from 'preact/hooks';
import type { Issue } from '../core/model';
import { issueTitle } from '../core/render';
import { countClips, getCurrentDraft } from '../storage';

type State =
  | { status: 'loading' }
  | { status: 'ready'; issue: Issue; count: number }
  | { status: 'error'; message: string };

export function Popup() {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    getCurrentDraft()
      .then(async (issue) =>
        setState({ status: 'ready', issue, count: await countClips(issue.id) }),
      )
      .catch((error: Error) => setState({ status: 'error', message: error.message }));
  }, []);
  return (
    <main>
      <h1>Digest Clipper</h1>
      {state.status === 'loading' && <p class="muted">Loading…</p>}
      {state.status === 'error' && (
        <p role="alert" class="error">
          {state.message}
        </p>
      )}
      {state.status === 'ready' && (
        <p data-testid="draft">
          {issueTitle(state.issue)}: {state.count} clips
        </p>
      )}
    </main>
  );
}
