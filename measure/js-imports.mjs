/**
 * Reading a built module's imports, for the budget tests (tests/e2e/measure.ts) and the benchmark: which files
 * load before the first picture (static imports) and which later. Plain JavaScript so both share one copy.
 */

/** Relative specifiers of a module's static imports and re-exports (`import … from "./x.js"`, `import "./x.js"`, `export … from`). */
export function staticImports(code) {
  const out = new Set();
  for (const m of code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+?\.js)["']/g)) out.add(m[1]);
  return [...out];
}

/** Relative specifiers loaded with `import("./x.js")` or listed in Vite's preload map (`__vite__mapDeps`). */
export function dynamicImports(code) {
  const out = new Set();
  for (const m of code.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+?\.js)["']\s*\)/g)) out.add(m[1]);
  const deps = code.match(/__vite__mapDeps\s*=[^[]*\[([^\]]*)\]/);
  if (deps) for (const m of deps[1].matchAll(/["'](\.{1,2}\/[^"']+?\.js)["']/g)) out.add(m[1]);
  return [...out];
}
