/** How the console shows a device's report: pure functions of the report, the content and the language. */
import type { DeviceEntry, Report } from '../../server/live/schema.mjs';
import { ct, type Lang } from './strings';

/** Names of what a device can select (pavilions, panels), by id, in both languages. */
export type NameIndex = ReadonlyMap<string, { zh: string; en: string }>;

/** The device's language, in the console's language. */
export function langText(report: Report | null, lang: Lang): string {
  if (!report) return ct(lang, 'nothing');
  return ct(lang, report.lang === 'zh' ? 'langZh' : 'langEn');
}

/** Explore / tour / attract. */
export function modeText(report: Report | null, lang: Lang): string {
  if (!report) return ct(lang, 'nothing');
  return ct(lang, report.mode === 'tour' ? 'modeTour' : report.mode === 'attract' ? 'modeAttract' : 'modeExplore');
}

/** The tour's progress ("Stop 3 of 9", paused marked), or a dash. */
export function tourText(report: Report | null, lang: Lang): string {
  if (!report?.tour || report.tour.total === 0) return ct(lang, 'nothing');
  const at = ct(lang, 'stopOf', { i: report.tour.index + 1, n: report.tour.total });
  return report.tour.playing ? at : `${at} (${ct(lang, 'paused')})`;
}

/** Desktop, or where in VR (table, park). */
export function placeText(report: Report | null, lang: Lang): string {
  if (!report) return ct(lang, 'nothing');
  if (!report.xr) return ct(lang, 'placeDesktop');
  if (report.xrMode === 'mr') return ct(lang, report.xrPlace === 'table' ? 'placeMrTable' : report.xrPlace === 'park' ? 'placeMrPark' : 'placeMr');
  return ct(lang, report.xrPlace === 'table' ? 'placeTable' : report.xrPlace === 'park' ? 'placePark' : 'placeVr');
}

/** The selected pavilion and open panel by name (ids the content doesn't know are shown as they are). */
export function selectionText(report: Report | null, names: NameIndex, lang: Lang): string {
  if (!report) return ct(lang, 'nothing');
  const name = (id: string) => names.get(id)?.[lang] ?? id;
  const parts = [report.selected, report.panel].filter((p): p is string => !!p).map(name);
  if (parts.length === 0) return report.view === 'overview' ? ct(lang, 'viewOverview') : ct(lang, 'nothing');
  return [...new Set(parts)].join(' · ');
}

/** "just now", "12 s ago", "3 min ago". */
export function lastSeenText(lastSeen: number, now: number, lang: Lang): string {
  const s = Math.max(0, Math.round((now - lastSeen) / 1000));
  if (s < 3) return ct(lang, 'justNow');
  if (s < 120) return ct(lang, 'secondsAgo', { n: s });
  return ct(lang, 'minutesAgo', { n: Math.floor(s / 60) });
}

/** Connected devices first, then by label, so the list stays still while reports stream in. */
export function sortDevices(devices: readonly DeviceEntry[]): DeviceEntry[] {
  return [...devices].sort((a, b) => Number(b.connected) - Number(a.connected) || a.label.localeCompare(b.label) || a.deviceId.localeCompare(b.deviceId));
}

/** How many connected devices are in VR now. */
export const inVrCount = (devices: readonly DeviceEntry[]): number => devices.filter((d) => d.connected && d.report?.xr).length;
