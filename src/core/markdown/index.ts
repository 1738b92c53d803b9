/**
 * The Markdown engine's entry point: house styles as data, and the one engine that reads a
 * digest issue into spans and items and writes it back by the same templates. Code outside
 * this folder imports the engine from here; the only other doors are the two that pull a
 * large library and are loaded by `import()` where first needed: `style/schema.ts`
 * (validating a style from outside, with zod) and `site/checks.ts` (a site's rules, with
 * markdown-it). A rule test keeps it so.
 *
 * The phases, in the order a document travels: `document/` splits it into lines and blocks
 * and reads its frame; `style/` holds the styles and compiles them; `template/` compiles,
 * fills and matches item templates, each placeholder escaped for where it stands; `read/`
 * explains a document by a style and assembles the issue; `write/` writes an issue back,
 * span by span; `site/` holds what a publishing site requires (file names, front matter).
 */

export { issueTitle } from './document/frame';
export {
  editableFrontMatter,
  FIELD_NAME,
  type FrontMatterField,
  frontMatterValueProblem,
} from './document/front-matter-fields';
export { bare, dominantEol, isBlank, splitLines, withEol } from './document/lines';
export { type Detected, detectStyle } from './read/detect';
export { type ImportOptions, importDocument, importIssue } from './read/import';
export { documentLinks } from './read/links';
export { clipsFromOutside } from './read/outside';
export {
  type Explained,
  explain,
  type Parsed,
  type Piece,
  parseDocument,
  type ReadOptions,
  readIssue,
} from './read/read';
export { fileName, issueFilePath } from './site/file-path';
export { siteRuleProblems } from './site/front-matter-checks';
export {
  archiveFolder,
  expandEditionPath,
  matchArchivePath,
  matchEditionPath,
  type PathMatch,
  patternProblem,
} from './site/repository-path';
export { BUILTIN_STYLE_NAMES, BUILTIN_STYLES } from './style/builtin';
export { allStyles, DEFAULT_STYLE, findStyle, styleOf } from './style/catalog';
export { compileStyle } from './style/compile';
export {
  fieldProblem,
  fieldsApart,
  fieldValue,
  type ItemField,
  itemFields,
  shownValue,
  withFieldValues,
} from './style/fields';
export {
  proposedLayout,
  REPOSITORY_LAYOUTS,
  type RepositoryLayout,
} from './style/repositories';
export type { HouseStyle } from './style/schema';
export type { Starter } from './style/starter';
export { ReadLimitError } from './template/match';
export { clipSum, itemHeading, siteOf } from './template/values';
export { renderIssue } from './write/render';
export { renderItem } from './write/write';
