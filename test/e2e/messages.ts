import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { UiLanguage } from './language';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/**
 * A message as the extension shows it in `language`, read from the same `_locales` the
 * build copies, with `$1`… filled in: tests find controls by their real label in either
 * language instead of repeating the translations.
 */
export function messages(language: UiLanguage) {
  const path = resolve(import.meta.dirname, `../../public/_locales/${language}/messages.json`);
  const table = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Entry>;
  return (key: string, ...subs: (string | number)[]): string => {
    const entry = table[key];
    if (!entry) throw new Error(`no message ${key} in ${language}`);
    return entry.message
      .replace(/\$(\w+)\$/g, (_, name: string) => {
        const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
        return content.replace(/\$(\d)/, (__, n: string) => String(subs[Number(n) - 1] ?? ''));
      })
      .replace(/\$\$/g, '$');
  };
}
export type Messages = ReturnType<typeof messages>;
