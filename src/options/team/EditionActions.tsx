import { useState } from 'preact/hooks';
import { styleOf } from '../../core/markdown';
import { digestOf } from '../../core/model';
import { digestById, listDigests } from '../../storage/digests/digests';
import { localIsoDate } from '../../storage/issues/issues';
import { EditionFileError, readEdition } from '../../team/edition';
import { openEdition, startEdition } from '../../team/open-edition';
import { t } from '../../ui/i18n';
import { useCustomStyles } from '../shared/use-styles';
import { saveEditionState } from './edition-state';
import { failureText } from './messages';
import type { ActionProps, Status } from './types';

type Props = Omit<ActionProps, 'markdown'>;

type Action = 'open' | 'start';

export function editionFailure(error: unknown, branch: string): string {
  if (!(error instanceof EditionFileError)) return failureText(error, branch);
  const MB = (error.size / 1024 / 1024).toFixed(1);
  const said = {
    tooLarge: () => t('team_editionTooLarge', error.path, MB),
    notUtf8: () => t('team_editionNotUtf8', error.path),
    binary: () => t('team_editionBinary', error.path),
  }[error.reason]();
  return `${said} ${t('team_nothingChanged')}`;
}

/**
 * Open the edition from the repository as the digest's current issue, or start the next
 * one when none is open. Either replaces the draft's clips, which go to the trash; with
 * clips in the draft the editor confirms that first.
 */
export function EditionActions({ connection, doc, busy, run, onChanged }: Props) {
  const customStyles = useCustomStyles();
  const [pending, setPending] = useState<Action | null>(null);
  const { config, token } = connection;
  const remote = { config, token };
  const layout = { edition: config.editionPath, archive: config.archiveFolders };
  const digestId = digestOf(doc.issue);
  const count = doc.clips.length;

  const target = () => ({
    draftId: doc.issue.id,
    style: styleOf(doc.issue.style, customStyles),
    expectTrashed: count,
  });
  const remember = (path: string, head: string, base: string | null) =>
    saveEditionState(digestId, {
      url: config.url,
      branch: config.branch,
      path,
      head,
      base,
      issueId: doc.issue.id,
    });

  const open = async (): Promise<Status> => {
    const today = localIsoDate(new Date());
    const opened = await openEdition(remote, layout, today, target());
    if (opened.kind === 'none') {
      return {
        kind: 'info',
        text: opened.previous
          ? t('team_noEditionOpen', opened.previous.path)
          : t('team_noEditionAtAll', config.editionPath),
      };
    }
    await remember(opened.path, opened.head, opened.text);
    onChanged();
    return { kind: 'info', text: t('team_editionOpened', opened.path, opened.items) };
  };

  const start = async (): Promise<Status> => {
    const read = await readEdition(remote, layout, localIsoDate(new Date()));
    if (read.open) return { kind: 'info', text: t('team_editionAlreadyOpen', read.open.path) };
    if (!read.previous)
      return { kind: 'error', text: t('team_noEditionAtAll', config.editionPath) };
    const digest = digestById(await listDigests(), digestId);
    const steps = { dateStep: digest.dateStep, numberStep: digest.numberStep };
    const started = await startEdition(read.previous, config.editionPath, steps, target());
    await remember(started.path, read.head, null);
    onChanged();
    return { kind: 'info', text: t('team_editionStarted', started.path, read.previous.path) };
  };

  const go = (action: Action, confirmed = false) => {
    if (count > 0 && !confirmed) {
      setPending(action);
      return;
    }
    setPending(null);
    run(async () => {
      try {
        return await (action === 'open' ? open() : start());
      } catch (error) {
        return { kind: 'error', text: editionFailure(error, config.branch) };
      }
    });
  };

  return (
    <section aria-labelledby="team-edition-title">
      <h3 id="team-edition-title">{t('team_editionTitle')}</h3>
      <div class="team-actions">
        <button type="button" disabled={busy} onClick={() => go('open')}>
          {t('team_openEdition')}
        </button>
        <button type="button" disabled={busy} onClick={() => go('start')}>
          {t('team_startEdition')}
        </button>
      </div>
      {pending && (
        <div class="team-review">
          <p>{t('team_replaceDraft', count)}</p>
          <div class="team-actions">
            <button type="button" disabled={busy} onClick={() => go(pending, true)}>
              {pending === 'open' ? t('team_openEdition') : t('team_startEdition')}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t('team_cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
