import type { HouseStyle } from '../markdown';
import { clipSum, compileStyle, DEFAULT_STYLE, findStyle, renderItem } from '../markdown';
import type { Clip, Issue } from '../model';

/**
 * Version 1 data (a backup file or the version 1 database) in today's model. Each issue's
 * `preset` becomes its style; a custom item template becomes a style of the editor's own,
 * made from the preset it stood in for; an imported clip's hand-written lines become its
 * source text, so the issue renders exactly as it did.
 */

export interface LegacyIssue extends Omit<Issue, 'style'> {
  style?: string;
  preset?: string;
  itemTemplate?: string;
}

export type LegacySource = Clip['source'] | { preset: string; headingLine?: string; card?: string };
export interface LegacyClip extends Omit<Clip, 'source'> {
  source?: LegacySource;
}

export interface Upgraded {
  issues: Issue[];
  clips: Clip[];
  styles: HouseStyle[];
}

function customStyle(base: HouseStyle, template: string, taken: Set<string>): HouseStyle {
  let n = 1;
  while (taken.has(`custom-${n}`)) n++;
  const name = `custom-${n}`;
  taken.add(name);
  return { ...base, name, label: `Custom item template (from ${base.name})`, items: [template] };
}

function upgradeSource(clip: LegacyClip, style: HouseStyle): Clip {
  const { source, ...rest } = clip;
  if (!source || 'style' in source) return clip as Clip;
  if (source.preset !== style.name) return rest;
  const plain: Clip = rest;
  const lines = renderItem(compileStyle(style), plain).split('\n');
  if (source.headingLine !== undefined) lines[0] = source.headingLine;
  if (source.card !== undefined) {
    const at = lines.findIndex((line) => line.includes('class="embedly-card"'));
    if (at >= 0) lines[at] = source.card;
  }
  return {
    ...plain,
    source: { style: style.name, text: `${lines.join('\n')}\n`, sum: clipSum(plain), shape: 0 },
  };
}

export function upgradeLegacy(
  issues: readonly LegacyIssue[],
  clips: readonly LegacyClip[],
  styles: readonly HouseStyle[] = [],
): Upgraded {
  const own = [...styles];
  const taken = new Set(own.map((s) => s.name));
  const styleOf = new Map<string, HouseStyle>();
  const upgradedIssues = issues.map((issue): Issue => {
    const { preset, itemTemplate, style: named, ...rest } = issue;
    let style =
      findStyle(named ?? preset ?? DEFAULT_STYLE, own) ?? (findStyle(DEFAULT_STYLE) as HouseStyle);
    if (itemTemplate) {
      style = customStyle(style, itemTemplate, taken);
      own.push(style);
    }
    styleOf.set(issue.id, style);
    return { ...rest, style: style.name };
  });
  const upgradedClips = clips.map((clip) => {
    const style = styleOf.get(clip.issueId);
    return style ? upgradeSource(clip, style) : (clip as Clip);
  });
  return { issues: upgradedIssues, clips: upgradedClips, styles: own };
}
