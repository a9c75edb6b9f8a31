#!/usr/bin/env node
/**
 * Before/after picture of the controller and hand models: `node bench/controller-models.mjs <build folder> <out.png>`.
 *
 * Renders each model twice side by side in headless Chromium (three's GLTFLoader, as in the exhibit, lit by
 * three's RoomEnvironment): as @webxr-input-profiles/assets ships it ("before") and as the build ships it
 * (`<build folder>/xr-profiles/`, slimmed by build/glb-optimize.ts, "after"), at rest and with every button,
 * trigger and stick pushed (the profile's visual responses applied with @pmndrs/xr's own code, so a moved
 * animated node would show). Prints each model's bytes and the mean pixel difference per pair.
 */
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../measure/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const [distArg, outArg] = process.argv.slice(2);
if (!distArg || !outArg) {
  console.error('Usage: node bench/controller-models.mjs <build folder> <out.png>');
  process.exit(2);
}
const dist = resolve(distArg);
const assets = join(root, 'node_modules', '@webxr-input-profiles', 'assets', 'dist', 'profiles');
/** The models a Quest 3 and a Pico 4 meet, and the fallbacks. */
const MODELS = [
  ['meta-quest-touch-plus', 'left'],
  ['meta-quest-touch-plus', 'right'],
  ['pico-4', 'right'],
  ['generic-trigger-squeeze-thumbstick', 'right'],
  ['generic-hand', 'right'],
];
const CELL = 360;

const page = `<!doctype html><html><head><meta charset="utf-8"><style>
body{margin:0;background:#20242a;font:14px sans-serif;color:#eee}
#wrap{position:relative;width:${4 * CELL}px}
.l{position:absolute;padding:4px 6px;background:#0008}
</style>
<script type="importmap">{"imports":{"three":"/node_modules/three/build/three.module.js","three/addons/":"/node_modules/three/examples/jsm/"}}</script>
</head><body><div id="wrap"><canvas id="c"></canvas></div>
<script type="module">
import * as THREE from 'three';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';
import { RoomEnvironment } from 'three/addons/environments/RoomEnvironment.js';
import { createUpdateXRControllerVisuals } from '/node_modules/@pmndrs/xr/dist/controller/visual.js';
const models = ${JSON.stringify(MODELS)};
const CELL = ${CELL};
const canvas = document.getElementById('c');
const renderer = new THREE.WebGLRenderer({ canvas, antialias: true, preserveDrawingBuffer: true });
renderer.setPixelRatio(1);
renderer.setSize(4 * CELL, models.length * CELL);
renderer.setScissorTest(true);
const pmrem = new THREE.PMREMGenerator(renderer);
const env = pmrem.fromScene(new RoomEnvironment(), 0.04).texture;
const loader = new GLTFLoader();
const label = (text, x, y) => { const d = document.createElement('div'); d.className = 'l'; d.textContent = text; d.style.left = x + 'px'; d.style.top = y + 'px'; document.getElementById('wrap').append(d); };
async function load(which, id, hand) {
  const url = '/' + which + '/' + id + '/' + hand + '.glb';
  const gltf = await loader.loadAsync(url);
  const model = gltf.scene;
  const profile = await (await fetch('/before/' + id + '/profile.json')).json();
  const layout = profile.layouts?.[hand];
  return { model, layout };
}
function press(model, layout) {
  // Every component pushed: buttons and triggers fully, sticks to one corner.
  const state = {};
  for (const c of Object.keys(layout.components)) state[c] = { state: 'pressed', button: 1, xAxis: 1, yAxis: -1 };
  createUpdateXRControllerVisuals(model, layout, state)();
}
function draw(model, col, row, box) {
  const scene = new THREE.Scene();
  scene.background = new THREE.Color(0x20242a);
  scene.environment = env;
  scene.add(model);
  const size = box.getSize(new THREE.Vector3()).length();
  const centre = box.getCenter(new THREE.Vector3());
  const camera = new THREE.PerspectiveCamera(30, 1, size / 100, size * 10);
  const dir = new THREE.Vector3(0.55, 0.45, 1).normalize();
  camera.position.copy(centre).addScaledVector(dir, size * 1.5);
  camera.lookAt(centre);
  const y = (models.length - 1 - row) * CELL;
  renderer.setViewport(col * CELL, y, CELL, CELL);
  renderer.setScissor(col * CELL, y, CELL, CELL);
  renderer.render(scene, camera);
}
window.run = async () => {
  const out = [];
  for (let row = 0; row < models.length; row++) {
    const [id, hand] = models[row];
    const before = await load('before', id, hand);
    const after = await load('after', id, hand);
    before.model.updateMatrixWorld(true);
    const box = new THREE.Box3().setFromObject(before.model);
    const pb = before.layout && before.model.clone(true);
    const pa = after.layout && after.model.clone(true);
    draw(before.model, 0, row, box);
    draw(after.model, 1, row, box);
    label(id + ' ' + hand + ': before', 4, row * CELL + 4);
    label('after', CELL + 4, row * CELL + 4);
    if (pb && pa) {
      press(pb, before.layout);
      press(pa, after.layout);
      draw(pb, 2, row, box);
      draw(pa, 3, row, box);
      label('pressed: before', 2 * CELL + 4, row * CELL + 4);
      label('after', 3 * CELL + 4, row * CELL + 4);
    }
    out.push({ id, hand, pressed: !!(pb && pa) });
  }
  return out;
};
window.ready = true;
</script></body></html>`;

