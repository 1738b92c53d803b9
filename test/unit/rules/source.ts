import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
// Oxc's TypeScript parser, re-exported by vite 8 (a direct dependency): a real parser, so
// comments, strings and type annotations never count as imports or references.
// TypeScript 7's own package exposes only its version and an unstable, process-based API.
import { type ESTree, parseSync } from 'vite';

export const ROOT = resolve(import.meta.dirname, '../../..');
const SCRIPT = /\.(?:[cm]?ts|tsx|[cm]?js|jsx)$/;

/** Every file under `dir`, as a path relative to the repository with `/` separators. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out.sort();
}

/** Lines as an editor numbers them: a final newline ends the last line, it starts none. */
export function lineCount(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

export const isScript = (path: string) => SCRIPT.test(path);

export interface ImportRef {
  /** The specifier as written, or the source text of a dynamic import that is not a literal. */
  specifier: string;
  /** False when `import(expression)` names no fixed module, so nothing can be checked. */
  literal: boolean;
}

export interface Parsed {
  imports: ImportRef[];
  program: ESTree.Program;
}

/** Parses TypeScript or JavaScript; throws with the parser's messages when it cannot. */
export function parseSource(path: string, text: string): Parsed {
  const result = parseSync(path, text);
  if (result.errors.length > 0) {
    throw new Error(`${path} does not parse: ${result.errors.map((e) => e.message).join('; ')}`);
  }
  const { staticImports, staticExports, dynamicImports } = result.module;
  const imports: ImportRef[] = [
    ...staticImports.map((entry) => ({ specifier: entry.moduleRequest.value, literal: true })),
    ...staticExports.flatMap((statement) =>
      statement.entries.flatMap((entry) =>
        entry.moduleRequest ? [{ specifier: entry.moduleRequest.value, literal: true }] : [],
      ),
    ),
    ...dynamicImports.map(({ moduleRequest }) => {
      const raw = text.slice(moduleRequest.start, moduleRequest.end);
      const quoted = /^(['"`])([^'"`$\\]*)\1$/.exec(raw);
      return quoted
        ? { specifier: quoted[2] ?? '', literal: true }
        : { specifier: raw, literal: false };
    }),
  ];
  // `export * from` and a re-export of several names from one module give one entry each.
  const unique = new Map(imports.map((ref) => [`${ref.literal}:${ref.specifier}`, ref]));
  return { imports: [...unique.values()], program: result.program };
}

export function parseFile(path: string): Parsed {
  return parseSource(path, readFileSync(join(ROOT, path), 'utf8'));
}

/** Where a relative specifier points, relative to the repository; null for a package. */
export function resolveSpecifier(fromFile: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  return relative(ROOT, resolve(ROOT, fromFile, '..', specifier))
    .split('\\')
    .join('/');
}

type AnyNode = { type: string; [key: string]: unknown };
const isNode = (value: unknown): value is AnyNode =>
  typeof value === 'object' && value !== null && typeof (value as AnyNode).type === 'string';

/** Children of a node with the key each sits under (type-only parts of TS are left out). */
function* children(node: AnyNode): Generator<[string, AnyNode]> {
  for (const [key, value] of Object.entries(node)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (!isNode(child)) continue;
      // Types (`let t: chrome.tabs.Tab`, interfaces, generics) are not run; but the value
      // inside `x as T`, `x!` or `x satisfies T` is.
      if (child.type.startsWith('TS') && !('expression' in child)) continue;
      yield [key, child];
    }
  }
}

/** Names a binding pattern declares: `a`, `{ a, b: c }`, `[d, ...e]`, `f = 1`. */
function patternNames(node: AnyNode | null | undefined, out: Set<string>): void {
  if (!node) return;
  if (node.type === 'Identifier') out.add(node.name as string);
  else if (node.type === 'ObjectPattern')
    for (const p of node.properties as AnyNode[])
      patternNames((p.type === 'RestElement' ? p.argument : p.value) as AnyNode, out);
  else if (node.type === 'ArrayPattern')
    for (const element of node.elements as (AnyNode | null)[]) patternNames(element, out);
  else if (node.type === 'AssignmentPattern') patternNames(node.left as AnyNode, out);
  else if (node.type === 'RestElement') patternNames(node.argument as AnyNode, out);
  else if (node.type === 'TSParameterProperty') patternNames(node.parameter as AnyNode, out);
}

/** Every name the file declares anywhere (variables, parameters, functions, imports...). */
function declaredNames(program: ESTree.Program): Set<string> {
  const names = new Set<string>();
  const visit = (node: AnyNode) => {
    if (node.type === 'VariableDeclarator') patternNames(node.id as AnyNode, names);
    if (/Function|ClassDeclaration|ClassExpression/.test(node.type))
      patternNames(node.id as AnyNode, names);
    if (/Function/.test(node.type))
      for (const param of (node.params ?? []) as AnyNode[]) patternNames(param, names);
    if (node.type === 'CatchClause') patternNames(node.param as AnyNode, names);
    if (/^Import(Default|Namespace)?Specifier$/.test(node.type))
      patternNames(node.local as AnyNode, names);
    for (const [, child] of children(node)) visit(child);
  };
  visit(program as unknown as AnyNode);
  return names;
}

/** Is an identifier under `key` of `parent` a name rather than a reference to a value? */
function isNameOnly(parent: AnyNode, key: string): boolean {
  const computed = parent.computed === true;
  if (parent.type === 'MemberExpression') return key === 'property' && !computed;
  if (/^(Property|MethodDefinition|PropertyDefinition|AccessorProperty)$/.test(parent.type))
    return key === 'key' && !computed;
  return /Label|MetaProperty|Specifier/.test(parent.type);
}

export interface FreeReference {
  name: string;
  line: number;
}

/**
 * References to `names` that the file does not declare itself: what the code would reach
 * in the global scope at run time. A file that declares one of these names anywhere is
 * taken to mean its own (a deliberate shadow), which keeps the check simple and sound
 * for the globals it guards.
 */
export function freeReferences(parsed: Parsed, text: string, names: string[]): FreeReference[] {
  const declared = declaredNames(parsed.program);
  const wanted = new Set(names.filter((name) => !declared.has(name)));
  const found: FreeReference[] = [];
  const visit = (node: AnyNode, parent: AnyNode | null, key: string) => {
    if (node.type === 'Identifier' && wanted.has(node.name as string)) {
      if (!parent || !isNameOnly(parent, key)) {
        const line = text.slice(0, node.start as number).split('\n').length;
        found.push({ name: node.name as string, line });
      }
    }
    for (const [childKey, child] of children(node)) visit(child, node, childKey);
  };
  visit(parsed.program as unknown as AnyNode, null, '');
  return found;
}
