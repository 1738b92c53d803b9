import type { LiveResult } from './live';
import type { LinkFinding } from './rules';

/**
 * A live check's verdict as a finding on its item, or null when the link answered well.
 * Dead links and sign-in pages are errors (readers cannot read them); a permanent move is
 * a warning whose fix is the new address; a slow answer a warning.
 */
export function liveFinding(result: LiveResult, clipId: string): LinkFinding | null {
  const at = { clipId, url: result.url };
  const verdict = result.verdict;
  switch (verdict.kind) {
    case 'ok':
      return null;
    case 'dead':
      return { ...at, rule: 'dead', severity: 'error', detail: verdict.reason };
    case 'moved':
      return { ...at, rule: 'moved', severity: 'warning', detail: verdict.to, fix: verdict.to };
    case 'login':
      return { ...at, rule: 'login', severity: 'error', detail: verdict.to };
    case 'slow':
      return {
        ...at,
        rule: 'slow',
        severity: 'warning',
        detail: `${(verdict.ms / 1000).toFixed(1)} s`,
      };
  }
}
