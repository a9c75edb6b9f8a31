/** Types of guards.mjs for TypeScript importers. Keep in step with that file. */
/** A token bucket: `rate` tokens a second, holding at most `burst`; the function takes one, false when empty. */
export declare function tokenBucket(rate: number, burst: number, now?: () => number): () => boolean;
/** A log that writes at most `max` lines per `windowMs`, then one line saying how many it left out. */
export declare function limitedLog(write: (line: string) => void, max?: number, windowMs?: number, now?: () => number): (line: string) => void;
/** A new random PIN of `digits` digits. */
export declare function newPin(digits?: number): string;
/** Whether a PIN is acceptable: 6 to 12 digits. */
export declare function validPin(pin: unknown): pin is string;
/** Constant-time PIN check that locks for the rest of a minute after `maxWrong` wrong PINs. */
export declare function pinGuard(pin: string, maxWrong?: number, now?: () => number): (candidate: unknown) => 'ok' | 'bad' | 'locked';
