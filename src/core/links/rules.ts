/**
 * A house style's link rules, as data: what a digest refuses or warns about in the links of
 * an issue. Every field is optional; a style without rules checks nothing here. The schema
 * that validates them from outside is rules-schema.ts (zod stays out of this file, so a page
 * that only runs the checks does not load it).
 */
export interface LinkRules {
  /** Refuse the tracking list (trackers.ts): `utm_*`, `fbclid`, `si` on YouTube... */
  refuseTrackers?: boolean;
  /** More query parameters the digest refuses, compared lower-case. */
  forbiddenParams?: string[];
  /**
   * Links to warn about, with the words the editor reads. `path` is matched segment by
   * segment, `*` standing for any one segment: `/*\/*` on github.com is a bare repository.
   */
  warnHosts?: HostWarning[];
  /** The longest link title (the item's heading) the digest prints whole. */
  titleMax?: number;
  /** Items that link a video host carry this prefix, such as `[video] `. */
  video?: { hosts: string[]; prefix: string };
  /** A link already published in one of the last N issues is a duplicate. */
  duplicateIssues?: number;
  /** Refuse links that are not http(s) or mailto, and warn about doubled slashes. */
  wellFormed?: boolean;
}

export interface HostWarning {
  host: string;
  path?: string;
  message: string;
}

/** What a finding stops: an error fails a preflight, a warning is for the editor to weigh. */
export type LinkSeverity = 'error' | 'warning';

export type LinkRule =
  | 'forbidden-param'
  | 'warn-host'
  | 'title-length'
  | 'video-prefix'
  | 'duplicate'
  | 'malformed'
  | 'simplify'
  // What fetching the link found (live.ts): no answer or an error status, a permanent
  // move (the new URL is the fix), a sign-in page instead of the article, a slow answer.
  | 'dead'
  | 'moved'
  | 'login'
  | 'slow';

/** One rule broken by one item, with a better URL where one is known. */
export interface LinkFinding {
  rule: LinkRule;
  severity: LinkSeverity;
  clipId: string;
  url: string;
  /** The refused parameters, the host's message, the title's length, the earlier issue. */
  detail: string;
  /** The URL to use instead, where the fix is certain. */
  fix?: string;
}

/**
 * This Week in Rust's rules, from its CI's link inspection: tracking parameters refused,
 * malformed schemes refused and doubled slashes flagged, duplicates across the 25 most
 * recent issues; and as its editors ask, no bare GitHub repository or crates.io page, titles
 * cut at 70 characters, videos and audio tagged.
 */
export const TWIR_LINK_RULES: LinkRules = {
  refuseTrackers: true,
  wellFormed: true,
  duplicateIssues: 25,
  titleMax: 70,
  video: { hosts: ['youtube.com', 'youtu.be', 'vimeo.com'], prefix: '[video] ' },
  warnHosts: [
    {
      host: 'github.com',
      path: '/*/*',
      message: 'link to the release notes or a post, not the bare repository',
    },
    {
      host: 'crates.io',
      path: '/crates/*',
      message: 'link to the announcement or the docs, not the crates.io page',
    },
  ],
};
