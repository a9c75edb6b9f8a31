/** Types of db.mjs, for tests (migrations). */
export declare const RETENTION_DAYS: number;
export declare const MIGRATIONS: string[];
export declare const ADD_DAILY: string;
export declare const SWEEP: { events: string; sessions: string; daily: string };
export declare function dayOf(ms: number): string;
