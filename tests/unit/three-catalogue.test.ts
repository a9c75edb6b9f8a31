import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import * as catalogue from '../../src/scene/three-catalogue';
import { isFiberCanvasModule } from '../../build/vite-three-catalogue';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? files(p, ext) : ext.test(e.name) ? [p] : [];
  });
}

/** Lowercase JSX element names that name a three class (`mesh` → Mesh), with where they were seen. */
function threeElements(sources: { file: string; text: string }[], pattern: RegExp): Map<string, string> {
  const found = new Map<string, string>();
  for (const { file, text } of sources) {
    for (const m of text.matchAll(pattern)) {
      const tag = m[1]!;
      const cls = tag[0]!.toUpperCase() + tag.slice(1);
      if (cls in THREE && !found.has(cls)) found.set(cls, file);
    }
  }
  return found;
}

const read = (file: string) => ({ file, text: readFileSync(file, 'utf8') });
/** A source without its inline SVG: `<path>`, `<line>` there are DOM elements, not three's Path and Line. */
const withoutSvg = (s: { file: string; text: string }) => ({ ...s, text: s.text.replace(/<svg[\s>][\s\S]*?<\/svg>/g, '') });

describe('the three.js catalogue handed to fiber in production', () => {
  it('lists every three class the exhibit uses as a JSX element', () => {
    const used = threeElements(files(join(root, 'src'), /\.tsx$/).map(read).map(withoutSvg), /<([a-z][A-Za-z0-9]*)[\s/>]/g);
    expect(used.size).toBeGreaterThan(5);
    for (const [cls, file] of used) expect(catalogue, `<${cls[0]!.toLowerCase()}${cls.slice(1)}> in ${file}`).toHaveProperty(cls);
  });

  it('lists every three class the rendering libraries use as a JSX element', () => {
    const xrDist = join(dirname(require.resolve('@react-three/xr')), '');
    const libs = [...files(xrDist, /\.js$/), join(root, 'node_modules/@react-three/drei/core/CameraControls.js')].map(read);
    const used = threeElements(libs, /(?:jsxs?|createElement)\(["']([a-z][A-Za-z0-9]*)["']/g);
    expect(used.has('Group')).toBe(true);
    for (const [cls, file] of used) expect(catalogue, `${cls} in ${file}`).toHaveProperty(cls);
  });

  it('is substituted in the fiber module that registers the whole namespace', () => {
    const canvasModule = join(root, 'node_modules/@react-three/fiber/dist/react-three-fiber.esm.js');
    expect(isFiberCanvasModule(canvasModule)).toBe(true);
    const text = readFileSync(canvasModule, 'utf8');
    // If fiber stops doing this (or uses THREE for more than its catalogue), the plugin must be revisited.
    expect(text).toContain('extend(THREE)');
    expect([...text.matchAll(/THREE\b/g)].length).toBe(3); // the import, the comment, the extend call
  });
});
