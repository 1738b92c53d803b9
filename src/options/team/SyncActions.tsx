import { useState } from 'preact/hooks';
import { importIssue, issueTitle } from '../../core/markdown';
import type { EditionConflict } from '../../core/merge/editions';
import { type Choice, resolveConflicts } from '../../core/merge/markers';
import { syncIntoDraft } from '../../storage/issues/sync-draft';
import { commitEdition } from '../../team/proposal';
import { authorOf } from '../../team/sync';
import { fetchUpstreamEdition, planSync } from '../../team/upstream';
import { t } from '../../ui/i18n';
import { useCustomStyles } from '../shared/use-styles';
import { ConflictChoices } from './ConflictChoices';
import { type EditionContext, editionCommitFailure, editionContext } from './edition-remotes';
import { saveEditionState } from './edition-state';
import type { ActionProps } from './types';

type Props = ActionProps;

interface Pending {
  context: EditionContext;
  merged: string;
  theirs: string;
  head: string;
  conflicts: EditionConflict[];
  expectIds: string[];
}

/**
 * Sync: the base branch's edition merged into the current issue by items, with the
 * edition as of the last sync as the base. Items that arrived are named; items changed
 * both ways wait for the editor's choice. An open proposal branch is then brought up to
 * date with the base branch by a merge commit.
 */
export function SyncActions({ connection, doc, markdown, busy, run, onChanged }: Props) {
  const customStyles = useCustomStyles();
  const [pending, setPending] = useState<Pending | null>(null);
  const { config, name } = connection;

  /** Writes the merged edition into the draft, then the proposal branch. */
  async function apply(
    context: EditionContext,
    text: string,
    theirs: string,
    head: string,
    expectIds: string[],
  ) {
    const { state, digestId, style } = context;
    const { arrived } = await syncIntoDraft(importIssue(text, { style }), doc.issue.id, expectIds);
    await saveEditionState(digestId, { ...state, base: theirs, head });
    onChanged();
    const names = arrived.map((clip) => clip.pageTitle || clip.heading || clip.url).join(', ');
    const said = arrived.length ? t('team_syncedArrived', arrived.length, names) : t('team_synced');
    return said + (await updateProposal(context, text, theirs));
  }

  async function updateProposal(context: EditionContext, text: string, base: string | null) {
    const branch = context.state.proposal;
    if (!branch || !name) return '';
    const result = await commitEdition({
      upstream: context.upstream,
      push: context.push,
      branch,
      path: context.state.path,
      base,
      ours: text,
      style: context.style,
      author: authorOf(name),
      message: t('team_mergeMessage', config.branch, issueTitle(doc.issue)),
    });
    return result.pushed ? ` ${t('team_proposalUpdated', branch, result.oid.slice(0, 7))}` : '';
  }

  const sync = () =>
    run(async () => {
      setPending(null);
      try {
        const context = await editionContext(connection, doc, customStyles);
        if (!context) return { kind: 'error', text: t('team_needEdition') };
        const fetched = await fetchUpstreamEdition(context.upstream, context.state.path);
        const plan = planSync(context.state.base, markdown, fetched.text, context.style);
        const expectIds = doc.clips.map((clip) => clip.id);
        if (plan.kind === 'unchanged') {
          const updated = await updateProposal(context, markdown, context.state.base);
          return { kind: 'info', text: t('team_syncUnchanged') + updated };
        }
        if (!plan.merge.clean) {
          const { text: merged, conflicts } = plan.merge;
          setPending({
            context,
            merged,
            theirs: plan.theirs,
            head: fetched.head,
            conflicts,
            expectIds,
          });
          return { kind: 'info', text: t('team_conflictsIntro', conflicts.length) };
        }
        const text = await apply(context, plan.merge.text, plan.theirs, fetched.head, expectIds);
        return { kind: 'info', text };
      } catch (error) {
        return { kind: 'error', text: editionCommitFailure(error, config.branch) };
      }
    });

  const choose = (choices: Choice[]) => {
    const chosen = pending;
    if (!chosen) return;
    run(async () => {
      try {
        const text = resolveConflicts(chosen.merged, choices);
        const said = await apply(
          chosen.context,
          text,
          chosen.theirs,
          chosen.head,
          chosen.expectIds,
        );
        setPending(null);
        return { kind: 'info', text: said };
      } catch (error) {
        return { kind: 'error', text: editionCommitFailure(error, config.branch) };
      }
    });
  };

  return (
    <section aria-labelledby="team-sync-title">
      <h3 id="team-sync-title">{t('team_syncTitle')}</h3>
      <button type="button" disabled={busy} onClick={sync}>
        {t('team_sync')}
      </button>
      {pending && (
        <ConflictChoices
          conflicts={pending.conflicts}
          busy={busy}
          onApply={choose}
          onCancel={() => setPending(null)}
        />
      )}
    </section>
  );
}
