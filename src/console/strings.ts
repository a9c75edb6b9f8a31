/**
 * The operator console's texts, in Chinese and English. Staff-facing (not visitor content), so they live
 * beside the console rather than in the exhibit's ui.json; the `satisfies` below makes a missing language a
 * type error and tests/unit/live-console.test.ts checks none is empty.
 */
import type { Lang } from '../../server/live/schema.mjs';

export type { Lang };

/** Every console string; the action names are the console's public contract (accessible names). */
export const consoleStrings = {
  title: { zh: '展台控制台', en: 'Booth console' },
  subtitle: { zh: '崂山虚拟现实产业园 · 展项', en: 'Laoshan VR Industrial Park · exhibit' },
  reset: { zh: '复位', en: 'Reset' },
  language: { zh: '语言', en: 'Language' },
  startTour: { zh: '开始导览', en: 'Start tour' },
  stopTour: { zh: '停止导览', en: 'Stop tour' },
  spectate: { zh: '投屏', en: 'Spectate on TV' },
  mute: { zh: '静音', en: 'Mute' },
  groupTour: { zh: '集体导览', en: 'Group tour' },
  resetAll: { zh: '全部复位', en: 'Reset all' },
  stop: { zh: '停止', en: 'Stop' },
  next: { zh: '下一站', en: 'Next stop' },
  devices: { zh: '设备', en: 'Devices' },
  noDevices: { zh: '还没有设备连接。在头显或电脑上打开展项即可出现在这里。', en: 'No devices yet. Open the exhibit on a headset or computer and it appears here.' },
  label: { zh: '名称', en: 'Label' },
  model: { zh: '型号', en: 'Model' },
  lang: { zh: '语言', en: 'Language' },
  mode: { zh: '模式', en: 'Mode' },
  place: { zh: '位置', en: 'Place' },
  selection: { zh: '选中', en: 'Selection' },
  lastSeen: { zh: '最近消息', en: 'Last seen' },
  tour: { zh: '导览', en: 'Tour' },
  online: { zh: '在线', en: 'Online' },
  offline: { zh: '离线', en: 'Offline' },
  headsetOn: { zh: '头显已戴上', en: 'Headset on' },
  headsetOff: { zh: '头显已摘下', en: 'Headset off' },
  onTv: { zh: '电视正在显示', en: 'On the TV' },
  langZh: { zh: '中文', en: 'Chinese' },
  langEn: { zh: '英文', en: 'English' },
  modeExplore: { zh: '浏览', en: 'Exploring' },
  modeTour: { zh: '导览', en: 'Tour' },
  modeAttract: { zh: '待机演示', en: 'Attract loop' },
  placeDesktop: { zh: '电脑/平板', en: 'Desktop' },
  placeTable: { zh: 'VR · 沙盘', en: 'VR · table' },
  placePark: { zh: 'VR · 园区', en: 'VR · in the park' },
  placeVr: { zh: 'VR', en: 'VR' },
  placeMrTable: { zh: '混合现实 · 桌上模型', en: 'MR · model on the table' },
  placeMrPark: { zh: '混合现实 · 园区', en: 'MR · in the park' },
  placeMr: { zh: '混合现实', en: 'MR' },
  viewOverview: { zh: '全景', en: 'Overview' },
  nothing: { zh: '—', en: '—' },
  paused: { zh: '暂停', en: 'paused' },
  justNow: { zh: '刚刚', en: 'just now' },
  secondsAgo: { zh: '{n} 秒前', en: '{n} s ago' },
  minutesAgo: { zh: '{n} 分钟前', en: '{n} min ago' },
  connecting: { zh: '正在连接…', en: 'Connecting…' },
  live: { zh: '已连接', en: 'Connected' },
  reconnecting: { zh: '连接中断，正在重连…', en: 'Connection lost, reconnecting…' },
  pinTitle: { zh: '输入控制台密码', en: 'Enter the console PIN' },
  pinHint: { zh: '密码在展台电脑运行 npm start 时显示（6 位以上数字）。', en: 'The PIN is printed by npm start on the booth laptop (6 or more digits).' },
  pinField: { zh: '密码', en: 'PIN' },
  pinSubmit: { zh: '连接', en: 'Connect' },
  badPin: { zh: '密码错误，请核对 npm start 显示的密码。', en: 'Wrong PIN: check the PIN printed by npm start.' },
  pinLocked: { zh: '错误次数过多，请一分钟后再试。', en: 'Too many wrong PINs: wait a minute, then try again.' },
  sent: { zh: '已发送到 {n} 台设备', en: 'Sent to {n} device(s)' },
  failed: { zh: '未执行：{reason}', en: 'Not done: {reason}' },
  groupTourTitle: { zh: '集体导览进行中', en: 'Group tour' },
  groupTourHint: { zh: '所有 VR 中的头显同时播放同一站；请讲解：', en: 'Every headset in VR shows this stop now. Narrate:' },
  stopOf: { zh: '第 {i} / {n} 站', en: 'Stop {i} of {n}' },
  inVr: { zh: '{n} 台在 VR 中', en: '{n} in VR' },
  noVr: { zh: '没有头显在 VR 中：戴上头显进入 VR 后会跟上。', en: 'No headset is in VR yet: one that enters VR joins at the next stop.' },
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof consoleStrings;

/** A console string in `lang`, with `{name}` placeholders filled. */
export function ct(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  return consoleStrings[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
