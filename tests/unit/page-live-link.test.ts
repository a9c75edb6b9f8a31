import { describe, expect, it } from 'vitest';
import { parseBoothInfo } from '../../src/booth/booth-info';
import { spectateParam } from '../../src/booth/live-status';
import { backoffMs, liveUrl } from '../../src/booth/live/connection';
import { pickTarget, reportSelection, yawOf } from '../../src/booth/live/follow';
import { deviceId, newDeviceId } from '../../src/booth/live/identity';
import { headsetModel } from '../../src/lib/headset-model';
import { isReport, parseServerMessage, type DeviceEntry, type Report } from '../../src/booth/live/protocol';
import { buildReport, originToPose, reportChanged, shouldSend, wireLayout, wirePose } from '../../src/booth/live/report';
import { startTourState, stepTour } from '../../src/booth/tour';

const report = (over: Partial<Report> = {}): Report => ({
  type: 'report',
  lang: 'en',
  mode: 'explore',
  view: 'overview',
  selected: null,
  panel: null,
  xr: false,
  xrPlace: null,
  pose: null,
  origin: null,
  visible: true,
  tour: null,
  ...over,
});
const device = (id: string, over: Partial<DeviceEntry> = {}): DeviceEntry => ({ deviceId: id, label: `Quest 3 #${id}`, model: 'Quest 3', connected: true, lastSeen: 1, report: report(), ...over });
const inVR = (id: string, over: Partial<DeviceEntry> = {}) => device(id, { report: report({ xr: true, xrPlace: 'table', pose: { p: [0, 1.6, 0], q: [0, 0, 0, 1] } }), ...over });

describe('live link, page side: messages from the server', () => {
  it('accepts welcome, devices, spectate and commands, and drops anything malformed', () => {
    expect(parseServerMessage('{"type":"welcome","role":"device","deviceId":"abc123","label":"Quest 3 #1"}')).toMatchObject({ type: 'welcome', label: 'Quest 3 #1' });
    expect(parseServerMessage(JSON.stringify({ type: 'devices', devices: [inVR('abc123')] }))).toMatchObject({ type: 'devices', devices: [{ deviceId: 'abc123' }] });
    expect(parseServerMessage('{"type":"spectate","deviceId":null}')).toEqual({ type: 'spectate', deviceId: null });
    expect(parseServerMessage('{"type":"command","action":"tourStop","index":3}')).toEqual({ type: 'command', action: 'tourStop', index: 3 });
    expect(parseServerMessage('{"type":"command","action":"lang","lang":"zh"}')).toEqual({ type: 'command', action: 'lang', lang: 'zh' });
    for (const bad of [
      'not json',
      '[]',
      'null',
      '{"type":"command","action":"explode"}',
      '{"type":"command","action":"lang","lang":"fr"}',
      '{"type":"command","action":"tourStop","index":-1}',
      '{"type":"command","action":"tourStop","index":1.5}',
      '{"type":"command","action":"label","label":""}',
      '{"type":"devices","devices":[{"deviceId":"abc123"}]}',
      JSON.stringify({ type: 'devices', devices: [device('abc123', { report: report({ pose: { p: [0, Infinity, 0], q: [0, 0, 0, 1] } }) })] }),
      '{"type":"unknown"}',
    ])
      expect(parseServerMessage(bad), bad).toBeNull();
    expect(parseServerMessage(42)).toBeNull();
  });

  it('checks reports field by field', () => {
    expect(isReport(report())).toBe(true);
    expect(isReport({ ...report(), lang: 'de' })).toBe(false);
    expect(isReport({ ...report(), pose: { p: [0, 0], q: [0, 0, 0, 1] } })).toBe(false);
    expect(isReport({ ...report(), tour: { index: 0.5, total: 3, playing: true } })).toBe(false);
  });
});

