/**
 * The Team view's visible strings in English. The shown text comes from `_locales`
 * (`team_<key>`, English and Japanese); this map is the fallback where no `chrome.i18n`
 * exists, and a unit test holds `_locales/en` equal to it.
 */
const EN = {
  title: 'Team',
  intro:
    'Share clips with your team through a git repository: each editor’s clips travel as their own file, and the issue is published as a commit.',
  repoTitle: 'Repository',
  url: 'Repository URL',
  urlHint: 'The HTTPS address you would clone, such as https://github.com/team/digest.git',
  branch: 'Branch',
  folder: 'Folder',
  folderHint: 'Packs are written to this folder, one file per editor and issue.',
  publishPath: 'Issue file path',
  publishPathHint:
    '{date} and {number} are filled in from the issue. Leave it empty to use the path the house style names for its site.',
  username: 'User name',
  token: 'Token',
  tokenHint:
    'A personal access token with read and write access to this repository. It is kept only in this browser, never in backups.',
  tokenStored: 'A token is stored: $1',
  tokenNone: 'No token is stored.',
  removeToken: 'Remove token',
  tokenRemoved: 'The token was removed from this browser.',
  yourName: 'Your name',
  yourNameHint: 'Names your pack file and attributes your comments when the team merges.',
  connect: 'Connect',
  connected: 'Connected: branch $1 of $2 can be read.',
  shareTitle: 'Clips',
  share: 'Share my clips',
  shared: 'Shared $1 clips as $2 (commit $3).',
  sharedSame: 'Your clips are already shared as $1; nothing new to push.',
  getTeam: 'Get team clips',
  noPacks: 'No teammate has shared clips for this issue ($1) yet.',
  refusedPack: 'Left out $1: $2',
  previewFrom: 'From $1',
  teamMerged: 'Merged team clips: $1 added, $2 merged, $3 already there.',
  publishTitle: 'Publish',
  publish: 'Publish to repository',
  published: 'Published the issue as $1 on $2 (commit $3).',
  publishedSame: 'The repository already holds this issue as $1; nothing new to push.',
  openCommit: 'Open the commit',
  openPullRequest: 'Open a pull request',
  pullRequestHint: 'To propose it for review, open a pull request from branch $1 on your git host.',
  retried: 'A teammate pushed first; your file was applied again on top of theirs.',
  needConnect: 'Connect a repository first.',
  needName: 'Enter your name first: it names your pack file.',
  needToken: 'Enter a token first.',
  working: 'Working…',
  cancel: 'Cancel',
  errUrl: 'The repository URL is not valid: use the HTTPS address you would clone.',
  errInsecureUrl:
    'Use an https:// address: plain http would send your token unencrypted (only this machine may use http).',
  errBranch: 'The branch name is not valid.',
  errFolder: 'The folder must be a relative path inside the repository, such as packs.',
  errPublishPath: 'The issue file path must be a relative path, such as issues/{date}.md.',
  errPermission: 'Access to $1 was not allowed, so the repository cannot be reached.',
  errOffline:
    'The repository could not be reached. Check your connection and the URL, then try again.',
  errTimeout: 'The repository did not answer in time. Try again later.',
  errAuth: 'The repository refused the user name or token ($1). Check them and try again.',
  errNotFound: 'No repository was found at this URL, or the token may not see it.',
  errBranchMissing: 'The repository has no branch $1.',
  errNotGit: 'This address does not answer as a git repository.',
  errServer: 'The repository’s server failed ($1). Try again later.',
  errConflict: 'Teammates kept pushing at the same moment; try again.',
  nothingChanged: 'Nothing was changed.',
};

export type TeamString = keyof typeof EN;
/** Every string, English; `_locales/<lang>/messages.json` holds them as `team_<key>`. */
export const TEAM_STRINGS: Readonly<Record<TeamString, string>> = EN;

interface I18n {
  getMessage(name: string, substitutions?: string[]): string;
}

export function tt(key: TeamString, ...values: (string | number)[]): string {
  const subs = values.map(String);
  const i18n = (globalThis as { chrome?: { i18n?: I18n } }).chrome?.i18n;
  const translated = i18n?.getMessage(`team_${key}`, subs);
  if (translated) return translated;
  return EN[key].replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}
