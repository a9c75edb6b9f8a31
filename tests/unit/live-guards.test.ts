/** The live link's pure parts: message schemas, the token bucket, the flood-proof log, the PIN guard. */
import { describe, expect, it } from 'vitest';
import { limitedLog, newPin, pinGuard, tokenBucket, validPin } from '../../server/live/guards.mjs';
import { createHub } from '../../server/live/hub.mjs';
import { parseClientMessage } from '../../server/live/schema.mjs';

const clock = () => {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
};

describe('live schemas', () => {
  it('accepts the messages of the contract and fills omitted optional report fields with null', () => {
    expect(parseClientMessage(JSON.stringify({ type: 'hello', proto: 1, role: 'device', deviceId: 'a1b2c3', model: 'Pico 4' })).ok).toBe(true);
    const r = parseClientMessage(JSON.stringify({ type: 'report', lang: 'en', mode: 'tour', view: 'panel', xr: false, visible: true }));
    expect(r).toMatchObject({ ok: true, msg: { selected: null, pose: null, origin: null, tour: null, xrPlace: null } });
    expect(parseClientMessage(JSON.stringify({ type: 'command', target: 'vr', action: 'tourStop', index: 3 })).ok).toBe(true);
  });

  it('refuses what the contract does not allow, naming why', () => {
    const cases: [unknown, RegExp][] = [
      [{ type: 'hello', proto: 1, role: 'device', deviceId: 'AB' }, /deviceId/],
      [{ type: 'hello', proto: 1, role: 'admin', deviceId: 'abcd' }, /role/],
      [{ type: 'hello', proto: 1, role: 'device', deviceId: 'abcd', model: 'x'.repeat(41) }, /model/],
      [{ type: 'report', lang: 'en', mode: 'tour', view: 'panel', xr: false, visible: true, pose: { p: [0, 0, 20000], q: [0, 0, 0, 1] } }, /pose/],
      [{ type: 'report', lang: 'en', mode: 'tour', view: 'panel', xr: 'yes', visible: true }, /xr/],
      [{ type: 'report', lang: 'en', mode: 'tour', view: 'panel', xr: false, visible: true, selected: 'a\u0000b' }, /selected/],
      [{ type: 'command', target: 'all', action: 'lang' }, /needs "lang"/],
      [{ type: 'command', target: 'all', action: 'tourStop' }, /needs "index"/],
      [{ type: 'command', target: 'vr', action: 'label', label: 'x' }, /one device id/],
      [{ type: 'command', target: 'abcd', action: 'label', label: ' '.repeat(3) }, /label/],
      [{ type: 'command', target: 'abcd', action: 'explode' }, /action/],
      [{ type: 'welcome' }, /unknown type/],
      [[1, 2], /not a JSON object/],
    ];
    for (const [value, why] of cases) {
      const r = parseClientMessage(JSON.stringify(value));
      expect(r.ok, JSON.stringify(value)).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(why);
    }
    expect(parseClientMessage('{"type":')).toEqual({ ok: false, reason: 'invalid JSON' });
  });
});

describe('live guards', () => {
  it('token bucket: a burst, then the rate', () => {
    const c = clock();
    const take = tokenBucket(30, 30, c.now);
    let got = 0;
    for (let i = 0; i < 100; i++) if (take()) got++;
    expect(got).toBe(30);
    c.advance(500);
    got = 0;
    for (let i = 0; i < 100; i++) if (take()) got++;
    expect(got).toBe(15);
  });

  it('log: at most max lines a window, then says how many it left out', () => {
    const c = clock();
    const lines: string[] = [];
    const log = limitedLog((l) => lines.push(l), 3, 10_000, c.now);
    for (let i = 0; i < 10; i++) log(`line ${i}`);
    expect(lines).toEqual(['line 0', 'line 1', 'line 2']);
    c.advance(10_000);
    log('later');
    expect(lines.slice(3)).toEqual(['[live] ... 7 more log lines left out', 'later']);
  });

  it('PIN: 6+ digits, random, and locked for a minute after too many wrong ones', () => {
    const pins = new Set(Array.from({ length: 50 }, () => newPin()));
    for (const p of pins) expect(validPin(p)).toBe(true);
    expect(pins.size).toBeGreaterThan(40);
    expect(validPin('12345')).toBe(false);
    expect(validPin('12345a')).toBe(false);
    const c = clock();
    const check = pinGuard('123456', 3, c.now);
    expect(check('123456')).toBe('ok');
    expect([check('1'), check(undefined), check(123456)]).toEqual(['bad', 'bad', 'bad']);
    expect(check('123456')).toBe('locked');
    c.advance(60_000);
    expect(check('123456')).toBe('ok');
  });
});

describe('live hub', () => {
  it('forgets a device 10 minutes after it left, but keeps its label for the server lifetime', () => {
    const c = clock();
    const hub = createHub({ now: c.now });
    const sent: object[] = [];
    const peer = { role: 'device' as const, deviceId: 'abcd', send: (m: object) => sent.push(m) };
    hub.join(peer, 'Pico 4');
    expect(sent[0]).toEqual({ type: 'welcome', role: 'device', deviceId: 'abcd', label: 'Pico 4 #1' });
    expect(hub.command({ type: 'command', target: 'abcd', action: 'label', label: 'Front' })).toEqual({ type: 'ack', ok: true, delivered: 1 });
    hub.leave(peer);
    expect(hub.list()).toMatchObject([{ deviceId: 'abcd', connected: false, label: 'Front' }]);
    c.advance(10 * 60 * 1000 + 1);
    expect(hub.list()).toEqual([]);
    hub.join(peer, 'Pico 4');
    expect(sent.at(-1)).toMatchObject({ type: 'welcome', label: 'Front' });
    hub.close();
  });
});

describe('live hub limits and parser fuzz', () => {
  it('lists at most MAX_DEVICES, forgetting the longest-gone offline ones first', async () => {
    const { MAX_DEVICES } = await import('../../server/live/hub.mjs');
    const c = clock();
    const hub = createHub({ now: c.now });
    const peer = (i: number) => ({ role: 'device' as const, deviceId: `d${String(i).padStart(5, '0')}`, send: () => {} });
    for (let i = 0; i < MAX_DEVICES + 50; i++) {
      const p = peer(i);
      hub.join(p, 'X');
      if (i !== 0) hub.leave(p); // device 0 stays connected
      c.advance(1);
    }
    const ids = hub.list().map((d) => d.deviceId);
    expect(ids.length).toBe(MAX_DEVICES);
    expect(ids).toContain('d00000');
    expect(ids).not.toContain('d00001');
    expect(ids).toContain(`d${String(MAX_DEVICES + 49).padStart(5, '0')}`);
    hub.close();
  });

  it('never throws on random input, and accepts nothing that is not a message', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const atoms = ['{', '}', '[', ']', ',', ':', '"type"', '"hello"', '"report"', '"command"', '1', '-1e999', 'null', 'true', '"\\u0000"', '"x"', '\u{1F600}', '\\', '"proto"'];
    for (let i = 0; i < 3000; i++) {
      const raw = Array.from({ length: 1 + Math.floor(rand() * 12) }, () => atoms[Math.floor(rand() * atoms.length)]).join('');
      const r = parseClientMessage(raw);
      if (r.ok) expect(['hello', 'report', 'command']).toContain(r.msg.type);
    }
    expect(parseClientMessage(JSON.stringify({ type: '__proto__' })).ok).toBe(false);
    expect(parseClientMessage('{"type":"hello","__proto__":{"role":"console"},"proto":1,"deviceId":"abcd"}').ok).toBe(false);
  });
});
