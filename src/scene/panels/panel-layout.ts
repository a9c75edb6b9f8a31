/**
 * Pure layout of a panel model into positioned text and shapes, in panel units (the panel is 100 wide,
 * y grows downward). The 3D panel scales it to metres; tests check sizes against the legibility rules.
 */
import type { PanelModel, PanelRow } from '../../content/panel-model';

/** Panel width in panel units. */
export const PANEL_WIDTH = 100;
const PAD = 6;
const INNER = PANEL_WIDTH - PAD * 2;

/** Font sizes in panel units (em height). */
export const panelFont = { title: 6.2, subtitle: 3.6, numeral: 9, unit: 3.6, label: 3.4, small: 2.7, body: 3.8, year: 4.6 } as const;

/** A positioned text. */
export interface TextItem {
  key: string;
  text: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
  tone: 'text' | 'muted' | 'accent';
  maxWidth: number;
  anchorX: 'left' | 'right' | 'center';
}

/** A positioned shape: a bar (rect), a gauge (arc) or a timeline dot. */
export type ShapeItem =
  | { kind: 'rect'; key: string; x: number; y: number; w: number; h: number; tone: 'track' | 'accent' | 'rule' }
  | { kind: 'arc'; key: string; x: number; y: number; r: number; fraction: number }
  | { kind: 'dot'; key: string; x: number; y: number; r: number }
  | { kind: 'button'; key: string; x: number; y: number; w: number; h: number };

/** A button drawn on a panel (used in VR, where there is no DOM). */
export interface PanelButton {
  id: string;
  label: string;
}

/** Button height in panel units: a comfortable ray target in VR (about 8 cm at the VR panel scale). */
export const BUTTON_HEIGHT = 7;

/** A laid-out panel. */
export interface PanelLayout {
  width: number;
  height: number;
  texts: TextItem[];
  shapes: ShapeItem[];
}

/** Approximate advance of a character in ems: CJK glyphs are square, Latin about half as wide. */
const advance = (ch: string) => (/[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : /[A-Z0-9%]/.test(ch) ? 0.62 : 0.52);

/** Estimated width of a single-line text, in the units of `size`. */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += advance(ch);
  return w * size;
}

/** Estimated number of lines when `text` wraps at `maxWidth` (word wrapping wastes some space). */
export function estimateLines(text: string, size: number, maxWidth: number): number {
  return Math.max(1, Math.ceil((textWidth(text, size) * 1.06) / maxWidth));
}

const LINE = 1.25;

