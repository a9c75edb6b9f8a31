/** Types of export.mjs, for tests. */
export declare const BOM: string;
export declare function csvCell(value: unknown): string;
export declare function csvLines(rows: unknown[][]): string;
export declare function localTime(ms: number | null): string;
