import type { Clip, PresetName } from './model';
import { PRESETS } from './presets';
import { validateClipUrl } from './url';

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
 * Makes a clip fit for a backup: a link that `checkBackupUrl` refuses is removed, and the
 * item's heading and card lines as the preset wrote them are pinned in `clip.source`, so
 * rendering with that preset still gives the same Markdown while no field holds the refused
 * URL on its own. The Markdown importer keeps whatever a hand-written issue links to; this
 * is where such a link stops, so every file we write can be read back.
 */
export function withSafeUrl<C extends Clip>(
  clip: C,
  preset: PresetName,
): { clip: C; dropped?: DroppedUrl } {
  const reason = checkBackupUrl(clip.url);
  if (reason === null) return { clip };
  const style = PRESETS[preset];
  const verbatim = clip.source?.preset === preset ? clip.source : undefined;
  const headingLine = verbatim?.headingLine ?? style.headingLine(clip);
  const card = verbatim?.card ?? style.card(clip);
  const { source: _old, ...rest } = clip;
  const safe = { ...rest, url: '' } as C;
  const pinned = {
    ...(style.headingLine(safe) === headingLine ? {} : { headingLine }),
    ...(card === null || style.card(safe) === card ? {} : { card }),
  };
  const fixed = Object.keys(pinned).length > 0 ? { ...safe, source: { preset, ...pinned } } : safe;
  return { clip: fixed, dropped: { clipId: clip.id, url: clip.url, reason } };
}

/** `withSafeUrl` over a list, each clip with the preset of its issue. */
export function withSafeUrls<C extends Clip>(
  clips: C[],
  presetOf: (clip: C) => PresetName,
): { clips: C[]; dropped: DroppedUrl[] } {
  const dropped: DroppedUrl[] = [];
  const fixed = clips.map((clip) => {
    const result = withSafeUrl(clip, presetOf(clip));
    if (result.dropped) dropped.push(result.dropped);
    return result.clip;
  });
  return { clips: fixed, dropped };
}
