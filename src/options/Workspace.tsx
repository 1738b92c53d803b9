import { useEffect, useState } from 'preact/hooks';
import type { Category, Issue } from '../core/model';
import { categoryLabel } from '../core/model';
import { issueTitle } from '../core/render';
import { getCurrentDraft, listCategories } from '../storage';

type State =
  | { status: 'loading' }
  | { status: 'ready'; issue: Issue; categories: Category[] }
  | { status: 'error'; message: string };

export function Workspace() {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    Promise.all([getCurrentDraft(), listCategories()])
      .then(([issue, categories]) => setState({ status: 'ready', issue, categories }))
      .catch((error: Error) => setState({ status: 'error', message: error.message }));
  }, []);
  return (
    <main>
      <h1>Digest Clipper workspace</h1>
      {state.status === 'loading' && <p class="muted">Loading…</p>}
      {state.status === 'error' && (
        <p role="alert" class="error">
          {state.message}
        </p>
      )}
      {state.status === 'ready' && (
        <section aria-labelledby="draft-title">
          <h2 id="draft-title">{issueTitle(state.issue)}</h2>
          <ul aria-label="Categories">
            {state.categories.map((c) => (
              <li key={c.id}>{categoryLabel(c)}</li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
