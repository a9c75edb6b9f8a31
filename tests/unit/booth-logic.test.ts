import { describe, expect, it } from 'vitest';
import { boothDefaults, parseBoothParams } from '../../src/booth/params';
import { startTourState, stepTour } from '../../src/booth/tour';
import { localVoice } from '../../src/booth/speech';

const dwells = [5, 10, 5];

describe('guided tour stepping', () => {
  it('moves on after each stop’s dwell time and ends after the last', () => {
    let s = startTourState();
    s = stepTour(s, { type: 'tick', seconds: 4.9 }, dwells);
    expect(s.index).toBe(0);
    s = stepTour(s, { type: 'tick', seconds: 0.2 }, dwells);
    expect(s.index).toBe(1);
    expect(s.elapsed).toBeCloseTo(0.1);
    // A long tick still shows every stop: one stop per tick.
    s = stepTour(s, { type: 'tick', seconds: 100 }, dwells);
    expect(s.index).toBe(2);
    s = stepTour(s, { type: 'tick', seconds: 100 }, dwells);
    expect(s.finished).toBe(true);
    expect(s.playing).toBe(false);
  });

  it('loops for the attract mode', () => {
    let s = startTourState(true);
    for (let i = 0; i < 3; i++) s = stepTour(s, { type: 'next' }, dwells);
    expect(s.index).toBe(0);
    expect(s.finished).toBe(false);
    expect(stepTour(s, { type: 'prev' }, dwells).index).toBe(2);
  });

  it('waits while paused and resumes where it was', () => {
    let s = stepTour(startTourState(), { type: 'toggle' }, dwells);
    s = stepTour(s, { type: 'tick', seconds: 100 }, dwells);
    expect(s.index).toBe(0);
    s = stepTour(stepTour(s, { type: 'play' }, dwells), { type: 'tick', seconds: 6 }, dwells);
    expect(s.index).toBe(1);
  });

  it('stays on the first stop when going back from it', () => {
    expect(stepTour(startTourState(), { type: 'prev' }, dwells).index).toBe(0);
  });
});

describe('kiosk parameters', () => {
  it('reads every parameter', () => {
    expect(parseBoothParams('?kiosk&tour=autostart&idle=30&timescale=20&locomotion=smooth&precache=all&sound=on')).toEqual({ kiosk: true, tourAutostart: true, idleSeconds: 30, timeScale: 20, smoothLocomotion: true, precache: 'all', sound: 'on' });
    expect(parseBoothParams('')).toEqual(boothDefaults);
  });

  it('falls back to the defaults with a warning on bad values', () => {
    const warnings: string[] = [];
    const p = parseBoothParams('?kiosk=maybe&tour=sometimes&idle=soon&timescale=-3&locomotion=fly&precache=most', (m) => warnings.push(m));
    expect(p).toEqual(boothDefaults);
    expect(warnings).toHaveLength(6);
    expect(parseBoothParams('?idle=1', () => {}).idleSeconds).toBe(90);
    expect(parseBoothParams('?idle=', () => {}).idleSeconds).toBe(90);
  });
});

describe('speech', () => {
  const v = (lang: string, localService: boolean) => ({ lang, localService, name: lang, default: false, voiceURI: lang }) as SpeechSynthesisVoice;
  it('uses only a local voice for the language, never a network one', () => {
    expect(localVoice([v('zh-CN', false), v('en-US', true)], 'zh')).toBeNull();
    expect(localVoice([v('zh-CN', false), v('zh-CN', true)], 'zh')?.localService).toBe(true);
    expect(localVoice([v('en-GB', true)], 'en')?.lang).toBe('en-GB');
  });
});