/** Lays out a panel model, with an optional row of buttons at the bottom. */
export function layoutPanel(model: PanelModel, buttons: readonly PanelButton[] = []): PanelLayout {
  const texts: TextItem[] = [];
  const shapes: ShapeItem[] = [];
  let y = PAD;
  const text = (key: string, t: string, x: number, size: number, opts: Partial<TextItem> = {}) => {
    const maxWidth = opts.maxWidth ?? INNER - (x - PAD);
    texts.push({ key, text: t, x, y, size, bold: false, tone: 'text', maxWidth, anchorX: 'left', ...opts });
    return estimateLines(t, size, maxWidth) * size * LINE;
  };
  y += text('title', model.title, PAD, panelFont.title, { bold: true });
  if (model.subtitle) y += text('subtitle', model.subtitle, PAD, panelFont.subtitle, { tone: 'muted' }) + 1;
  y += 2;
  shapes.push({ kind: 'rect', key: 'rule', x: PAD, y, w: 14, h: 0.8, tone: 'accent' });
  y += 4;

  const figures = model.rows.filter((r) => r.type === 'figure');
  let col = 0;
  let rowHeight = 0;
  const colWidth = (INNER - 4) / 2;
  model.rows.forEach((row: PanelRow, i) => {
    if (row.type !== 'figure' && col === 1) {
      y += rowHeight;
      col = 0;
      rowHeight = 0;
    }
    const key = `r${i}`;
    if (row.type === 'figure') {
      // Figures sit in two columns; a lone figure gets the full width.
      const full = figures.length === 1;
      const x = PAD + col * (colWidth + 4);
      const width = full ? INNER : colWidth;
      const top = y;
      let h = 0;
      if (row.qualifier) {
        texts.push({ key: `${key}q`, text: row.qualifier, x, y: top, size: panelFont.small, bold: false, tone: 'muted', maxWidth: width, anchorX: 'left' });
        h += panelFont.small * LINE;
      }
      texts.push({ key: `${key}n`, text: row.number, x, y: top + h, size: panelFont.numeral, bold: true, tone: 'accent', maxWidth: width, anchorX: 'left' });
      const numW = textWidth(row.number, panelFont.numeral);
      texts.push({
        key: `${key}u`,
        text: row.unit,
        x: x + numW + 1.2,
        y: top + h + panelFont.numeral - panelFont.unit * 1.35,
        size: panelFont.unit,
        bold: true,
        tone: 'accent',
        maxWidth: Math.max(8, width - numW - 1.2),
        anchorX: 'left',
      });
      h += panelFont.numeral * 1.08;
      const label = `${row.label}${row.alt ? ` (${row.alt})` : ''}`;
      texts.push({ key: `${key}l`, text: label, x, y: top + h, size: panelFont.label, bold: false, tone: 'text', maxWidth: width, anchorX: 'left' });
      h += estimateLines(label, panelFont.label, width) * panelFont.label * LINE;
      const meta = row.note ? `${row.year} · ${row.note}` : String(row.year);
      texts.push({ key: `${key}y`, text: meta, x, y: top + h, size: panelFont.small, bold: false, tone: 'muted', maxWidth: width, anchorX: 'left' });
      h += estimateLines(meta, panelFont.small, width) * panelFont.small * LINE + 3.5;
      rowHeight = Math.max(rowHeight, h);
      if (full || col === 1) {
        y += rowHeight;
        col = 0;
        rowHeight = 0;
      } else col = 1;
      return;
    }
    if (row.type === 'bars') {
      y += text(`${key}t`, `${row.title} · ${row.year}`, PAD, panelFont.label, { tone: 'muted' }) + 1;
      const labelW = 44;
      const barX = PAD + labelW + 2;
      const valueW = 24;
      const barMax = INNER - labelW - 2 - valueW - 2;
      row.items.forEach((item, j) => {
        const lines = estimateLines(item.label, panelFont.label, labelW);
        const h = Math.max(5.5, lines * panelFont.label * LINE + 1);
        texts.push({ key: `${key}b${j}l`, text: item.label, x: PAD, y, size: panelFont.label, bold: false, tone: 'text', maxWidth: labelW, anchorX: 'left' });
        shapes.push({ kind: 'rect', key: `${key}b${j}t`, x: barX, y: y + 0.6, w: barMax, h: 3.2, tone: 'track' });
        shapes.push({ kind: 'rect', key: `${key}b${j}v`, x: barX, y: y + 0.6, w: Math.max(0.8, barMax * item.fraction), h: 3.2, tone: 'accent' });
        texts.push({ key: `${key}b${j}v`, text: item.text, x: PANEL_WIDTH - PAD, y, size: panelFont.label, bold: true, tone: 'accent', maxWidth: valueW, anchorX: 'right' });
        y += h;
      });
      y += 3;
      return;
    }
    if (row.type === 'gauge') {
      const r = 10;
      const cx = PAD + r + 1;
      const cy = y + r + 1;
      shapes.push({ kind: 'arc', key: `${key}g`, x: cx, y: cy, r, fraction: row.fraction });
      const gaugeText = `${row.figure.number}${row.figure.unit}`;
      const gaugeSize = Math.min(panelFont.unit * 1.2, (r * 1.3) / Math.max(1, textWidth(gaugeText, 1)));
      texts.push({ key: `${key}gn`, text: gaugeText, x: cx, y: cy - gaugeSize * 0.65, size: gaugeSize, bold: true, tone: 'accent', maxWidth: r * 2, anchorX: 'center' });
      const tx = cx + r + 5;
      const w = PANEL_WIDTH - PAD - tx;
      const label = row.figure.qualifier ? `${row.figure.label}: ${row.figure.text}` : row.figure.label;
      texts.push({ key: `${key}gl`, text: label, x: tx, y: y + 2, size: panelFont.label, bold: false, tone: 'text', maxWidth: w, anchorX: 'left' });
      const lh = estimateLines(label, panelFont.label, w) * panelFont.label * LINE;
      texts.push({ key: `${key}gy`, text: String(row.figure.year), x: tx, y: y + 2 + lh, size: panelFont.small, bold: false, tone: 'muted', maxWidth: w, anchorX: 'left' });
      y += Math.max(2 * r + 2, lh + 8) + 4;
      return;
    }
    if (row.type === 'timeline') {
      const x0 = PAD + 2;
      const start = y;
      row.entries.forEach((e, j) => {
        shapes.push({ kind: 'dot', key: `${key}d${j}`, x: x0, y: y + panelFont.year * 0.55, r: 1.3 });
        texts.push({ key: `${key}y${j}`, text: String(e.year), x: x0 + 5, y, size: panelFont.year, bold: true, tone: 'accent', maxWidth: 20, anchorX: 'left' });
        const tw = INNER - 24;
        texts.push({ key: `${key}e${j}`, text: e.text, x: x0 + 22, y: y + 0.5, size: panelFont.body, bold: false, tone: 'text', maxWidth: tw, anchorX: 'left' });
        y += Math.max(panelFont.year * LINE, estimateLines(e.text, panelFont.body, tw) * panelFont.body * LINE) + 3.5;
      });
      shapes.push({ kind: 'rect', key: `${key}line`, x: x0 - 0.25, y: start + 2, w: 0.5, h: y - start - 8, tone: 'rule' });
      return;
    }
    y += text(key, row.text, PAD, panelFont.body) + 3;
  });
  if (col === 1) y += rowHeight;
  y += 1;
  shapes.push({ kind: 'rect', key: 'srule', x: PAD, y, w: INNER, h: 0.25, tone: 'rule' });
  y += 2;
  model.sources.forEach((s, i) => {
    y += text(`s${i}`, s, PAD, panelFont.small, { tone: 'muted' });
  });
  if (buttons.length) {
    y += 3;
    const gap = 3;
    const w = (INNER - gap * (buttons.length - 1)) / buttons.length;
    buttons.forEach((b, i) => {
      const x = PAD + i * (w + gap);
      shapes.push({ kind: 'button', key: b.id, x, y, w, h: BUTTON_HEIGHT });
      texts.push({ key: `btn-${b.id}`, text: b.label, x: x + w / 2, y: y + (BUTTON_HEIGHT - panelFont.body) / 2, size: panelFont.body, bold: true, tone: 'text', maxWidth: w - 2, anchorX: 'center' });
    });
    y += BUTTON_HEIGHT;
  }
  y += PAD - 1;
  return { width: PANEL_WIDTH, height: y, texts, shapes };
}
