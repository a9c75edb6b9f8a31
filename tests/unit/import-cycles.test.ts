/**
 * No import cycle in src/: a cycle makes evaluation order depend on which module loads first (a value read
 * before its module has run is undefined, or a TDZ error), and it keeps lazy chunks from splitting cleanly.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCycles, importGraph, valueImports } from './import-graph';

const src = fileURLToPath(new URL('../../src', import.meta.url));

describe('import graph', () => {
  it('reads value imports and skips type-only ones and import()', () => {
    const code = [
      "import { a } from './a';",
      "import b, { type B } from '../b';",
      "import type { C } from './c';",
      "import { type D, type E } from './d';",
      "export { f } from './f';",
      "export * from './g';",
      "import './side-effect';",
      "import {\n  h,\n  i,\n} from './h';",
      "const lazy = () => import('./lazy');",
      "import { zustand } from 'zustand';",
      "export type { J } from './j';",
    ].join('\n');
    expect(valueImports(code).sort()).toEqual(['../b', './a', './f', './g', './h', './side-effect']);
  });

  it('finds a cycle, once, however long', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
    ]);
    expect(findCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts'], ['e.ts', 'e.ts']]);
    expect(findCycles(new Map([['a.ts', ['b.ts']], ['b.ts', []]]))).toEqual([]);
  });

  it('has no import cycle in src/', () => {
    const graph = importGraph(src);
    expect(graph.size, 'modules read').toBeGreaterThan(50);
    expect(graph.get('xr/store.ts'), 'store builds the left controller').toContain('xr/LeftController.tsx');
    expect(findCycles(graph).map((c) => c.join(' → '))).toEqual([]);
  });
});
