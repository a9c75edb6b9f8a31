import { describe, expect, it } from 'vitest';
import { langFromBrowser } from '../../src/i18n/lang';
import { formatHash, parseHash, parseLangParam } from '../../src/state/route';

describe('URL parsing', () => {
  it('reads pavilion and panel links', () => {
    expect(parseHash('#/pavilion/goertek')).toEqual({ kind: 'pavilion', id: 'goertek' });
    expect(parseHash('#/panel/vr-industry')).toEqual({ kind: 'panel', id: 'vr-industry' });
    expect(parseHash('#pavilion/pico/')).toEqual({ kind: 'pavilion', id: 'pico' });
    expect(parseHash('#/pavilion/GoerTek')).toEqual({ kind: 'pavilion', id: 'goertek' });
  });

  it('treats an empty hash as the overview', () => {
    expect(parseHash('')).toEqual({ kind: 'overview' });
    expect(parseHash('#')).toEqual({ kind: 'overview' });
    expect(parseHash('#/')).toEqual({ kind: 'overview' });
  });

  it('marks garbage as invalid instead of throwing', () => {
    for (const h of ['#%E0%A4%A', '#/<script>alert(1)</script>', '#/pavilion/', '#/pavilion/a/b', '#/room/pico', '#/pavilion/pi co', '#/pavilion/../../etc'])
      expect(parseHash(h).kind, h).toBe('invalid');
  });

  it('round-trips selections through the hash', () => {
    for (const sel of [{ kind: 'overview' }, { kind: 'pavilion', id: 'dapeng-vr' }, { kind: 'panel', id: 'timeline' }] as const)
      expect(parseHash(formatHash(sel))).toEqual(sel);
  });

  it('reads ?lang= leniently and flags unknown values', () => {
    expect(parseLangParam('?lang=zh')).toBe('zh');
    expect(parseLangParam('?lang=EN')).toBe('en');
    expect(parseLangParam('?lang=zh-CN')).toBe('zh');
    expect(parseLangParam('?lang=fr')).toBe('invalid');
    expect(parseLangParam('?kiosk')).toBeUndefined();
  });

  it('picks the language from the browser list', () => {
    expect(langFromBrowser(['zh-CN', 'en'])).toBe('zh');
    expect(langFromBrowser(['de-DE', 'en-GB'])).toBe('en');
    expect(langFromBrowser(['fr'])).toBe('en');
    expect(langFromBrowser(undefined)).toBe('en');
  });
});
