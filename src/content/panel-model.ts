/**
 * Turns a data panel or a pavilion into rows of localized text: the one model both the 3D panel and the
 * HUD's accessible details render, so the two always say the same thing.
 */
import { t } from '../i18n';
import type { Lang } from '../i18n/lang';
import { figureParts, formatFigureValue, withQualifier } from '../lib/format';
import { content, getFigure, getSource } from './index';
import type { Figure, Panel, Pavilion } from './types';

/** One figure ready to show: big numeral, unit, label, year. */
export interface FigureRow {
  type: 'figure';
  id: string;
  label: string;
  qualifier: string | null;
  number: string;
  unit: string;
  /** The figure as one phrase, e.g. "over 2,000 mu" / "超过2000亩". */
  text: string;
  /** The source's own equivalent, e.g. "133.33 hectares". */
  alt: string | null;
  year: number;
  note: string | null;
}

/** The rows of a panel, in reading order. */
export type PanelRow =
  | FigureRow
  | { type: 'bars'; title: string; items: { label: string; value: number; text: string; fraction: number }[]; year: number }
  | { type: 'gauge'; figure: FigureRow; fraction: number }
  | { type: 'timeline'; entries: { year: number; text: string }[] }
  | { type: 'text'; text: string };

/** A panel ready to render. */
export interface PanelModel {
  id: string;
  kind: 'panel' | 'pavilion';
  title: string;
  subtitle: string | null;
  accent: string | null;
  rows: PanelRow[];
  /** "Source: publisher, date" lines. */
  sources: string[];
}

/** A figure in a language. */
export function figureRow(f: Figure, lang: Lang): FigureRow {
  const parts = figureParts(f.value, f.unit[lang], lang);
  const qualifier = f.qualifier === 'over' ? t('figure.over', lang) : f.qualifier === 'about' ? t('figure.about', lang) : null;
  return {
    type: 'figure',
    id: f.id,
    label: f.label[lang],
    qualifier,
    number: parts.number,
    unit: parts.unit,
    text: withQualifier(formatFigureValue(f.value, f.unit[lang], lang), qualifier, lang),
    alt: f.alt ? formatFigureValue(f.alt.value, f.alt.unit[lang], lang) : null,
    year: f.year,
    note: f.note ? f.note[lang] : null,
  };
}

const sourceLine = (id: string, lang: Lang) => {
  const s = getSource(id);
  return `${t('figure.source', lang)}: ${s.publisher[lang]}, ${s.date}`;
};

/** The model of a data panel. */
export function panelModel(panel: Panel, lang: Lang): PanelModel {
  const sourceIds = new Set<string>();
  const rows: PanelRow[] = [];
  for (const block of panel.blocks) {
    if (block.kind === 'figures')
      for (const id of block.figures) {
        const f = getFigure(id);
        sourceIds.add(f.source);
        rows.push(figureRow(f, lang));
      }
    else if (block.kind === 'bars') {
      const figs = block.figures.map(getFigure);
      figs.forEach((f) => sourceIds.add(f.source));
      const max = Math.max(...figs.map((f) => f.value));
      rows.push({
        type: 'bars',
        title: block.title[lang],
        year: Math.max(...figs.map((f) => f.year)),
        items: figs.map((f) => ({ label: f.label[lang], value: f.value, text: figureRow(f, lang).text, fraction: max > 0 ? f.value / max : 0 })),
      });
    } else if (block.kind === 'gauge') {
      const f = getFigure(block.figure);
      sourceIds.add(f.source);
      rows.push({ type: 'gauge', figure: figureRow(f, lang), fraction: f.value / 100 });
    } else if (block.kind === 'timeline') {
      content.timeline.forEach((e) => sourceIds.add(e.source));
      rows.push({ type: 'timeline', entries: [...content.timeline].sort((a, b) => a.year - b.year).map((e) => ({ year: e.year, text: e.text[lang] })) });
    } else rows.push({ type: 'text', text: block.text[lang] });
  }
  return {
    id: panel.id,
    kind: 'panel',
    title: panel.title[lang],
    subtitle: panel.subtitle ? panel.subtitle[lang] : null,
    accent: null,
    rows,
    sources: [...sourceIds].map((id) => sourceLine(id, lang)),
  };
}

/** The model of a pavilion's panel: what the report says of the company, and no invented figures. */
export function pavilionModel(p: Pavilion, lang: Lang): PanelModel {
  return {
    id: p.id,
    kind: 'pavilion',
    title: p.name[lang],
    subtitle: t(p.category === 'consumer' ? 'details.category.consumer' : 'details.category.supporting', lang),
    accent: p.color,
    rows: [
      { type: 'text', text: p.role[lang] },
      { type: 'text', text: t('figure.derivedNone', lang) },
    ],
    sources: [sourceLine(p.source, lang)],
  };
}
