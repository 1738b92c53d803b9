import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { proposedLayout } from '../../core/markdown';
import type { IssueDocument } from '../../core/model';
import { getSettings } from '../../storage/digests/settings';
import { DEFAULT_TEAM_CONFIG, type TeamConfig, withLayout } from '../../team/config';
import { errorText } from '../shared/notify';
import { ConnectForm } from './ConnectForm';
import { loadTeamConfig, loadToken } from './credentials';
import { EditionActions } from './EditionActions';
import { ProposeActions } from './ProposeActions';
import { RepositoryArchive } from './RepositoryArchive';
import { SyncActions } from './SyncActions';
import { TeamActions } from './TeamActions';
import type { ActionProps, Connection, Status } from './types';
import './team.css';
import { t } from '../../ui/i18n';

export interface TeamPanelProps {
  doc: IssueDocument;
  markdown: string;
  /** Called after a merge wrote to the draft. */
  onChanged?: () => void;
}

interface Loaded {
  config: TeamConfig;
  connected: boolean;
  token: string;
  name: string;
}

/**
 * The workspace's Team view: connect a git repository, share this editor's clips as
 * their own pack, merge the teammates' packs after a preview, and publish the rendered
 * issue as a commit. Loaded on demand with the git code; nothing else pulls it in.
 */
export function TeamPanel({ doc, markdown, onChanged }: TeamPanelProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const live = useRef(true);
  const style = doc.issue.style;
  const layout = proposedLayout(style);
  const proposal = layout ? { style, layout } : null;

  useEffect(() => {
    live.current = true;
    Promise.all([loadTeamConfig(), loadToken(), getSettings()])
      .then(([config, token, settings]) =>
        setLoaded({
          config: config ?? DEFAULT_TEAM_CONFIG,
          connected: config !== null,
          token,
          name: settings.clippedBy,
        }),
      )
      .catch((error) => setStatus({ kind: 'error', text: errorText(error) }));
    return () => {
      live.current = false;
    };
  }, []);

  const run = useCallback((work: () => Promise<Status | null>) => {
    setBusy(true);
    setStatus({ kind: 'info', text: t('team_working') });
    work()
      .catch((error): Status => ({ kind: 'error', text: errorText(error) }))
      .then((result) => {
        if (!live.current) return;
        setStatus(result);
        setBusy(false);
      });
  }, []);

  const connection: Connection | null =
    loaded?.connected && loaded.token
      ? { config: loaded.config, token: loaded.token, name: loaded.name.trim() }
      : null;

  /** What every group of actions is given once a repository is connected. */
  const given = (connection: Connection): ActionProps => ({
    connection,
    doc,
    markdown,
    busy,
    run,
    onChanged: () => onChanged?.(),
  });
  const needConnect = <p class="muted">{t('team_needConnect')}</p>;
  const actions = connection && (
    <>
      <p class="team-mode">
        {connection.config.editionPath
          ? t('team_modeEdition', connection.config.editionPath)
          : t('team_modePacks')}
      </p>
      {connection.config.editionPath && (
        <>
          <EditionActions {...given(connection)} />
          <ProposeActions {...given(connection)} />
          <SyncActions {...given(connection)} />
          <RepositoryArchive {...given(connection)} />
        </>
      )}
      <TeamActions {...given(connection)} />
    </>
  );

  return (
    <section class="team-panel" aria-labelledby="team-title">
      <h2 id="team-title">{t('team_title')}</h2>
      <p class="muted">{t('team_intro')}</p>
      {loaded && (
        <ConnectForm
          // A first connection starts from the layout the digest's style proposes, and
          // starts again if that style changes; a stored one shows what was stored.
          key={style}
          initial={!loaded.connected && layout ? withLayout(loaded.config, layout) : loaded.config}
          proposal={proposal}
          storedToken={loaded.token}
          name={loaded.name}
          busy={busy}
          run={run}
          onName={(name) => setLoaded({ ...loaded, name })}
          onConnected={(c) =>
            setLoaded({ config: c.config, connected: true, token: c.token, name: c.name })
          }
          onTokenRemoved={() => setLoaded({ ...loaded, token: '' })}
        />
      )}
      <div role="status" aria-live="polite" class="team-status">
        {status && (
          <p class={status.kind === 'error' ? 'error' : undefined}>
            {status.text}
            {status.links && (
              <>
                {' '}
                <a href={status.links.commit} target="_blank" rel="noreferrer">
                  {t('team_openCommit')}
                </a>{' '}
                <a href={status.links.pullRequest} target="_blank" rel="noreferrer">
                  {t('team_openPullRequest')}
                </a>
              </>
            )}
            {!status.links && status.hint && ` ${status.hint}`}
            {status.pullRequest && (
              <>
                {' '}
                <a href={status.pullRequest} target="_blank" rel="noreferrer">
                  {t('team_openPullRequest')}
                </a>
              </>
            )}
          </p>
        )}
      </div>
      {actions || (loaded && needConnect)}
    </section>
  );
}
