import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const MESSAGES: Record<string, Entry> = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8'),
);

/** `browser.i18n.getMessage` as the extension answers it in English, for stand-in browsers. */
export function englishMessage(key: string, substitutions?: string | string[]): string {
  const entry = MESSAGES[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => subs[Number(n) - 1] ?? '');
  });
}
