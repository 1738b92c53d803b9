import { useState } from 'preact/hooks';
import { issueTitle } from '../../core/markdown';
import { localIsoDate } from '../../storage/issues/issues';
import { editorSlug, validBranch } from '../../team/config';
import { proposalLink } from '../../team/links';
import { commitEdition } from '../../team/proposal';
import { authorOf } from '../../team/sync';
import { t } from '../../ui/i18n';
import { useCustomStyles } from '../shared/use-styles';
import { editionCommitFailure, editionContext } from './edition-remotes';
import { saveEditionState } from './edition-state';
import { TextField } from './TextField';
import type { ActionProps } from './types';

type Props = Omit<ActionProps, 'onChanged'>;

/**
 * Propose the edition on a branch of the push repository (named from the editor and the
 * date, editable), then open the pull request; or, with write access, commit it to the
 * base branch.
 */
export function ProposeActions({ connection, doc, markdown, busy, run }: Props) {
  const customStyles = useCustomStyles();
  const { config, name } = connection;
  const [branch, setBranch] = useState(
    `digest/${editorSlug(name) || 'editor'}-${localIsoDate(new Date())}`,
  );

  const send = (toBase: boolean) =>
    run(async () => {
      if (!name) return { kind: 'error', text: t('team_needName') };
      const target = toBase ? config.branch : branch.trim();
      if (!validBranch(target)) return { kind: 'error', text: t('team_errBranch') };
      try {
        const context = await editionContext(connection, doc, customStyles);
        if (!context) return { kind: 'error', text: t('team_needEdition') };
        const { upstream, push, style, state, digestId } = context;
        const result = await commitEdition({
          upstream,
          push: toBase ? upstream : push,
          branch: target,
          path: state.path,
          base: state.base,
          ours: markdown,
          style,
          author: authorOf(name),
          message: t('team_editionMessage', issueTitle(doc.issue), name),
        });
        if (!toBase) await saveEditionState(digestId, { ...state, proposal: target });
        const short = result.oid.slice(0, 7);
        const retried = result.retried > 0 ? ` ${t('team_retried')}` : '';
        const merged = result.mergedUpstream ? ` ${t('team_mergedUpstream')}` : '';
        if (toBase) {
          const text = result.pushed
            ? t('team_committedToBase', state.path, config.branch, short)
            : t('team_sameOnBranch', config.branch);
          return { kind: 'info', text: text + merged + retried };
        }
        const link = proposalLink(config.url, config.pushUrl, config.branch, target);
        const said = result.pushed
          ? t('team_proposed', state.path, target, short)
          : t('team_sameOnBranch', target);
        const where = t('team_pullRequestFrom', link.fork, target, link.upstream, config.branch);
        return {
          kind: 'info',
          text: `${said}${merged}${retried} ${where}`,
          ...(link.url ? { pullRequest: link.url } : {}),
        };
      } catch (error) {
        return { kind: 'error', text: editionCommitFailure(error, target) };
      }
    });

  return (
    <section aria-labelledby="team-propose-title">
      <h3 id="team-propose-title">{t('team_proposeTitle')}</h3>
      <TextField
        id="team-proposal-branch"
        label={t('team_proposalBranch')}
        hint={t('team_proposalBranchHint')}
        value={branch}
        onInput={setBranch}
      />
      <div class="team-actions">
        <button type="button" disabled={busy} onClick={() => send(false)}>
          {t('team_propose')}
        </button>
        <button type="button" disabled={busy} onClick={() => send(true)}>
          {t('team_commitToBase')}
        </button>
      </div>
    </section>
  );
}
