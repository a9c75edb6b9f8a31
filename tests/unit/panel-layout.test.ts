import { describe, expect, it } from 'vitest';
import { content } from '../../src/content';
import { panelModel, pavilionModel } from '../../src/content/panel-model';
import { estimateLines, layoutPanel, PANEL_WIDTH, textWidth } from '../../src/scene/panels/panel-layout';

const models = (['zh', 'en'] as const).flatMap((lang) => [
  ...content.panels.map((p) => panelModel(p, lang)),
  ...content.pavilions.map((p) => pavilionModel(p, lang)),
]);

describe('panel model and layout', () => {
  it('shows every figure of a panel with its unit, year and source', () => {
    const vr = panelModel(content.panels.find((p) => p.id === 'vr-industry')!, 'en');
    const figures = vr.rows.flatMap((r) => (r.type === 'figure' ? [r] : r.type === 'gauge' ? [r.figure] : []));
    expect(figures.map((f) => f.text)).toEqual(['over 18 billion yuan', '50%', 'over 2,000 mu', 'over 80%']);
    expect(figures.every((f) => f.year >= 2022)).toBe(true);
    expect(vr.sources).toEqual(['Source: China Daily (chinadaily.com.cn), via PR Newswire, 2024-11-18']);
  });

  it('invents no figures for a company', () => {
    const m = pavilionModel(content.pavilions.find((p) => p.id === 'goertek')!, 'zh');
    expect(m.rows.some((r) => r.type === 'figure' || r.type === 'gauge' || r.type === 'bars')).toBe(false);
    expect(m.rows[0]).toEqual({ type: 'text', text: '核心配套企业：电声器件制造商' });
  });

  it('keeps every text inside the panel in both languages', () => {
    for (const m of models) {
      const l = layoutPanel(m);
      for (const t of l.texts) {
        const left = t.anchorX === 'left' ? t.x : t.anchorX === 'right' ? t.x - t.maxWidth : t.x - t.maxWidth / 2;
        expect(left, `${m.id} ${t.key}`).toBeGreaterThanOrEqual(0);
        expect(left + t.maxWidth, `${m.id} ${t.key}`).toBeLessThanOrEqual(PANEL_WIDTH + 1e-9);
        expect(t.y + t.size, `${m.id} ${t.key}`).toBeLessThanOrEqual(l.height);
      }
    }
  });

  it('does not let the text of one row run into the next', () => {
    for (const m of models) {
      const l = layoutPanel(m);
      const lefts = l.texts.filter((t) => t.anchorX === 'left' && t.x < 10).sort((a, b) => a.y - b.y);
      for (let i = 1; i < lefts.length; i++) {
        const prev = lefts[i - 1]!;
        const h = estimateLines(prev.text, prev.size, prev.maxWidth) * prev.size;
        expect(lefts[i]!.y, `${m.id}: "${prev.text}" overlaps "${lefts[i]!.text}"`).toBeGreaterThanOrEqual(prev.y + h - 0.01);
      }
    }
  });

  it('estimates CJK text as wider than Latin text of the same length', () => {
    expect(textWidth('崂山', 1)).toBeGreaterThan(textWidth('ab', 1));
    expect(estimateLines('a'.repeat(10), 1, 100)).toBe(1);
    expect(estimateLines('崂'.repeat(50), 2, 40)).toBeGreaterThanOrEqual(3);
  });
});
