import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { moduleFile } from './core-subjects';
import { filesUnder, isScript, parseFile, ROOT, resolveSpecifier } from './source';

/** Every file of src/ and the project files it imports, type-only imports included. */
export function importGraph(): Map<string, string[]> {
  const exists = (path: string) => existsSync(join(ROOT, path));
  const graph = new Map<string, string[]>();
  for (const file of filesUnder('src').filter(isScript)) {
    const targets = parseFile(file).imports.flatMap((ref) => {
      const target = ref.literal ? resolveSpecifier(file, ref.specifier) : null;
      const module = target === null ? null : moduleFile(target, exists);
      return module ? [module] : [];
    });
    graph.set(file, targets);
  }
  return graph;
}

/** Each import cycle once, as the files around it; an empty list when there is none. */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  // Tarjan's strongly connected components: any component of more than one file, or a
  // file that imports itself, is a cycle.
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string) => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(target) ?? 0));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file) ?? 0, index.get(target) ?? 0));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || graph.get(file)?.includes(file)) found.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}
