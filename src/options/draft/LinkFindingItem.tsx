import type { LinkFinding } from '../../core/links/rules';
import { itemHeading } from '../../core/markdown';
import type { Clip } from '../../core/model';
import { type MessageKey, t } from '../../ui/i18n';

const WORDS: Record<LinkFinding['rule'], MessageKey> = {
  'forbidden-param': 'ws_linkForbiddenParam',
  'warn-host': 'ws_linkWarnHost',
  'title-length': 'ws_linkTitleLength',
  'video-prefix': 'ws_linkVideoPrefix',
  duplicate: 'ws_linkDuplicate',
  malformed: 'ws_linkMalformed',
  simplify: 'ws_linkSimplify',
  dead: 'ws_linkDead',
  moved: 'ws_linkMoved',
  login: 'ws_linkLogin',
  slow: 'ws_linkSlow',
};

interface Props {
  finding: LinkFinding;
  clip: Clip | undefined;
  busy: boolean;
  onFix: (clip: Clip, url: string) => void;
}

/** One link finding on its item: its words, a link to the item, and its fix where known. */
export function LinkFindingItem({ finding, clip, busy, onFix }: Props) {
  const heading = clip ? itemHeading(clip) : finding.clipId;
  const severity = t(finding.severity === 'error' ? 'ws_linkError' : 'ws_linkWarning');
  const fix = finding.fix;
  return (
    <li
      class={`finding finding-link finding-${finding.severity}`}
      data-clip={finding.clipId}
      data-rule={finding.rule}
    >
      <a href={`#clip-${finding.clipId}-heading`}>
        {severity}: {t(WORDS[finding.rule], heading, finding.detail)}
      </a>
      {fix && clip && (
        <button
          type="button"
          class="link-fix"
          disabled={busy}
          aria-label={t('ws_linkFixLabel', heading, fix)}
          onClick={() => onFix(clip, fix)}
        >
          {t('ws_linkFix')}
        </button>
      )}
    </li>
  );
}

interface ListProps {
  /** The id of the heading that names the list. */
  labelledBy: string;
  findings: readonly LinkFinding[];
  clips: ReadonlyMap<string, Clip>;
  /** The clip whose fix is being written, if any. */
  busy: string | null;
  onFix: (clip: Clip, url: string) => void;
}

/** Link findings, each on its item: the list the rules and the live check both show. */
export function LinkFindingList({ labelledBy, findings, clips, busy, onFix }: ListProps) {
  return (
    <ul aria-labelledby={labelledBy}>
      {findings.map((finding, index) => (
        <LinkFindingItem
          key={`${finding.rule}-${finding.clipId}-${index}`}
          finding={finding}
          clip={clips.get(finding.clipId)}
          busy={busy === finding.clipId}
          onFix={onFix}
        />
      ))}
    </ul>
  );
}
