import { useState } from 'preact/hooks';
import { serializeBackup } from '../../core/backup';
import type { BackupFile } from '../../core/backup/schema';
import { issueFilePath, issueTitle, styleOf } from '../../core/markdown';
import { combinePacks } from '../../core/merge/files';
import { previewTeamMerge } from '../../storage/backup/merge';
import { currentDraftPack, readPacks } from '../../storage/backup/packs';
import { fetchTeamPacks, pushIssueFile, sharePack, webLinks } from '../../team/sync';
import { t } from '../../ui/i18n';
import { useCustomStyles } from '../shared/use-styles';
import { failureText } from './messages';
import { type Review, TeamReview } from './TeamReview';
import type { ActionProps, Status } from './types';

type Props = ActionProps;

const short = (oid: string) => oid.slice(0, 7);

/** Share, get and publish: each one clone, at most one commit, and a message. */
export function TeamActions({ connection, doc, markdown, busy, run, onChanged }: Props) {
  const [review, setReview] = useState<Review | null>(null);
  const customStyles = useCustomStyles();
  const { config, token, name } = connection;
  const remote = { config, token };
  const guarded = (work: () => Promise<Status | null>) =>
    run(async () => {
      if (!name) return { kind: 'error', text: t('team_needName') };
      try {
        return await work();
      } catch (error) {
        return { kind: 'error', text: failureText(error, config.branch) };
      }
    });
  const retried = (count: number) => (count > 0 ? ` ${t('team_retried')}` : '');

  const share = () =>
    guarded(async () => {
      const { issue, pack } = await currentDraftPack(name);
      const result = await sharePack(remote, issue.date, name, serializeBackup(pack));
      const text = result.pushed
        ? t('team_shared', pack.clips.length, result.path, short(result.oid))
        : t('team_sharedSame', result.path);
      return { kind: 'info', text: text + retried(result.retried) };
    });

  const getTeam = () =>
    guarded(async () => {
      setReview(null);
      const { packs } = await fetchTeamPacks(remote, doc.issue.date, name);
      const read = readPacks(packs);
      const left = read.refused.map((r) => t('team_refusedPack', r.name, r.error)).join(' ');
      if (read.files.length === 0) {
        return {
          kind: left ? 'error' : 'info',
          text: `${t('team_noPacks', doc.issue.date)} ${left}`.trim(),
        };
      }
      const combined = combinePacks(read.files);
      if (!combined.ok) throw new Error(t('team_refusedPack', combined.name, combined.error));
      const preview = await previewTeamMerge(combined.value);
      if (!preview.ok) throw new Error(preview.error);
      setReview({
        file: combined.value as BackupFile,
        names: read.files.map((f) => f.name),
        preview: preview.value,
      });
      return left ? { kind: 'error', text: left } : null;
    });

  const publish = () =>
    guarded(async () => {
      const result = await pushIssueFile(
        remote,
        { ...doc.issue, title: issueTitle(doc.issue) },
        name,
        markdown,
        issueFilePath(styleOf(doc.issue.style, customStyles), doc.issue),
      );
      const text = result.pushed
        ? t('team_published', result.path, config.branch, short(result.oid))
        : t('team_publishedSame', result.path);
      return {
        kind: 'info',
        text: text + retried(result.retried),
        links: webLinks(config.url, config.branch, result.oid),
        hint: t('team_pullRequestHint', config.branch),
      };
    });

  return (
    <>
      <section aria-labelledby="team-clips-title">
        <h3 id="team-clips-title">{t('team_shareTitle')}</h3>
        <div class="team-actions">
          <button type="button" disabled={busy} onClick={share}>
            {t('team_share')}
          </button>
          <button type="button" disabled={busy} onClick={getTeam}>
            {t('team_getTeam')}
          </button>
        </div>
        {review && (
          <TeamReview
            review={review}
            busy={busy}
            run={run}
            onDone={() => {
              setReview(null);
              onChanged();
            }}
            onCancel={() => setReview(null)}
          />
        )}
      </section>
      <section aria-labelledby="team-publish-title">
        <h3 id="team-publish-title">{t('team_publishTitle')}</h3>
        <button type="button" disabled={busy} onClick={publish}>
          {t('team_publish')}
        </button>
      </section>
    </>
  );
}
