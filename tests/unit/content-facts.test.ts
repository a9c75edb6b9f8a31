import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/content/validate';
import { realFiles } from './content-helpers';

const r = validateContent(realFiles());
if (!r.ok) throw new Error('content invalid');
const content = r.content;
/** The repository root: each source's `reference` is a path from there to the text kept in the project. */
const repo = new URL('../../', import.meta.url);
/** A source's text, read from where sources.json says it is kept. */
const textOf = (id: string) => readFileSync(new URL(content.sources.find((s) => s.id === id)!.reference, repo), 'utf8');
const fig = (id: string) => content.figures.find((f) => f.id === id)!;

describe('content facts come from the report', () => {
  it('keeps every source text inside the project, where sources.json says', () => {
    for (const s of content.sources) {
      expect(s.reference, `${s.id}: a path inside the repository`).toMatch(/^(?!\/)(?!.*\.\.)[\w./-]+\.txt$/);
      expect(existsSync(new URL(s.reference, repo)), `${s.id}: ${s.reference} exists`).toBe(true);
    }
  });

  it('quotes its source verbatim for every figure, timeline entry and pavilion', () => {
    // Straight quotes in the report; the data may use them as-is.
    for (const f of content.figures) expect(textOf(f.source), f.id).toContain(f.quote);
    for (const t of content.timeline) expect(textOf(t.source), String(t.year)).toContain(t.quote);
    for (const p of content.pavilions) expect(textOf(p.source), p.id).toContain(p.quote);
  });

  it('holds the district figures the report gives', () => {
    expect(fig('unicorns').value).toBe(9);
    expect(fig('little-giants').value).toBe(28);
    expect(fig('gazelles').value).toBe(47);
    expect(fig('high-tech-enterprises').value).toBe(920);
    expect(fig('high-tech-density').value).toBe(178);
    expect(fig('research-institutions').value).toBe(52);
    expect(fig('talents').value).toBe(160);
    expect(fig('high-tech-output-share')).toMatchObject({ value: 86.55, year: 2023 });
    expect(fig('leading-industry-scale')).toMatchObject({ value: 180e9, qualifier: 'over', alt: { value: 25.33e9 } });
    expect(fig('key-industries').value).toBe(7);
    expect(fig('top-100-zones').value).toBe(2);
  });

  it('holds the VR park figures the report gives', () => {
    expect(fig('vr-park-area')).toMatchObject({ value: 2000, qualifier: 'over', year: 2022, alt: { value: 133.33 } });
    expect(fig('vr-shipment-share')).toMatchObject({ value: 80, qualifier: 'over' });
    expect(fig('vr-industry-scale')).toMatchObject({ value: 18e9, qualifier: 'over', year: 2023 });
    expect(fig('vr-industry-growth')).toMatchObject({ value: 50, year: 2023 });
  });

  it('names the four companies with their roles as reported', () => {
    const roles = Object.fromEntries(content.pavilions.map((p) => [p.name.en, p.role.en]));
    expect(roles['Douyin Pico']).toMatch(/consumer-facing/);
    expect(roles['Dapeng VR']).toMatch(/consumer-facing/);
    expect(roles['GoerTek']).toMatch(/electroacoustic components manufacturer/);
    expect(roles['Pico']).toMatch(/headset maker/);
  });

  it('has the timeline 1994, 2016, 2022, 2023', () => {
    expect(content.timeline.map((t) => t.year)).toEqual([1994, 2016, 2022, 2023]);
  });

  it('gives every pavilion a distinct architectural form', () => {
    expect(new Set(content.pavilions.map((p) => p.form)).size).toBe(content.pavilions.length);
  });
});
