import browser from 'webextension-polyfill';
import { type TeamConfig, teamConfigFrom } from '../../team/config';

/**
 * The repository settings and the token, in the extension's local storage: not in the
 * IndexedDB database, so backups, exports and packs never carry them. The token has its
 * own key so it can be removed alone.
 */
const CONFIG_KEY = 'teamRepository';
const TOKEN_KEY = 'teamToken';

export async function loadTeamConfig(): Promise<TeamConfig | null> {
  return teamConfigFrom((await browser.storage.local.get(CONFIG_KEY))[CONFIG_KEY]);
}

export async function saveTeamConfig(config: TeamConfig, token?: string): Promise<void> {
  await browser.storage.local.set({
    [CONFIG_KEY]: config,
    ...(token ? { [TOKEN_KEY]: token } : {}),
  });
}

export async function loadToken(): Promise<string> {
  const token = (await browser.storage.local.get(TOKEN_KEY))[TOKEN_KEY];
  return typeof token === 'string' ? token : '';
}

export async function removeToken(): Promise<void> {
  await browser.storage.local.remove(TOKEN_KEY);
}

/** Enough to tell two tokens apart, never enough to use one. */
export function maskToken(token: string): string {
  return token.length > 8 ? `••••••••${token.slice(-4)}` : '••••••••';
}
