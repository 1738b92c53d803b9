import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const MESSAGES: Record<string, Entry> = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8'),
);

/**
 * `i18n.getMessage` as Chrome answers it from `_locales/en`: an unknown key gives '';
 * each `$name$` becomes its placeholder's content (names compared case-insensitively);
 * then `$1`…`$9` take the substitutions (a missing one gives nothing) and `$$` is `$`.
 */
export function englishMessage(key: string, substitutions?: string | string[]): string {
  const entry = MESSAGES[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  const expanded = entry.message.replace(
    /\$(\w+)\$/g,
    (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole,
  );
  return expanded.replace(/\$(\$|[1-9])/g, (_, what: string) =>
    what === '$' ? '$' : (subs[Number(what) - 1] ?? ''),
  );
}
