import { describe, expect, it } from 'vitest';
import { parseClientMessage, type Report } from '../../server/live/schema.mjs';
import { isReport } from '../../src/booth/live/protocol';
import { buildReport } from '../../src/booth/live/report';
import { placeText } from '../../src/console/format';

describe('live link: mixed-reality visitors', () => {
  const state = { lang: 'en' as const, mode: 'explore' as const, view: 'overview' as const, selected: null, panel: null, xr: true, xrPlace: 'table' as const, paused: false, tour: null };

  it('reports carry xrMode (mr, vr, null off a session) and the server and page both accept them', () => {
    const mr = buildReport({ ...state, xrMode: 'mr' }, null, null, true);
    expect(mr.xrMode).toBe('mr');
    expect(buildReport({ ...state, xrMode: 'vr' }, null, null, true).xrMode).toBe('vr');
    expect(buildReport({ ...state, xr: false, xrMode: null }, null, null, true).xrMode).toBeNull();
    expect(isReport(mr)).toBe(true);
    const parsed = (m: unknown) => {
      const r = parseClientMessage(JSON.stringify(m));
      return r.ok ? (r.msg as Report).xrMode : `refused: ${r.reason}`;
    };
    expect(parsed(mr)).toBe('mr');
    // An older headset page without the field is still a report, read as VR/desktop.
    const old: Partial<Report> = { ...mr };
    delete old.xrMode;
    expect(isReport(old)).toBe(true);
    expect(parsed(old)).toBeNull();
    expect(parsed({ ...mr, xrMode: 'ar' })).toMatch(/^refused/);
    expect(isReport({ ...mr, xrMode: 'ar' })).toBe(false);
  });

  it('the console says MR and where', () => {
    expect(placeText(buildReport({ ...state, xrMode: 'mr' }, null, null, true), 'en')).toBe('MR · model on the table');
    expect(placeText(buildReport({ ...state, xrMode: 'mr', xrPlace: 'park' }, null, null, true), 'zh')).toBe('混合现实 · 园区');
    expect(placeText(buildReport({ ...state, xrMode: 'vr' }, null, null, true), 'en')).toBe('VR · table');
  });
});