describe('live link, page side: discovery and connection', () => {
  it('reads booth.json: the live path only when it is a non-empty string; analytics only with a live link; a public URL only when http(s)', () => {
    expect(parseBoothInfo({ lan: ['https://10.0.0.2:8443/'], live: 'live' })).toEqual({ lan: ['https://10.0.0.2:8443/'], live: 'live' });
    expect(parseBoothInfo({ lan: ['https://10.0.0.2:8443/'] })).toEqual({ lan: ['https://10.0.0.2:8443/'], live: null });
    expect(parseBoothInfo({ live: 3 })).toEqual({ lan: [], live: null });
    expect(parseBoothInfo('<html>')).toEqual({ lan: [], live: null });
    expect(parseBoothInfo({ live: 'live', analytics: true, publicUrl: 'https://example.org/park/' })).toEqual({ lan: [], live: 'live', analytics: true, publicUrl: 'https://example.org/park/' });
    expect(parseBoothInfo({ analytics: true, publicUrl: 'javascript:alert(1)' })).toEqual({ lan: [], live: null });
  });

  it('uses wss on https pages and ws on http pages, relative to the page', () => {
    expect(liveUrl('live', 'https://10.0.0.2:8443/')).toBe('wss://10.0.0.2:8443/live');
    expect(liveUrl('live', 'http://localhost:8080/exhibit/index.html#/pavilion/pico')).toBe('ws://localhost:8080/exhibit/live');
  });

  it('backs off from 0.5 s to at most 5 s', () => {
    expect([0, 1, 2, 3, 4, 5, 50].map(backoffMs)).toEqual([500, 1000, 2000, 4000, 5000, 5000, 5000]);
  });

  it('keeps one device id per browser and names the headset from its user agent', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    const first = deviceId(storage);
    expect(first).toMatch(/^[a-z0-9]{6}$/);
    expect(deviceId(storage)).toBe(first);
    expect(store.get('exhibit.deviceId')).toBe(first);
    store.set('exhibit.deviceId', 'BAD ID');
    expect(deviceId(storage)).not.toBe('BAD ID');
    expect(newDeviceId(() => 0)).toBe('aaaaaa');
    expect(headsetModel('Mozilla/5.0 (Linux; Android 10; PICO 4 OS5.9.0) AppleWebKit/537.36 PicoBrowser/4.0.3 Chrome/105 VR Safari/537.36')).toBe('Pico 4');
    expect(headsetModel('Mozilla/5.0 (X11; Linux x86_64; Quest 3) AppleWebKit/537.36 OculusBrowser/33.0 Chrome/126 VR Safari/537.36')).toBe('Quest 3');
    expect(headsetModel('Mozilla/5.0 (X11; Linux x86_64; Quest 2) OculusBrowser/33.0')).toBe('Quest 2');
    expect(headsetModel('Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/156.0 Safari/537.36')).toBe('Desktop');
  });

  it('reads ?spectate and ?spectate=<id>', () => {
    expect(spectateParam('?kiosk')).toEqual({ spectate: false, deviceId: null });
    expect(spectateParam('?spectate')).toEqual({ spectate: true, deviceId: null });
    expect(spectateParam('?spectate=abc123&lang=zh')).toEqual({ spectate: true, deviceId: 'abc123' });
    expect(spectateParam('?spectate=no!')).toEqual({ spectate: true, deviceId: null });
  });
});

