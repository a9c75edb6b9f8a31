/**
 * Byte budget of a headset's first visit in a fresh browser (booth Wi-Fi at a trade fair is slow and shared):
 * an emulated Quest 3 opens the exhibit with an empty cache, enters VR once and stays until the service worker
 * has everything it needs to run offline. Every byte on the wire counts (page and service worker, headers and
 * body as transferred), ≤ 3 MB. The same figure is in `npm run bench` (measure/first-visit.mjs). Logged with a
 * `[budget]` prefix, the ten largest files with it.
 */
import { describe, expect, it } from 'vitest';
import { headsetFirstVisit } from '../../measure/first-visit.mjs';
import { browserPerFile } from './browser';
import { baseUrl } from './helpers';

const MB = 1_000_000;
const budget = 3 * MB;

const browser = browserPerFile();

describe('a headset’s first visit', () => {
  it(`transfers ≤ ${budget / MB} MB until it can run offline, its own controller models only`, async () => {
    const visit = await headsetFirstVisit(browser(), baseUrl());
    const largest = Object.entries(visit.perFile)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10);
    console.info(`[budget] headset first visit: ${JSON.stringify({ bytes: visit.bytes, requests: visit.requests, groups: visit.offline.groups, largest })}`);
    expect(visit.errors, 'page errors').toEqual([]);
    expect(visit.otherOrigins, 'requests to other origins').toEqual([]);
    expect(visit.offline).toMatchObject({ ready: true, scope: 'vr' });
    const files = Object.keys(visit.perFile);
    // Not vacuous: the headset's own controllers and the hand came over the wire and are counted.
    for (const f of ['meta-quest-touch-plus/left.glb', 'meta-quest-touch-plus/right.glb', 'generic-hand/left.glb', 'generic-hand/right.glb'])
      expect(files, `xr-profiles/${f} counted`).toContain(`xr-profiles/${f}`);
    expect(files.filter((f) => /^xr-profiles\/(?!meta-quest-touch-plus\/|generic-hand\/|profilesList\.json)/.test(f)), 'other controller profiles').toEqual([]);
    expect(visit.bytes, 'bytes on the wire').toBeLessThanOrEqual(budget);
  }, 240_000);
});
