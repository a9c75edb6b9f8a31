/**
 * The glanceable layout of a panel: what a visitor reads at a glance from three metres (desktop overview) or
 * across a VR table. Big numerals, one label line per figure with its year, a short source line; every text at
 * least `glanceFont.small` units (5.2 % of the panel width). Rows are added in reading order while they fit
 * `maxHeight`: the desktop details card is the full, accessible version.
 */
import type { FigureRow, PanelModel, PanelRow } from '../../content/panel-model';
import { BUTTON_HEIGHT, estimateLines, PANEL_WIDTH, textWidth, type PanelButton, type PanelLayout, type ShapeItem, type TextItem } from './panel-layout';

/** Font sizes of the glance layout, in panel units (the panel is 100 wide). */
export const glanceFont = { title: 6.4, numeral: 12, unit: 5.4, label: 5.2, small: 5.2, body: 5.4 } as const;
/** The smallest text of a glance layout, in panel units: what the legibility rules are checked against. */
export const GLANCE_MIN_FONT = Math.min(...Object.values(glanceFont));

const PAD = 5;
const INNER = PANEL_WIDTH - PAD * 2;
const LINE = 1.25;
const GAP = 4;
/** Line estimates with room to spare: the bold numerals and some Latin words run wider than the average advance. */
const lines = (text: string, size: number, width: number) => estimateLines(text, size, width * 0.9);

/** "Source: China Daily, 2024-11-18": the publisher's short name (before any bracket) and the date. */
export function shortSource(line: string): string {
  return line.replace(/\s*[(（][^)）]*[)）]/, '').replace(/[,，]?\s*via [^,]*/, '');
}