const types = { '.js': 'text/javascript', '.glb': 'model/gltf-binary', '.json': 'application/json' };
const server = createServer((req, res) => {
  const url = decodeURIComponent((req.url ?? '/').split('?')[0]);
  let file;
  if (url === '/favicon.ico') {
    res.writeHead(204);
    res.end();
    return;
  }
  if (url === '/') {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(page);
    return;
  }
  if (url.startsWith('/before/')) file = join(assets, url.slice(8));
  else if (url.startsWith('/after/')) file = join(dist, 'xr-profiles', url.slice(7));
  else if (url.startsWith('/node_modules/')) file = join(root, url);
  if (!file || url.includes('..')) {
    res.writeHead(404);
    res.end();
    return;
  }
  try {
    statSync(file);
  } catch {
    res.writeHead(404);
    res.end();
    return;
  }
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });
try {
  const p = await browser.newPage({ viewport: { width: 4 * CELL, height: MODELS.length * CELL }, deviceScaleFactor: 1 });
  const errors = [];
  p.on('pageerror', (e) => errors.push(e.message));
  p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await p.goto(base, { timeout: 120_000 });
  await p.waitForFunction(() => window.ready === true, null, { timeout: 60_000 });
  const rows = await p.evaluate(() => window.run());
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  const png = await p.locator('#wrap').screenshot({ path: outArg });
  // Mean absolute difference per pair of cells (0–255), from the picture itself.
  const diffs = await p.evaluate(
    async ({ b64, cell, rows }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      const cellData = (col, row) => g.getImageData(col * cell, row * cell + 30, cell, cell - 30).data; // below the label
      const mad = (a, b) => {
        let s = 0;
        for (let i = 0; i < a.length; i += 4) s += Math.abs(a[i] - b[i]) + Math.abs(a[i + 1] - b[i + 1]) + Math.abs(a[i + 2] - b[i + 2]);
        return s / ((a.length / 4) * 3);
      };
      return rows.map((r, i) => ({ ...r, rest: mad(cellData(0, i), cellData(1, i)), pressed: r.pressed ? mad(cellData(2, i), cellData(3, i)) : null }));
    },
    { b64: png.toString('base64'), cell: CELL, rows },
  );
  for (const d of diffs) {
    const size = (p) => statSync(p).size;
    const b = size(join(assets, d.id, `${d.hand}.glb`));
    const a = size(join(dist, 'xr-profiles', d.id, `${d.hand}.glb`));
    console.log(`${`${d.id}/${d.hand}.glb`.padEnd(48)} ${String(b).padStart(8)} → ${String(a).padStart(7)} bytes; mean pixel difference at rest ${d.rest.toFixed(2)}${d.pressed == null ? '' : `, pressed ${d.pressed.toFixed(2)}`} (of 255)`);
  }
  console.log(`Wrote ${outArg}`);
} finally {
  await browser.close();
  server.close();
}
