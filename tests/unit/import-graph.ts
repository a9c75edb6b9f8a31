/**
 * The static import graph of the app's TypeScript sources, for the import-cycle test: which local modules each
 * module imports at evaluation time. Type-only imports (erased by the compiler) and `import()` (loaded later,
 * after both modules have run) are not edges: only static value imports make evaluation order matter.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Relative specifiers a module imports for their values (`import … from`, `export … from`, `import './x'`). */
export function valueImports(code: string): string[] {
  const out = new Set<string>();
  const clause = /^[ \t]*(?:import|export)\s+(type\s+)?([\w$*{}\s,]*?)\s*from\s*['"](\.{1,2}\/[^'"]*)['"]/gm;
  for (const m of code.matchAll(clause)) {
    const [, typeOnly, names = '', spec] = m;
    if (typeOnly || !spec) continue;
    // `import { type A, type B } from` is erased too; one value name keeps it.
    const braces = names.match(/\{([^}]*)\}/);
    const outside = names.replace(/\{[^}]*\}/, '').replace(/[\s,]/g, '');
    if (braces && !outside && braces[1]!.split(',').every((n) => !n.trim() || /^type\s/.test(n.trim()))) continue;
    out.add(spec);
  }
  for (const m of code.matchAll(/^[ \t]*import\s*['"](\.{1,2}\/[^'"]*)['"]/gm)) out.add(m[1]!);
  return [...out];
}

const extensions = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The module file a relative specifier names, or null for non-TypeScript files (JSON, CSS, fonts). */
export function resolveSpecifier(from: string, spec: string): string | null {
  for (const ext of extensions) {
    const p = resolve(dirname(from), spec + ext);
    if (/\.tsx?$/.test(p) && existsSync(p) && statSync(p).isFile()) return p;
  }
  return null;
}

/** Every .ts/.tsx file under `dir` (declaration files excluded). */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out.sort();
}

/** Module → modules it imports for their values, for every source under `dir` (paths relative to `dir`). */
export function importGraph(dir: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(dir)) {
    const targets = valueImports(readFileSync(file, 'utf8'))
      .map((s) => resolveSpecifier(file, s))
      .filter((p): p is string => p !== null)
      .map((p) => relative(dir, p));
    graph.set(relative(dir, file), [...new Set(targets)].sort());
  }
  return graph;
}

/** The cycles of a graph, each once, as the module path from a module back to itself (depth-first search). */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') {
        const cycle = stack.slice(stack.indexOf(next));
        // One rotation per cycle: start at its smallest module name.
        const start = cycle.indexOf([...cycle].sort()[0]!);
        const key = [...cycle.slice(start), ...cycle.slice(0, start)];
        if (!seen.has(key.join('>'))) {
          seen.add(key.join('>'));
          cycles.push([...key, key[0]!]);
        }
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}
