/**
 * The live link's small guards: a token bucket per connection, a log that cannot be flooded, and the PIN (made
 * per start, compared in constant time, wrong guesses slowed down). Types: guards.d.mts.
 */
import { randomInt, timingSafeEqual } from 'node:crypto';

/**
 * A token bucket: `rate` tokens a second, holding at most `burst`.
 * @param {number} rate
 * @param {number} burst
 * @param {() => number} [now] Milliseconds.
 * @returns {() => boolean} Takes one token; false when empty.
 */
export function tokenBucket(rate, burst, now = Date.now) {
  let tokens = burst;
  let last = now();
  return () => {
    const t = now();
    tokens = Math.min(burst, tokens + ((t - last) / 1000) * rate);
    last = t;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}

/**
 * A log that writes at most `max` lines per `windowMs`, then one line saying how many it left out.
 * @param {(line: string) => void} write
 * @param {number} [max]
 * @param {number} [windowMs]
 * @param {() => number} [now]
 * @returns {(line: string) => void}
 */
export function limitedLog(write, max = 20, windowMs = 10_000, now = Date.now) {
  let windowStart = -Infinity;
  let count = 0;
  let suppressed = 0;
  return (line) => {
    const t = now();
    if (t - windowStart >= windowMs) {
      if (suppressed) write(`[live] ... ${suppressed} more log lines left out`);
      windowStart = t;
      count = 0;
      suppressed = 0;
    }
    if (count < max) {
      count += 1;
      write(line);
    } else suppressed += 1;
  };
}

/** A new random PIN of `digits` digits (leading zeros kept). */
export function newPin(digits = 6) {
  let pin = '';
  for (let i = 0; i < digits; i++) pin += String(randomInt(10));
  return pin;
}

/** Whether a PIN is acceptable: 6 to 12 digits. */
export const validPin = (/** @type {unknown} */ pin) => typeof pin === 'string' && /^\d{6,12}$/.test(pin);

/**
 * Checks PINs against the server's: constant-time, and after `maxWrong` wrong ones within a minute every check
 * answers 'locked' until the minute is over, so guessing a 6-digit PIN takes weeks, not minutes.
 * @param {string} pin
 * @param {number} [maxWrong]
 * @param {() => number} [now]
 * @returns {(candidate: unknown) => 'ok' | 'bad' | 'locked'}
 */
export function pinGuard(pin, maxWrong = 20, now = Date.now) {
  const want = Buffer.from(pin);
  /** @type {number[]} */
  let wrong = [];
  return (candidate) => {
    const t = now();
    wrong = wrong.filter((w) => t - w < 60_000);
    if (wrong.length >= maxWrong) return 'locked';
    const got = Buffer.from(typeof candidate === 'string' ? candidate : '');
    if (got.length === want.length && timingSafeEqual(got, want)) return 'ok';
    wrong.push(t);
    return 'bad';
  };
}
