import { clipSum } from '../markdown';
import type { Clip } from '../model';
import { validateClipUrl } from '../text/url';

/**
 * Why a clip URL may not enter a backup, or null when it may. Empty is allowed (imported
 * items without a link). Anything else must be what the popup would accept for clipping,
 * so a teammate's pack cannot bring in `javascript:` or `data:` links that a later screen
 * might show as clickable. The URL is kept as written, not re-serialised, because imported
 * issues must render back byte for byte.
 */
export function checkBackupUrl(url: string): string | null {
  if (url === '') return null;
  const check = validateClipUrl(url);
  return check.ok ? null : check.reason;
}

export interface DroppedUrl {
  clipId: string;
  url: string;
  reason: string;
}

/**
 * Makes a clip fit for a backup: a link that `checkBackupUrl` refuses is removed. An
 * imported item keeps its exact text (its checksum is taken again without the link), so the
 * issue still renders the same while no field holds the refused URL on its own. The
 * Markdown importer keeps whatever a hand-written issue links to; this is where such a link
 * stops, so every file we write can be read back.
 */
export function withSafeUrl<C extends Clip>(clip: C): { clip: C; dropped?: DroppedUrl } {
  const reason = checkBackupUrl(clip.url);
  if (reason === null) return { clip };
  const safe = { ...clip, url: '' } as C;
  if (clip.source && clip.source.sum === clipSum(clip))
    safe.source = { ...clip.source, sum: clipSum(safe) };
  return { clip: safe, dropped: { clipId: clip.id, url: clip.url, reason } };
}

/** `withSafeUrl` over a list. */
export function withSafeUrls<C extends Clip>(clips: C[]): { clips: C[]; dropped: DroppedUrl[] } {
  const dropped: DroppedUrl[] = [];
  const fixed = clips.map((clip) => {
    const result = withSafeUrl(clip);
    if (result.dropped) dropped.push(result.dropped);
    return result.clip;
  });
  return { clips: fixed, dropped };
}
