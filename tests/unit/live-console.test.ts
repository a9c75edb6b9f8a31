/** The console's pure parts: its strings (both languages, every key), report formatting, group-tour stepping. */
import { describe, expect, it } from 'vitest';
import type { DeviceEntry, Report } from '../../server/live/schema.mjs';
import { lastSeenText, modeText, placeText, selectionText, sortDevices, tourText, inVrCount } from '../../src/console/format';
import { dwellMs, nextStop, progress } from '../../src/console/group-tour';
import { consoleId, liveUrl } from '../../src/console/link';
import { consoleStrings, ct } from '../../src/console/strings';
import type { TourStop } from '../../src/content/types';

const base: Report = { type: 'report', lang: 'zh', mode: 'explore', view: 'overview', selected: null, panel: null, xr: false, xrPlace: null, pose: null, origin: null, visible: true, tour: null };
const device = (over: Partial<DeviceEntry>): DeviceEntry => ({ deviceId: 'abcd', label: 'A', model: 'Pico 4', connected: true, lastSeen: 0, report: null, ...over });

describe('console strings', () => {
  it('every key has a non-empty Chinese and English text, and the action names are the contract', () => {
    for (const [key, texts] of Object.entries(consoleStrings)) {
      expect(Object.keys(texts).sort(), key).toEqual(['en', 'zh']);
      expect(texts.zh.trim(), `${key}.zh`).not.toBe('');
      expect(texts.en.trim(), `${key}.en`).not.toBe('');
    }
    const names = (['reset', 'language', 'startTour', 'stopTour', 'spectate', 'groupTour', 'resetAll'] as const).map((k) => [consoleStrings[k].en, consoleStrings[k].zh]);
    expect(names).toEqual([
      ['Reset', '复位'],
      ['Language', '语言'],
      ['Start tour', '开始导览'],
      ['Stop tour', '停止导览'],
      ['Spectate on TV', '投屏'],
      ['Group tour', '集体导览'],
      ['Reset all', '全部复位'],
    ]);
    expect(ct('en', 'stopOf', { i: 2, n: 9 })).toBe('Stop 2 of 9');
    expect(ct('zh', 'sent', { n: 3 })).toBe('已发送到 3 台设备');
  });
});

describe('console formatting', () => {
  const names = new Map([['douyin-pico', { zh: '抖音Pico', en: 'Douyin Pico' }]]);
  it('says where a device is and what it shows', () => {
    expect(placeText(null, 'en')).toBe('—');
    expect(placeText(base, 'en')).toBe('Desktop');
    expect(placeText({ ...base, xr: true, xrPlace: 'park' }, 'zh')).toBe('VR · 园区');
    expect(selectionText({ ...base, view: 'pavilion', selected: 'douyin-pico' }, names, 'zh')).toBe('抖音Pico');
    expect(selectionText({ ...base, view: 'panel', selected: 'unknown-id' }, names, 'en')).toBe('unknown-id');
    expect(selectionText(base, names, 'en')).toBe('Overview');
    expect(modeText({ ...base, mode: 'attract' }, 'en')).toBe('Attract loop');
    expect(tourText({ ...base, tour: { index: 0, total: 9, playing: false } }, 'en')).toBe('Stop 1 of 9 (paused)');
  });

  it('says how long ago, and lists connected devices first by label', () => {
    expect(lastSeenText(10_000, 11_000, 'en')).toBe('just now');
    expect(lastSeenText(0, 42_000, 'en')).toBe('42 s ago');
    expect(lastSeenText(0, 5 * 60_000, 'zh')).toBe('5 分钟前');
    const sorted = sortDevices([device({ deviceId: 'c', label: 'C', connected: false }), device({ deviceId: 'b', label: 'B' }), device({ deviceId: 'a', label: 'A' })]);
    expect(sorted.map((d) => d.deviceId)).toEqual(['a', 'b', 'c']);
    expect(inVrCount([device({ report: { ...base, xr: true } }), device({ report: { ...base, xr: true }, connected: false }), device({ report: base })])).toBe(1);
  });
});

describe('console group tour and link', () => {
  const stops = [{ dwell: 9 }, { dwell: 10 }, { dwell: 8 }] as TourStop[];
  it('steps through the stops with their dwell times, then ends', () => {
    expect(nextStop(stops, 0)).toBe(1);
    expect(nextStop(stops, 2)).toBeNull();
    expect(dwellMs(stops, 1)).toBe(10_000);
    expect(progress(stops, { index: 0, startedAt: 1000 }, 5500)).toBeCloseTo(0.5);
    expect(progress(stops, { index: 0, startedAt: 1000 }, 99_000)).toBe(1);
  });

  it('finds the live link next to the page, ws or wss like the page, and keeps one console id', () => {
    expect(liveUrl({ href: 'https://10.0.0.5:8443/console?pin=123456', protocol: 'https:' })).toBe('wss://10.0.0.5:8443/live');
    expect(liveUrl({ href: 'http://localhost:8080/console', protocol: 'http:' })).toBe('ws://localhost:8080/live');
    const kept = new Map<string, string>();
    const storage = { getItem: (k: string) => kept.get(k) ?? null, setItem: (k: string, v: string) => void kept.set(k, v) };
    const id = consoleId(storage);
    expect(id).toMatch(/^[a-z0-9]{4,16}$/);
    expect(consoleId(storage)).toBe(id);
    expect(consoleId(null)).toMatch(/^[a-z0-9]{8}$/);
  });
});
