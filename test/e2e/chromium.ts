import { existsSync } from 'node:fs';

/**
 * Debian's Chromium, never a downloaded browser: branded Chrome 137+ ignores
 * --load-extension, Chromium does not. CHROMIUM_PATH overrides.
 */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install Debian\'s: "apt-get update && apt-get install -y chromium", or set CHROMIUM_PATH.',
    );
  }
  return found;
}

/** Flags for a quiet, offline-friendly headless run as root on a CI machine. */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