describe('live link, page side: reports', () => {
  const state = { lang: 'zh' as const, mode: 'explore' as const, view: 'pavilion' as const, selected: 'pico', panel: null, xr: true, xrPlace: 'table' as const, paused: false, tour: null };

  it('carries the pose and origin in VR only, and visibility from page and headset', () => {
    const pose = wirePose([1.23456, 1.6, -2], [0, 0, 0, 1]);
    const r = buildReport(state, pose, originToPose({ x: -980, z: 980, yaw: Math.PI / 2 }), true);
    expect(r).toMatchObject({ type: 'report', lang: 'zh', selected: 'pico', xr: true, xrPlace: 'table', visible: true, pose: { p: [1.235, 1.6, -2] } });
    expect(r.origin!.p).toEqual([-980, 0, 980]);
    expect(yawOf(r.origin!.q)).toBeCloseTo(Math.PI / 2, 4);
    expect(isReport(r)).toBe(true);
    const desk = buildReport({ ...state, xr: false }, pose, null, true);
    expect(desk).toMatchObject({ xr: false, xrPlace: null, pose: null, origin: null });
    expect(buildReport({ ...state, paused: true }, pose, null, true).visible).toBe(false);
    expect(buildReport(state, pose, null, false).visible).toBe(false);
    expect(wirePose([NaN, 0, 0], [0, 0, 0, 1])).toBeNull();
    expect(wirePose([1e6, 0, 0], [0, 0, 0, 1])!.p[0]).toBe(10000);
  });

  it('carries what the VR world is laid out for (head, heading, plaza), in VR only, and the guard checks it', () => {
    const layout = wireLayout([-980.12345, 1.7, 979.5], -0.785398, [-700.1234, 300])!;
    expect(layout).toEqual({ head: [-980.123, 1.7, 979.5], yaw: -0.7854, plaza: [-700.123, 300] });
    const r = buildReport(state, null, null, true, layout);
    expect(r.layout).toEqual(layout);
    expect(isReport(r)).toBe(true);
    expect(buildReport({ ...state, xr: false }, null, null, true, layout).layout).toBeNull();
    expect(isReport({ ...r, layout: { head: [0, 0], yaw: 0, plaza: null } })).toBe(false);
    expect(isReport({ ...r, layout: { head: [0, 0, 0], yaw: 'x', plaza: null } })).toBe(false);
    // A report from a page without layouts (older build) is still a report.
    const older: Partial<Report> = { ...r };
    delete older.layout;
    expect(isReport(older)).toBe(true);
    expect(wireLayout([NaN, 0, 0], 0, null)).toBeNull();
  });

  it('in mixed reality also carries the real height and scale of the model, and the guard checks them', () => {
    const mr = wireLayout([0.1, 1.6, 0], 0, null, { height: 0.74834, scale: 1 / 1600 })!;
    expect(mr).toEqual({ head: [0.1, 1.6, 0], yaw: 0, plaza: null, height: 0.748, scale: 0.000625 });
    expect(isReport(buildReport(state, null, null, true, mr))).toBe(true);
    expect(wireLayout([0, 1.6, 0], 0, null, { height: NaN, scale: 0.001 })).not.toHaveProperty('height');
    const r = buildReport(state, null, null, true, mr);
    expect(isReport({ ...r, layout: { ...mr, scale: -1 } })).toBe(false);
    expect(isReport({ ...r, layout: { ...mr, height: 'x' } })).toBe(false);
  });

  it('sends on change (at most ~5 Hz) and a heartbeat once a second', () => {
    const a = buildReport(state, null, null, true);
    expect(reportChanged(null, a)).toBe(true);
    expect(reportChanged(a, buildReport(state, null, null, true))).toBe(false);
    expect(reportChanged(a, buildReport({ ...state, selected: 'goertek' }, null, null, true))).toBe(true);
    expect(shouldSend(true, 200)).toBe(true);
    expect(shouldSend(true, 50)).toBe(false);
    expect(shouldSend(false, 500)).toBe(false);
    expect(shouldSend(false, 1000)).toBe(true);
  });
});

describe('live link, page side: whom a spectator follows', () => {
  it('follows the first device in VR, keeps it while it stays, or the one asked for', () => {
    const list = [device('desk01'), inVR('vr0001'), inVR('vr0002')];
    expect(pickTarget(list, null, null)?.deviceId).toBe('vr0001');
    expect(pickTarget(list, null, 'vr0002')?.deviceId).toBe('vr0002');
    expect(pickTarget([device('desk01'), inVR('vr0001', { connected: false })], null, 'vr0001')).toBeNull();
    expect(pickTarget(list, 'desk01', 'vr0001')?.deviceId).toBe('desk01');
    expect(pickTarget(list, 'gone99', null)).toBeNull();
  });

  it('takes over the selection a report shows', () => {
    expect(reportSelection(report({ view: 'pavilion', selected: 'pico' }))).toEqual({ kind: 'pavilion', id: 'pico' });
    expect(reportSelection(report({ view: 'panel', panel: 'timeline' }))).toEqual({ kind: 'panel', id: 'timeline' });
    expect(reportSelection(report({ view: 'pavilion', selected: null }))).toEqual({ kind: 'overview' });
  });

  it('reads the heading of a head pose', () => {
    const q = (a: number) => [0, Math.sin(a / 2), 0, Math.cos(a / 2)];
    for (const a of [0, 0.7, -2, 3]) expect(yawOf(q(a))).toBeCloseTo(a, 9);
  });
});

describe('tour: a stop chosen by the console', () => {
  it('jumps to a stop from its start and ignores stops that do not exist', () => {
    const dwells = [5, 5, 5];
    const s = stepTour(startTourState(), { type: 'tick', seconds: 2 }, dwells);
    expect(stepTour(s, { type: 'goto', index: 2 }, dwells)).toMatchObject({ index: 2, elapsed: 0, playing: true });
    expect(stepTour(s, { type: 'goto', index: 3 }, dwells)).toBe(s);
    expect(startTourState(false, 1).index).toBe(1);
  });
});
