/** The Analytics view's requests to the booth server: the day's summary and the exports, with the PIN header. */
import type { DaySummary } from '../../../server/analytics/summary.mjs';

export type { DaySummary };

/** Today's date on this computer, YYYY-MM-DD. */
export function localDay(d = new Date()): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Fetches a day's summary; throws with the server's reason (or `off` when analytics is not recorded). */
export async function fetchSummary(pin: string, day: string, signal?: AbortSignal): Promise<DaySummary> {
  const res = await fetch(`analytics/summary?day=${encodeURIComponent(day)}`, { headers: { 'x-booth-pin': pin }, cache: 'no-store', signal });
  if (res.status === 404) throw new Error('off');
  if (!res.ok) throw new Error(((await res.json().catch(() => ({}))) as { reason?: string }).reason ?? `HTTP ${res.status}`);
  return (await res.json()) as DaySummary;
}

/** Downloads a day's export (the PIN goes in a header, so it is fetched and saved from a blob). */
export async function downloadExport(pin: string, day: string, format: 'csv' | 'json'): Promise<void> {
  const res = await fetch(`analytics/export?day=${encodeURIComponent(day)}&format=${format}`, { headers: { 'x-booth-pin': pin }, cache: 'no-store' });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = `booth-analytics-${day}.${format}`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
