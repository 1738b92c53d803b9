import { clipsFromOutside, type HouseStyle } from '../markdown';
import type { Category, Clip, Clock, Digest, Issue, IssueDocument } from '../model';
import { systemClock } from '../model';
import type { Result } from '../model/result';
import { checkReferences, describeIssues, parseJson } from './checks';
import type { BackupCandidate, BackupFeed } from './intake-schema';
import { type LegacyClip, type LegacyIssue, upgradeLegacy } from './legacy';
import { withSafeUrls } from './safe-values';
import {
  type BackupClip,
  type BackupFile,
  type BackupPendingComment,
  backupSchema,
  FORMAT,
  FORMAT_VERSION,
} from './schema';
import type { BackupSettings } from './settings-schema';

/**
 * Validates an untrusted backup or pack. The error names what is wrong and where, in one
 * line: not JSON, not ours, too new, a field of the wrong shape, or broken references.
 */
export function parseBackup(text: string): Result<BackupFile> {
  const json = parseJson(text);
  if (!json.ok) return json;
  const value = json.value as Record<string, unknown> | null;
  if (
    typeof value !== 'object' ||
    value === null ||
    Array.isArray(value) ||
    value.format !== FORMAT
  ) {
    return { ok: false, error: `not a Digest Clipper backup (expected "format": "${FORMAT}")` };
  }
  if (typeof value.version === 'number' && value.version > FORMAT_VERSION) {
    return {
      ok: false,
      error: `made by a newer Digest Clipper (format version ${value.version}); this one reads version ${FORMAT_VERSION}. Update Digest Clipper first`,
    };
  }
  const parsed = backupSchema.safeParse(value);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
  const broken = checkReferences(parsed.data);
  if (broken) return { ok: false, error: broken };
  // Read version 1 as today's model, so no caller sees two shapes.
  const { issues, clips, styles } = upgradeLegacy(
    parsed.data.issues as LegacyIssue[],
    parsed.data.clips as LegacyClip[],
    parsed.data.styles,
  );
  // Whatever a file holds came from outside this profile: its clips are data, and an
  // imported item's exact text is kept only where the house style vouches for it.
  const outside = clipsFromOutside(clips as BackupClip[], styles);
  const file = { ...parsed.data, version: FORMAT_VERSION, issues, clips: outside } as BackupFile;
  const settings = file.settings as Record<string, unknown> | undefined;
  if (settings && typeof settings.preset === 'string') {
    // Version 1's `preset` setting is today's `style` setting.
    const { preset, ...rest } = settings;
    file.settings = {
      style: typeof rest.style === 'string' ? rest.style : preset,
      ...rest,
    } as BackupFile['settings'];
  }
  if (styles.length) file.styles = styles;
  return { ok: true, value: file };
}

export interface BackupContents {
  categories: Category[];
  issues: Issue[];
  /** Clips with `deletedAt` are in the trash; a full backup keeps them. */
  clips: (Clip & { deletedAt?: string })[];
  settings?: BackupSettings;
  drafts?: BackupPendingComment[];
  /** The editor's own house styles. */
  styles?: HouseStyle[];
  /** The editor's digests, when there is more than the first. */
  digests?: Digest[];
  /** Each digest's inbox and followed feeds. */
  inbox?: BackupCandidate[];
  feeds?: BackupFeed[];
}

/**
 * A file ready to serialise. Links the format refuses (see `withSafeUrl`) are moved out of
 * the clips here, so that every file Digest Clipper writes is one it can read back.
 */
export function createBackup(
  contents: BackupContents,
  kind: BackupFile['kind'] = 'backup',
  now: Clock = systemClock,
): BackupFile {
  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    kind,
    exportedAt: now().toISOString(),
    categories: contents.categories,
    issues: contents.issues,
    clips: withSafeUrls(contents.clips).clips as BackupClip[],
    ...(contents.settings ? { settings: contents.settings } : {}),
    ...(contents.drafts ? { drafts: contents.drafts } : {}),
    ...(contents.styles?.length ? { styles: contents.styles } : {}),
    ...(contents.digests?.length ? { digests: contents.digests } : {}),
    ...(contents.inbox?.length ? { inbox: contents.inbox } : {}),
    ...(contents.feeds?.length ? { feeds: contents.feeds } : {}),
  };
}

/**
 * Stable, readable JSON, so packs kept in git diff well: keys in the schema's order
 * whatever order the objects were built in, so a file read and written again (by `merge`,
 * or an export after a restore) changes only where its data changed.
 */
export function serializeBackup(file: BackupFile): string {
  const canonical = backupSchema.safeParse(file);
  return `${JSON.stringify(canonical.success ? canonical.data : file, null, 2)}\n`;
}

export function backupFromDocument(doc: IssueDocument, now: Clock = systemClock): BackupFile {
  return createBackup(
    { categories: doc.categories, issues: [doc.issue], clips: doc.clips },
    'pack',
    now,
  );
}

/** The model's clip: a backup's trash mark is storage state, not part of the clip. */
export function withoutTrashMark(clip: BackupClip): Clip {
  const { deletedAt: _trash, ...rest } = clip;
  return rest as Clip;
}

/**
 * The issue a command works on: the one asked for, else the only issue, else the newest
 * draft; with its clips outside the trash.
 */
export function documentFromBackup(file: BackupFile, issueId?: string): Result<IssueDocument> {
  const drafts = file.issues.filter((i) => i.status === 'draft');
  const issue = issueId
    ? file.issues.find((i) => i.id === issueId)
    : file.issues.length === 1
      ? file.issues[0]
      : drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  if (!issue) {
    return {
      ok: false,
      error: issueId
        ? `no issue "${issueId}" in the file`
        : 'the file has no draft issue; name one with --issue ID',
    };
  }
  return {
    ok: true,
    value: {
      issue: issue as Issue,
      categories: file.categories as Category[],
      clips: file.clips.filter((c) => c.issueId === issue.id && !c.deletedAt).map(withoutTrashMark),
    },
  };
}
