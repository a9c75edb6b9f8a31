/** Types of summary.mjs (the shape of `GET /analytics/summary`), for the console and tests. */
export interface Dwell {
  /** Pavilion or panel id. */
  id: string;
  /** Total dwell, ms. */
  ms: number;
  visits: number;
}
export interface DaySummary {
  day: string;
  generatedAt: number;
  sessions: { count: number; medianMs: number; meanMs: number };
  /** Sessions started in each hour 0..23 (server local time). */
  perHour: number[];
  busiestHour: number | null;
  byMode: Record<'desktop' | 'vr' | 'mr', number> & Record<string, number>;
  byLang: Record<'zh' | 'en', number> & Record<string, number>;
  pavilions: Dwell[];
  panels: Dwell[];
  /** reached[i]: tours that reached stop i (0-based). */
  tour: { started: number; completed: number; reached: number[] };
  attractInterruptions: number;
  consoleActions: number;
  /** Devices connected and in VR or MR right now (the `/analytics/summary` answer adds it). */
  inHeadsetsNow?: number;
  /** "Continue on your phone" (with --public-url): the public URL with the last pavilion of the latest finished session. */
  handoff?: { url: string; pavilion: string | null; endedAt: number | null } | null;
}
export declare function median(xs: number[]): number;
export declare function tourFunnel(rows: { result: string; stop: number; n: number }[], stops: number): DaySummary['tour'];
