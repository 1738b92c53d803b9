import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The real digest issues live beside the repository in ../shared/fixtures, never in it
 * (they are not ours to publish). A developer without that folder runs everything else;
 * CI always has it, so there a missing folder means the run would prove less than it
 * claims, and it fails instead of skipping.
 */
export const SHARED_FIXTURES = resolve(import.meta.dirname, '../../../../shared/fixtures');

export const sharedFixture = (name: string) => resolve(SHARED_FIXTURES, name);

/** CI=true (or 1), as CI sets it; a local run leaves it unset. */
export const underCi = () => ['true', '1'].includes(process.env.CI ?? '');

/**
 * True when the shared folder (and each named file in it) is present. When something is
 * missing: throws under CI, and otherwise warns and returns false so the caller can skip.
 */
export function requireShared(...names: string[]): boolean {
  return checkShared(SHARED_FIXTURES, names, underCi());
}

/** requireShared with its folder and CI flag given, so a test can try both cases. */
export function checkShared(folder: string, names: string[], ci: boolean): boolean {
  const paths = [folder, ...names.map((name) => resolve(folder, name))];
  const missing = paths.filter((path) => !existsSync(path));
  if (missing.length === 0) return true;
  const what = `${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} absent`;
  if (ci) {
    throw new Error(
      `${what}: CI=true runs the real-digest tests, so ../shared/fixtures must sit beside the clone.`,
    );
  }
  console.warn(`Skipping real-digest tests: ${what}.`);
  return false;
}
