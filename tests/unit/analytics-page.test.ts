/** The page side of booth analytics (src/booth/analytics/): the tracker's events and the persistent queue. */
import { describe, expect, it } from 'vitest';
import { createQueue, MAX_QUEUE, QUEUE_KEY, type QueuedEvent } from '../../src/booth/analytics/queue';
import { createTracker, type Snapshot, type TrackedEvent } from '../../src/booth/analytics/tracker';
import { parseBoothInfo } from '../../src/booth/booth-info';
import { parseServerMessage } from '../../src/booth/live/protocol';

const base: Snapshot = { xr: false, mr: false, mode: 'explore', pavilion: null, panel: null, tour: null, lang: 'zh' };
function run() {
  const events: TrackedEvent[] = [];
  let n = 0;
  const t = createTracker((e) => events.push(e), 'Desktop', () => `sess${++n}`);
  return { t, events, kinds: () => events.map((e) => e.k + ('result' in e ? `:${e.result}` : '') + ('target' in e ? `:${e.target}` : '')) };
}

describe('analytics tracker', () => {
  it('a desktop visit runs from the first input to the idle reset, with pavilion and panel dwell', () => {
    const { t, events, kinds } = run();
    t.update(base, 0);
    expect(events).toEqual([]);
    t.input(100);
    t.update({ ...base, pavilion: 'douyin-pico' }, 1000);
    t.update({ ...base, panel: 'p1' }, 5000);
    t.update({ ...base, panel: 'p2' }, 7000);
    t.update({ ...base, lang: 'en' }, 7300); // p2 for 0.3 s: not looked at
    t.update({ ...base, lang: 'en', mode: 'attract' }, 98000);
    expect(kinds()).toEqual(['session_start', 'pavilion:douyin-pico', 'panel:p1', 'lang', 'session_end']);
    expect(events[1]).toMatchObject({ dur: 4000 });
    expect(events.at(-1)).toMatchObject({ k: 'session_end', dur: 97900 });
    // The next visitor wakes the attract loop: a new session, and the interruption counted.
    t.update({ ...base, lang: 'en' }, 120000);
    expect(kinds().slice(5)).toEqual(['session_start', 'attract_interrupt']);
    expect(new Set(events.map((e) => e.sid)).size).toBe(2);
  });

  it('VR and MR sessions follow the immersive session; a desktop visit before them ends', () => {
    const { t, events, kinds } = run();
    t.update(base, 0);
    t.input(10);
    t.update({ ...base, xr: true }, 2000);
    t.update({ ...base, xr: false }, 62000);
    t.update({ ...base, xr: true, mr: true }, 70000);
    t.end(80000);
    expect(kinds()).toEqual(['session_start', 'session_end', 'session_start', 'session_end', 'session_start', 'session_end']);
    expect(events.filter((e) => e.k === 'session_start').map((e) => (e as { mode: string }).mode)).toEqual(['desktop', 'vr', 'mr']);
    expect(events[3]).toMatchObject({ dur: 60000 });
  });

  it('tours: started, completed at the last stop, or left at stop N', () => {
    const { t, kinds, events } = run();
    t.update({ ...base, xr: true }, 0);
    t.update({ ...base, xr: true, mode: 'tour', tour: { index: 0, total: 9 } }, 1000);
    t.update({ ...base, xr: true, mode: 'tour', tour: { index: 3, total: 9 } }, 2000);
    t.update({ ...base, xr: true }, 3000);
    t.update({ ...base, xr: true, mode: 'tour', tour: { index: 0, total: 9 } }, 4000);
    t.update({ ...base, xr: true, mode: 'tour', tour: { index: 8, total: 9 } }, 5000);
    t.update({ ...base, xr: true }, 6000);
    expect(kinds()).toEqual(['session_start', 'tour:started', 'tour:left', 'tour:started', 'tour:completed']);
    expect(events[2]).toMatchObject({ stop: 3 });
  });
});

describe('analytics queue', () => {
  const mem = () => {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
  };
  const ev = (i: number): QueuedEvent => ({ id: `event${String(i).padStart(5, '0')}`, k: 'attract_interrupt', sid: 'sess1', t: 1000 + i });

  it('survives a reload, sends batches with their age, and forgets only what the server stored', () => {
    const s = mem();
    const q = createQueue(s);
    for (let i = 0; i < 20; i++) q.add(ev(i));
    const again = createQueue(s);
    expect(again.size).toBe(20);
    const batch = again.batch(5000);
    expect(batch).toHaveLength(16);
    expect(batch[0]).toEqual({ id: 'event00000', k: 'attract_interrupt', sid: 'sess1', ago: 4000 });
    again.remove(batch.slice(0, 10).map((e) => e.id));
    expect(createQueue(s).size).toBe(10);
    expect(JSON.parse(s.m.get(QUEUE_KEY)!)[0].id).toBe('event00010');
  });

  it('is bounded (the oldest go) and ignores a garbled stored queue', () => {
    const s = mem();
    const q = createQueue(s);
    for (let i = 0; i < MAX_QUEUE + 25; i++) q.add(ev(i));
    expect(q.size).toBe(MAX_QUEUE);
    expect(q.batch(0)[0]!.id).toBe('event00025');
    s.setItem(QUEUE_KEY, '{not json');
    expect(createQueue(s).size).toBe(0);
    expect(createQueue(null).size).toBe(0);
  });

  it('keeps a batch under the link’s frame size', () => {
    const q = createQueue(null);
    for (let i = 0; i < 16; i++) q.add({ id: `big${String(i).padStart(6, '0')}`, k: 'panel', sid: 'sess1', target: 'x'.repeat(64), dur: 1000, t: 0 });
    const batch = q.batch(0);
    expect(JSON.stringify({ type: 'analytics', events: batch }).length).toBeLessThan(4096);
  });
});

describe('analytics on the wire (page side)', () => {
  it('reads the ack and booth.json’s analytics and publicUrl', () => {
    expect(parseServerMessage('{"type":"analyticsAck","ids":["abcdefgh1234"]}')).toEqual({ type: 'analyticsAck', ids: ['abcdefgh1234'] });
    expect(parseServerMessage('{"type":"analyticsAck","ids":[1]}')).toBeNull();
    expect(parseBoothInfo({ lan: [], live: 'live', analytics: true, publicUrl: 'https://example.org/park/' })).toEqual({ lan: [], live: 'live', analytics: true, publicUrl: 'https://example.org/park/' });
    // No live link, no analytics; a publicUrl that is not a URL is ignored.
    expect(parseBoothInfo({ lan: [], analytics: true, publicUrl: 'javascript:alert(1)' })).toEqual({ lan: [], live: null });
  });
});

describe('analytics tracker on a headset', () => {
  it('counts no desktop session for the 2D page where Enter VR is pressed', () => {
    const events: TrackedEvent[] = [];
    const t = createTracker((e) => events.push(e), 'Pico 4', () => 'sessvr', false);
    t.update(base, 0);
    t.input(10);
    t.update({ ...base, mode: 'attract' }, 20);
    t.update(base, 30);
    t.update({ ...base, xr: true }, 1000);
    t.update({ ...base, xr: false }, 5000);
    expect(events.map((e) => e.k)).toEqual(['session_start', 'session_end']);
    expect(events[0]).toMatchObject({ mode: 'vr' });
  });
});
