import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { setSetting } from '../../storage/digests/settings';
import {
  checkConfig,
  originPattern,
  parseFolders,
  repositoryUrl,
  type TeamConfig,
} from '../../team/config';
import { TeamError } from '../../team/errors';
import { checkRemote } from '../../team/sync';
import { t } from '../../ui/i18n';
import { maskToken, removeToken, saveTeamConfig } from './credentials';
import { LayoutFields, type Proposal } from './LayoutFields';
import { failureText, problemText } from './messages';
import { TextField } from './TextField';
import type { Connection, Status } from './types';

interface Props {
  initial: TeamConfig;
  /** The repository layout the digest's house style proposes, if it knows one. */
  proposal: Proposal | null;
  storedToken: string;
  name: string;
  busy: boolean;
  run: (work: () => Promise<Status | null>) => void;
  onName: (name: string) => void;
  onConnected: (connection: Connection) => void;
  onTokenRemoved: () => void;
}

type Field = Exclude<keyof TeamConfig, 'archiveFolders'>;

/** The repository, the credentials and the editor's name, with Connect. */
export function ConnectForm(props: Props) {
  const { initial, storedToken, name, busy, run } = props;
  const [config, setConfig] = useState<TeamConfig>(initial);
  const [archive, setArchive] = useState(initial.archiveFolders.join(', '));
  const [token, setToken] = useState('');

  function connect(event: Event) {
    event.preventDefault();
    const trimmed: TeamConfig = {
      ...config,
      url: config.url.trim(),
      pushUrl: config.pushUrl.trim(),
      branch: config.branch.trim(),
      editionPath: config.editionPath.trim(),
      archiveFolders: parseFolders(archive),
    };
    const problem = checkConfig(trimmed);
    const secret = token.trim() || storedToken;
    const editor = name.trim();
    const early = problem
      ? problemText(problem)
      : !secret
        ? t('team_needToken')
        : !editor
          ? t('team_needName')
          : null;
    if (early) {
      run(async () => ({ kind: 'error', text: early }));
      return;
    }
    const url = repositoryUrl(trimmed.url) as URL;
    const push = trimmed.pushUrl ? (repositoryUrl(trimmed.pushUrl) as URL) : url;
    // Asked here, in the click itself, before any await: browsers grant host access only
    // inside the user's gesture, and only for these origins (a fork may live elsewhere).
    const origins = [...new Set([originPattern(url), originPattern(push)])];
    const asked = browser.permissions.request({ origins });
    run(async () => {
      try {
        if (!(await asked)) throw new TeamError('permission', url.host);
        await checkRemote({ config: trimmed, token: secret });
      } catch (error) {
        return { kind: 'error', text: failureText(error, trimmed.branch) };
      }
      await saveTeamConfig(trimmed, token.trim() || undefined);
      await setSetting('clippedBy', editor);
      setToken('');
      props.onConnected({ config: trimmed, token: secret, name: editor });
      return { kind: 'info', text: t('team_connected', trimmed.branch, url.host) };
    });
  }

  const field = (id: Field, label: string, hint?: string) => (
    <TextField
      id={`team-${id}`}
      label={label}
      {...(hint ? { hint } : {})}
      value={config[id]}
      onInput={(value) => setConfig({ ...config, [id]: value })}
    />
  );

  return (
    <form class="team-connect" onSubmit={connect} aria-labelledby="team-repo-title">
      <h3 id="team-repo-title">{t('team_repoTitle')}</h3>
      {field('url', t('team_url'), t('team_urlHint'))}
      {field('pushUrl', t('team_pushUrl'), t('team_pushUrlHint'))}
      {field('branch', t('team_branch'), t('team_branchHint'))}
      <LayoutFields
        config={config}
        archive={archive}
        proposal={props.proposal}
        busy={busy}
        onConfig={setConfig}
        onArchive={setArchive}
      />
      {field('folder', t('team_folder'), t('team_folderHint'))}
      {field('publishPath', t('team_publishPath'), t('team_publishPathHint'))}
      {field('username', t('team_username'))}
      <div class="team-field">
        <label for="team-token">{t('team_token')}</label>
        <input
          id="team-token"
          type="password"
          value={token}
          onInput={(event) => setToken(event.currentTarget.value)}
          aria-describedby="team-token-hint team-token-state"
          autocomplete="off"
        />
        <p id="team-token-hint" class="muted">
          {t('team_tokenHint')}
        </p>
        <p id="team-token-state">
          {storedToken ? t('team_tokenStored', maskToken(storedToken)) : t('team_tokenNone')}
          {storedToken && (
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                run(async () => {
                  await removeToken();
                  props.onTokenRemoved();
                  return { kind: 'info', text: t('team_tokenRemoved') };
                })
              }
            >
              {t('team_removeToken')}
            </button>
          )}
        </p>
      </div>
      <div class="team-field">
        <label for="team-name">{t('team_yourName')}</label>
        <input
          id="team-name"
          type="text"
          value={name}
          maxLength={200}
          onInput={(event) => props.onName(event.currentTarget.value)}
          onChange={(event) => setSetting('clippedBy', event.currentTarget.value.trim())}
          aria-describedby="team-name-hint"
          autocomplete="name"
        />
        <p id="team-name-hint" class="muted">
          {t('team_yourNameHint')}
        </p>
      </div>
      <button type="submit" disabled={busy}>
        {t('team_connect')}
      </button>
    </form>
  );
}
