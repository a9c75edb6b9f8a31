/** The Analytics view's texts, zh and en (staff-facing, beside the view like the console's own strings). */
import type { Lang } from '../strings';

export const analyticsStrings = {
  tab: { zh: '数据统计', en: 'Analytics' },
  devicesTab: { zh: '设备', en: 'Devices' },
  title: { zh: '展台数据统计', en: 'Booth analytics' },
  day: { zh: '日期', en: 'Day' },
  today: { zh: '今天', en: 'Today' },
  loading: { zh: '正在读取…', en: 'Loading…' },
  failed: { zh: '无法读取统计：{reason}', en: 'Could not read the analytics: {reason}' },
  off: { zh: '展台服务器未记录统计（--no-analytics）。', en: 'The booth server records no analytics (--no-analytics).' },
  sessions: { zh: '体验人次', en: 'Sessions' },
  median: { zh: '时长中位数', en: 'Median length' },
  mean: { zh: '平均时长', en: 'Mean length' },
  busiest: { zh: '最忙时段', en: 'Busiest hour' },
  inHeadsets: { zh: '此刻在头显中', en: 'In headsets now' },
  perHour: { zh: '每小时访客', en: 'Visitors per hour' },
  perHourDesc: { zh: '每小时开始的体验人次', en: 'Sessions started in each hour' },
  byMode: { zh: '按模式', en: 'By mode' },
  byLang: { zh: '按语言', en: 'By language' },
  desktop: { zh: '电脑/电视', en: 'Desktop' },
  vr: { zh: 'VR', en: 'VR' },
  mr: { zh: 'MR', en: 'MR' },
  zh: { zh: '中文', en: 'Chinese' },
  en: { zh: '英文', en: 'English' },
  pavilions: { zh: '展馆停留时间排行', en: 'Top pavilions by dwell' },
  panels: { zh: '展板观看时间排行', en: 'Top panels by dwell' },
  funnel: { zh: '导览漏斗', en: 'Tour funnel' },
  funnelDesc: { zh: '到达每一站的导览次数', en: 'Tours that reached each stop' },
  stop: { zh: '第 {i} 站', en: 'Stop {i}' },
  toursStarted: { zh: '开始导览 {n} 次，完成 {c} 次', en: '{n} tours started, {c} completed' },
  interruptions: { zh: '待机演示被打断', en: 'Attract loop interrupted' },
  consoleActions: { zh: '控制台操作', en: 'Console actions' },
  none: { zh: '暂无数据', en: 'No data yet' },
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  exportJson: { zh: '导出 JSON', en: 'Export JSON' },
  print: { zh: '打印日报', en: 'Print daily report' },
  refresh: { zh: '刷新', en: 'Refresh' },
  visits: { zh: '{n} 次', en: '{n} visits' },
  privacy: {
    zh: '只统计展项内容的使用情况（时长、展馆、展板、导览、语言、设备型号），不记录姓名、IP 地址或任何个人信息。',
    en: 'Counts how the exhibit is used (lengths, pavilions, panels, tours, languages, device models) — no names, no IP addresses, nothing personal.',
  },
  handoff: { zh: '用手机继续参观', en: 'Continue on your phone' },
  generated: { zh: '生成于 {t}', en: 'Generated {t}' },
} as const satisfies Record<string, Record<Lang, string>>;

export type AnalyticsKey = keyof typeof analyticsStrings;

/** An Analytics string in `lang`, with `{name}` placeholders filled. */
export function at(lang: Lang, key: AnalyticsKey, vars: Record<string, string | number> = {}): string {
  return analyticsStrings[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/** A length in ms as "4 min 05 s" / "4 分 05 秒". */
export function duration(ms: number, lang: Lang): string {
  const s = Math.round(ms / 1000);
  const m = Math.floor(s / 60);
  const r = String(s % 60).padStart(m ? 2 : 1, '0');
  if (lang === 'zh') return m ? `${m} 分 ${r} 秒` : `${r} 秒`;
  return m ? `${m} min ${r} s` : `${r} s`;
}
