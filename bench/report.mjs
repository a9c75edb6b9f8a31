/** The benchmark's report: the machine it ran on and the table it prints (bench/README.md explains each figure). */
import os from 'node:os';
import { VIEWPORT } from './desktop-run.mjs';

// Sizes in kB and MB of 1000 bytes, as Vite prints them and as the budgets (tests/e2e/budgets.test.ts) count.
const kb = (bytes) => (bytes == null ? '–' : `${(bytes / 1000).toFixed(1)} kB`);
const mb = (bytes) => (bytes == null ? '–' : `${(bytes / 1e6).toFixed(2)} MB`);
const ms = (x) => (x == null ? '–' : `${Math.round(x)} ms`);
const num = (x) => (x == null ? '–' : Number.isInteger(x) ? String(x) : x.toFixed(1));

/** The machine, Node and browser the figures come from. */
export function machine(browserVersion) {
  const cpus = os.cpus();
  return {
    os: `${os.type()} ${os.release()} (${os.platform()} ${os.arch()})`,
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    node: process.version,
    browser: `Chromium ${browserVersion}`,
    webgl: 'SwiftShader (software)',
  };
}

const texStr = (t) => (t ? `${t.width}×${t.height}${t.depth > 1 ? `×${t.depth}` : ''}` : '–');
/** The largest texture among runs (they should agree), as text. */
const largestOf = (list) => list.reduce((a, t) => (t && (!a || t.width * t.height * t.depth > a.width * a.height * a.depth) ? t : a), null);

/** Bytes of the `xr-profiles/` files in a per-file byte count. */
const profileBytes = (perFile) => Object.entries(perFile ?? {}).reduce((a, [f, b]) => (f.startsWith('xr-profiles/') ? a + b : a), 0);

/** The table, as lines of text. */
export function printTable(result) {
  const r = result.median;
  const m = result.machine;
  const lines = [];
  lines.push(`Benchmark of the production build — median of ${result.runs} run(s), ${result.date}`);
  lines.push(`Machine: ${m.os}; ${m.cpu}, ${m.cores} cores, ${m.memory}; Node ${m.node}; ${m.browser}, WebGL via ${m.webgl}`);
  lines.push('');
  const rows = [
    ['Initial JS (entry + static imports), gzip -9', kb(result.build.initialJs.gzip), `${result.build.initialJs.files.join(', ')}`],
    ['Total emitted JS, gzip -9', kb(result.build.totalJs.gzip), `${result.build.totalJs.files.length} files`],
    ['Transferred before first picture', mb(r.desktop.picture.startedBefore.bytes), `${num(r.desktop.picture.startedBefore.requests)} requests started before it (${num(r.desktop.picture.requests)} finished by it: ${mb(r.desktop.picture.bytes)})`],
    ['Transferred once offline cache complete', mb(r.desktop.offline.bytes), `${num(r.desktop.offline.requests)} requests, ${num(r.desktop.offline.cached)}/${num(r.desktop.offline.total)} files cached (server counted ${mb(r.desktop.offline.serverBytes)} of bodies)`],
    ['Headset first visit, until offline-ready', mb(r.headset.bytes), `${num(r.headset.requests)} requests, emulated Quest 3 in a fresh browser entering VR once; controller and hand models ${mb(profileBytes(r.headset.perFile))}`],
    ['Time to first picture (state().ready)', ms(r.desktop.timeToFirstPicture), `first draw call ${ms(r.desktop.timeToFirstDraw)}`],
    [`Frame time ${VIEWPORT.width}×${VIEWPORT.height}, median / p95`, `${ms(r.desktop.frames.median)} / ${ms(r.desktop.frames.p95)}`, `${num(r.desktop.frames.frames)} frames, turning (E held)`],
    ['XR frame time at the table, median / p95', `${ms(r.vr.xrFrames.median)} / ${ms(r.vr.xrFrames.p95)}`, `${num(r.vr.xrFrames.frames)} frames, stereo, emulated Quest 3`],
    ['JS heap after load (after GC)', mb(r.desktop.heapUsed), 'CDP Runtime.getHeapUsage'],
  ];
  const w0 = Math.max(...rows.map((x) => x[0].length));
  const w1 = Math.max(...rows.map((x) => x[1].length));
  for (const [a, b, c] of rows) lines.push(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`);
  lines.push('');
  const first = result.perRun[0];
  const views = [
    ['Desktop overview', r.desktop.overview, result.perRun.map((x) => x.desktop.overview.largestTexture), first.desktop.overview.programNames],
    ['Pavilion close-up (goertek)', r.desktop.closeup, result.perRun.map((x) => x.desktop.closeup.largestTexture), first.desktop.closeup.programNames],
    ['VR tabletop (stereo)', r.vr.table, result.perRun.map((x) => x.vr.table.largestTexture), first.vr.table.programNames],
    ['VR in the park (stereo)', r.vr.park, result.perRun.map((x) => x.vr.park.largestTexture), first.vr.park.programNames],
  ];
  const head = ['View', 'Draw calls', 'Triangles', 'Programs', 'Textures', 'Largest texture', 'Geometries'];
  const body = views.map(([name, v, texs]) => [name, num(v.calls), num(v.triangles), num(v.programs), num(v.textures), texStr(largestOf(texs)), num(v.geometries)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const fmt = (row) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  lines.push(fmt(head));
  lines.push(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) lines.push(fmt(b));
  lines.push('');
  lines.push('Shader programs by material (live programs of the page canvas, first run):');
  for (const [name, , , names] of views) {
    const p = Object.entries(names ?? {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    lines.push(`  ${name}: ${p.map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join(', ') || '–'}`);
  }
  const cross = result.perRun[0].desktop.jsCrossCheck;
  lines.push('');
  lines.push(`JS requested before the first picture ${cross.ok ? 'matches' : 'DIFFERS from'} the build's entry + static imports${cross.ok ? '' : `: only in build graph ${JSON.stringify(cross.onlyInBuildGraph)}, only requested ${JSON.stringify(cross.onlyRequested)}`}.`);
  const xr = result.perRun.flatMap((x) => x.desktop.picture.xrProfileRequests);
  lines.push(xr.length ? `xr-profiles requested before the first picture: ${xr.length}` : 'No xr-profiles/ request before the first picture.');
  const visit = Object.entries(r.headset.perFile).filter(([f]) => f.startsWith('xr-profiles/'));
  lines.push(`Headset first visit, xr-profiles/ on the wire: ${visit.map(([f, b]) => `${f.slice(12)} ${kb(b)}`).join(', ')}.`);
  const errors = result.perRun.flatMap((x) => [...x.desktop.errors, ...x.vr.errors, ...x.headset.errors]);
  if (errors.length) lines.push(`Page errors during the runs (${errors.length}): ${[...new Set(errors)].slice(0, 5).join(' | ')}`);
  const warnings = result.perRun.flatMap((x) => x.desktop.warnings);
  if (warnings.length) lines.push(`Warnings during the desktop runs (${warnings.length}): ${[...new Set(warnings)].slice(0, 5).join(' | ')}`);
  if (result.perRun.some((x) => !x.desktop.offline.ready)) lines.push('The offline cache did NOT complete in every run: "once offline cache complete" is what was transferred until the wait ran out.');
  const emu = largestOf(result.perRun.map((x) => x.vr.park.largestEmulatorTexture));
  if (emu) lines.push(`(Largest texture allocated outside the exhibit's scripts — the headset emulator's own XR framebuffer: ${texStr(emu)}; not counted above.)`);
  return lines.join('\n');
}
