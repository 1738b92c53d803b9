import type { RepositoryLayout } from '../../core/markdown';
import { type TeamConfig, withLayout } from '../../team/config';
import { t } from '../../ui/i18n';
import { TextField } from './TextField';

/** The layout a digest's house style proposes, named by that style. */
export interface Proposal {
  style: string;
  layout: RepositoryLayout;
}

interface Props {
  config: TeamConfig;
  /** The archive folders as typed, read into a list on Connect. */
  archive: string;
  proposal: Proposal | null;
  busy: boolean;
  onConfig: (config: TeamConfig) => void;
  onArchive: (text: string) => void;
}

/**
 * Where the digest's edition and published issues are in its repository. Prefilled from
 * the house style for a new connection; the button fills them in again on demand, since
 * a connection made before these fields existed starts with them empty (packs).
 */
export function LayoutFields({ config, archive, proposal, busy, onConfig, onArchive }: Props) {
  return (
    <fieldset class="team-layout">
      <legend>{t('team_layoutTitle')}</legend>
      <TextField
        id="team-editionPath"
        label={t('team_editionPath')}
        hint={t('team_editionPathHint')}
        value={config.editionPath}
        onInput={(editionPath) => onConfig({ ...config, editionPath })}
      />
      <TextField
        id="team-archive"
        label={t('team_archive')}
        hint={t('team_archiveHint')}
        value={archive}
        onInput={onArchive}
      />
      {proposal && (
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            onConfig(withLayout(config, proposal.layout));
            onArchive(proposal.layout.archive.join(', '));
          }}
        >
          {t('team_useLayout', proposal.style)}
        </button>
      )}
    </fieldset>
  );
}
