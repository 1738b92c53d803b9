import { checkLinks, describeLinkFinding } from '../core/links/check';
import { checkLive, type LinkFetch } from '../core/links/live';
import { liveFinding } from '../core/links/live-findings';
import { normalizeUrl } from '../core/links/normalize';
import type { LinkSeverity } from '../core/links/rules';
import { importDocument, ReadLimitError } from '../core/markdown';
import type { Clip } from '../core/model';
import { CliError, type CliIo, readText } from './io';
import { earlierIssues, linkKeys, textAtRef } from './link-sources';
import { chosenStyle, type StyleOptions } from './style-options';

export interface LinkCheckOptions extends StyleOptions {
  archive?: string[];
  since?: string;
  onlyNew?: string;
  json?: boolean;
  offline?: boolean;
  /** Seconds a link may take before it counts as dead. */
  timeout?: string;
  /** Seconds past which an answer counts as slow. */
  slow?: string;
}

/** One line of the report: where, which rule, how bad, what to do. */
interface Reported {
  line: number;
  rule: string;
  severity: LinkSeverity;
  message: string;
  url: string;
  fix?: string;
}

function seconds(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback * 1000;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 600) {
    throw new CliError(`${flag} takes a number of seconds above 0 and at most 600`, 2);
  }
  return n * 1000;
}

/** Each clip's line in the file (1-based): the first line not yet taken that holds its URL. */
function itemLines(markdown: string, clips: readonly Clip[]): Map<string, number> {
  const lines = markdown.split('\n');
  const taken = new Set<number>();
  const found = new Map<string, number>();
  for (const clip of clips) {
    const at = lines.findIndex(
      (line, i) => !taken.has(i) && clip.url !== '' && line.includes(clip.url),
    );
    if (at >= 0) taken.add(at);
    found.set(clip.id, at + 1);
  }
  return found;
}

const nodeFetch: LinkFetch = (url, init) => fetch(url, init);

/**
 * `check ISSUE.md --links`: the style's link rules, duplicates against the archive, and
 * unless `--offline` every link fetched. With `--since` or `--only-new`, only the items
 * added since then are checked, so a pull request sees its own problems. Exit 1 when
 * anything is an error, 0 with warnings only.
 */
export async function checkLinksCommand(
  io: CliIo,
  path: string,
  options: LinkCheckOptions,
  fetchLink: LinkFetch = nodeFetch,
): Promise<number> {
  if (options.since !== undefined && options.onlyNew !== undefined) {
    throw new CliError('give --since or --only-new, not both', 2);
  }
  const timeoutMs = seconds(options.timeout, '--timeout', 10);
  const slowMs = seconds(options.slow, '--slow', 5);
  const markdown = await readText(io, path, 'markdown');
  let imported: ReturnType<typeof importDocument>;
  try {
    const style = await chosenStyle(io, options);
    imported = importDocument(markdown, style ? { style } : {});
  } catch (error) {
    if (error instanceof ReadLimitError) throw new CliError(`${path}: ${error.message}`);
    throw error;
  }
  const { doc, style } = imported;
  const before =
    options.since !== undefined
      ? await textAtRef(path, options.since)
      : options.onlyNew !== undefined
        ? await readText(io, options.onlyNew, 'markdown')
        : null;
  const old = before === null ? new Set<string>() : linkKeys(before, style);
  const clips = doc.clips.filter((c) => c.url && !old.has(normalizeUrl(c.url)));
  if (doc.clips.length === 0) {
    throw new CliError(
      `${path}: not a digest issue: no item found in it (read as style ${style.name})`,
    );
  }
  const recent = style.links?.duplicateIssues ?? 0;
  const earlier = await earlierIssues(io, options.archive ?? [], path, style, recent);
  const findings = checkLinks(clips, style.links ?? {}, earlier);
  if (!options.offline) {
    const results = await checkLive(
      clips.map((c) => c.url),
      { fetch: fetchLink, timeoutMs, slowMs },
    );
    results.forEach((result, i) => {
      const finding = liveFinding(result, clips[i]?.id ?? '');
      if (finding) findings.push(finding);
    });
  }
  const lines = itemLines(markdown, doc.clips);
  const order = new Map(clips.map((c, i) => [c.id, i]));
  const reported: Reported[] = findings
    .sort((a, b) => (order.get(a.clipId) ?? 0) - (order.get(b.clipId) ?? 0))
    .map((f) => ({
      line: lines.get(f.clipId) ?? 0,
      rule: f.rule,
      severity: f.severity,
      message: describeLinkFinding(f),
      url: f.url,
      ...(f.fix ? { fix: f.fix } : {}),
    }));
  const errors = reported.filter((r) => r.severity === 'error').length;
  const warnings = reported.length - errors;
  const checked = options.offline ? 'rules only, not fetched' : 'rules and fetched';
  if (options.json) {
    const report = {
      file: path,
      style: style.name,
      links: clips.length,
      errors,
      warnings,
      findings: reported,
    };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    for (const r of reported)
      io.stdout(`${path}:${r.line}: ${r.severity} ${r.rule}: ${r.message}\n`);
    io.stdout(
      `${path}: ${clips.length} links checked (${checked}), ${errors} errors, ${warnings} warnings\n`,
    );
  }
  return errors > 0 ? 1 : 0;
}