/** Lays out a model for a glance; rows that would exceed `maxHeight` are left out (buttons always stay). */
export function layoutGlance(model: PanelModel, { maxHeight = Infinity, buttons = [] as readonly PanelButton[] } = {}): PanelLayout {
  const texts: TextItem[] = [];
  const shapes: ShapeItem[] = [];
  const colWidth = (INNER - GAP) / 2;
  const t = (key: string, text: string, x: number, y: number, size: number, o: Partial<TextItem> = {}): number => {
    const maxWidth = o.maxWidth ?? INNER - (x - PAD);
    texts.push({ key, text, x, y, size, bold: false, tone: 'text', maxWidth, anchorX: 'left', ...o });
    return lines(text, size, maxWidth) * size * LINE;
  };
  let y = PAD;
  y += t('title', model.title, PAD, y, glanceFont.title, { bold: true });
  if (model.kind === 'pavilion' && model.subtitle) y += t('subtitle', model.subtitle, PAD, y, glanceFont.small, { tone: 'muted' });
  y += 1.5;
  shapes.push({ kind: 'rect', key: 'rule', x: PAD, y, w: 14, h: 0.9, tone: 'accent' });
  y += 3.5;

  const source = model.sources[0] ? shortSource(model.sources[0]) : null;
  const footer = (source ? lines(source, glanceFont.small, INNER) * glanceFont.small * LINE + 3 : 0) + (buttons.length ? buttons.length * (BUTTON_HEIGHT + 3) : 0) + PAD;
  const fits = (h: number) => y + h + GAP + footer <= maxHeight;

  /** One figure: (qualifier) numeral unit / label · year. Returns its height. */
  const figure = (key: string, f: FigureRow, x: number, top: number, width: number, dry: boolean): number => {
    const label = `${f.label} · ${f.year}`;
    const labelH = lines(label, glanceFont.label, width) * glanceFont.label * LINE;
    const qw = f.qualifier ? textWidth(f.qualifier, glanceFont.small) * 1.15 + 1.2 : 0;
    const nw = textWidth(f.number, glanceFont.numeral) * 1.15 + 1.2;
    // The qualifier ("about", "over") sits before the numeral; where both do not fit the column it goes on a line
    // above, so the numeral is never broken ("2,00" / "0" on a narrow panel).
    const qAbove = !!f.qualifier && qw + nw > width;
    const qh = qAbove ? glanceFont.small * LINE : 0;
    const nx = qAbove ? x : x + qw;
    const nTop = top + qh;
    // The unit sits beside the numeral when there is room, else on its own line under it.
    const besideUnit = nx - x + nw + textWidth(f.unit, glanceFont.unit) * 1.2 <= width;
    const unitH = besideUnit ? 0 : lines(f.unit, glanceFont.unit, width) * glanceFont.unit * LINE;
    const h = qh + glanceFont.numeral * 1.1 + unitH + labelH;
    if (dry) return h;
    if (f.qualifier)
      texts.push({ key: `${key}q`, text: f.qualifier, x, y: qAbove ? top : top + glanceFont.numeral - glanceFont.small * 1.3, size: glanceFont.small, bold: false, tone: 'muted', maxWidth: qAbove ? width : qw, anchorX: 'left' });
    texts.push({ key: `${key}n`, text: f.number, x: nx, y: nTop, size: glanceFont.numeral, bold: true, tone: 'accent', maxWidth: x + width - nx, anchorX: 'left' });
    const ux = besideUnit ? nx + nw : x;
    const uy = besideUnit ? nTop + glanceFont.numeral - glanceFont.unit * 1.3 : nTop + glanceFont.numeral * 1.1;
    texts.push({ key: `${key}u`, text: f.unit, x: ux, y: uy, size: glanceFont.unit, bold: true, tone: 'accent', maxWidth: x + width - ux, anchorX: 'left' });
    texts.push({ key: `${key}l`, text: label, x, y: nTop + glanceFont.numeral * 1.1 + unitH, size: glanceFont.label, bold: false, tone: 'text', maxWidth: width, anchorX: 'left' });
    return h;
  };

  // Figures (and gauges, read as figures) pair up in two columns; bars, timelines and text take the full width.
  const asFigure = (r: PanelRow): FigureRow | null => (r.type === 'figure' ? r : r.type === 'gauge' ? r.figure : null);
  const rows = model.rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const f = asFigure(row);
    if (f) {
      const next = rows[i + 1];
      const g = next ? asFigure(next) : null;
      const lone = !g && (i === 0 || !asFigure(rows[i - 1]!)) && rows.filter((r) => asFigure(r)).length === 1;
      const w = lone ? INNER : colWidth;
      const h = Math.max(figure('', f, PAD, y, w, true), g ? figure('', g, PAD, y, w, true) : 0);
      if (!fits(h)) break;
      figure(`r${i}`, f, PAD, y, w, false);
      if (g) {
        figure(`r${i + 1}`, g, PAD + colWidth + GAP, y, w, false);
        i++;
      }
      y += h + GAP;
    } else if (row.type === 'bars') {
      const title = `${row.title} · ${row.year}`;
      const th = lines(title, glanceFont.small, INNER) * glanceFont.small * LINE;
      const labelW = 50;
      const rowH = (item: { label: string }) => Math.max(glanceFont.label * LINE, lines(item.label, glanceFont.label, labelW) * glanceFont.label * LINE) + 1.5;
      const h = th + row.items.reduce((s, it) => s + rowH(it), 0);
      if (!fits(h)) break;
      t(`r${i}t`, title, PAD, y, glanceFont.small, { tone: 'muted' });
      let by = y + th;
      const barX = PAD + labelW + 2;
      const valueW = 14;
      const barMax = INNER - labelW - 2 - valueW - 1;
      row.items.forEach((item, j) => {
        texts.push({ key: `r${i}b${j}l`, text: item.label, x: PAD, y: by, size: glanceFont.label, bold: false, tone: 'text', maxWidth: labelW, anchorX: 'left' });
        shapes.push({ kind: 'rect', key: `r${i}b${j}t`, x: barX, y: by + 1, w: barMax, h: 3.4, tone: 'track' });
        shapes.push({ kind: 'rect', key: `r${i}b${j}v`, x: barX, y: by + 1, w: Math.max(0.8, barMax * item.fraction), h: 3.4, tone: 'accent' });
        texts.push({ key: `r${i}b${j}v`, text: String(item.value), x: PANEL_WIDTH - PAD, y: by, size: glanceFont.label, bold: true, tone: 'accent', maxWidth: valueW, anchorX: 'right' });
        by += rowH(item);
      });
      y += h + GAP;
    } else if (row.type === 'timeline') {
      const yearW = 17;
      const tw = INNER - yearW;
      const entryH = (e: { text: string }) => lines(e.text, glanceFont.body, tw) * glanceFont.body * LINE + 2;
      const start = y;
      let placed = 0;
      for (const [j, e] of row.entries.entries()) {
        if (!fits(entryH(e))) break;
        texts.push({ key: `r${i}y${j}`, text: String(e.year), x: PAD, y, size: glanceFont.body, bold: true, tone: 'accent', maxWidth: yearW, anchorX: 'left' });
        t(`r${i}e${j}`, e.text, PAD + yearW, y, glanceFont.body, { maxWidth: tw });
        y += entryH(e);
        placed++;
      }
      if (placed) shapes.push({ kind: 'rect', key: `r${i}line`, x: PAD + yearW - 2.5, y: start + 1, w: 0.5, h: y - start - 3, tone: 'rule' });
      if (placed < row.entries.length) break;
      y += GAP - 2;
    } else if (row.type === 'text') {
      const h = lines(row.text, glanceFont.body, INNER) * glanceFont.body * LINE;
      if (!fits(h)) break;
      t(`r${i}`, row.text, PAD, y, glanceFont.body);
      y += h + GAP - 1;
    }
  }
  if (source) {
    shapes.push({ kind: 'rect', key: 'srule', x: PAD, y, w: INNER, h: 0.3, tone: 'rule' });
    y += 2;
    y += t('s0', source, PAD, y, glanceFont.small, { tone: 'muted' });
  }
  if (buttons.length) {
    y += 3;
    const gap = 3;
    // As many buttons a row as keep every label on one line (a wrapped label would spill out of its button).
    const widthFor = (k: number) => (INNER - gap * (k - 1)) / k;
    let perRow = buttons.length;
    while (perRow > 1 && buttons.some((b) => textWidth(b.label, glanceFont.body) * 1.15 > widthFor(perRow) - 2)) perRow--;
    const w = widthFor(perRow);
    buttons.forEach((b, i) => {
      const x = PAD + (i % perRow) * (w + gap);
      const by = y + Math.floor(i / perRow) * (BUTTON_HEIGHT + gap);
      shapes.push({ kind: 'button', key: b.id, x, y: by, w, h: BUTTON_HEIGHT });
      texts.push({ key: `btn-${b.id}`, text: b.label, x: x + w / 2, y: by + (BUTTON_HEIGHT - glanceFont.body) / 2, size: glanceFont.body, bold: true, tone: 'text', maxWidth: w - 2, anchorX: 'center' });
    });
    const rows = Math.ceil(buttons.length / perRow);
    y += rows * BUTTON_HEIGHT + (rows - 1) * gap;
  }
  y += PAD;
  return { width: PANEL_WIDTH, height: y, texts, shapes };
}
