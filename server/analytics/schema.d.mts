/** Types of schema.mjs for TypeScript importers. Keep in step with that file and docs/live-protocol.md. */
import type { ZodType } from 'zod';

export declare const MAX_BATCH: number;
export declare const MAX_DUR_MS: number;
export declare const MAX_AGO_MS: number;

type Base = { id: string; sid: string; ago: number };
/** One analytics event as a device sends it. */
export type AnalyticsEvent = Base &
  (
    | { k: 'session_start'; mode: 'desktop' | 'vr' | 'mr'; lang: 'zh' | 'en'; model: string }
    | { k: 'session_end'; dur: number }
    | { k: 'pavilion' | 'panel'; target: string; dur: number }
    | { k: 'tour'; result: 'started' | 'completed' | 'left'; stop: number }
    | { k: 'lang'; lang: 'zh' | 'en' }
    | { k: 'attract_interrupt' }
  );
/** The analytics message. */
export interface AnalyticsMessage {
  type: 'analytics';
  events: AnalyticsEvent[];
}
export declare const eventSchema: ZodType<AnalyticsEvent>;
export declare const analyticsSchema: ZodType<AnalyticsMessage>;
