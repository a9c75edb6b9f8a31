import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, readContentFiles } from '../../src/content/load-files';
import { formatProblems, formatPath, validateContent } from '../../src/content/validate';
import { uiKeys } from '../../src/i18n/keys';
import { realFiles } from './content-helpers';

const problemsOf = (files: ReturnType<typeof realFiles>) => {
  const r = validateContent(files);
  return r.ok ? '' : formatProblems(r.problems);
};

describe('content validation', () => {
  it('accepts the shipped content and applies schema defaults', () => {
    const r = validateContent(realFiles());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.content.pavilions.map((p) => p.id)).toEqual(['douyin-pico', 'pico', 'dapeng-vr', 'goertek']);
    expect(r.content.figures.find((f) => f.id === 'unicorns')?.qualifier).toBe('exact');
  });

  it('names file, path and reason for a missing translation', () => {
    const f = realFiles();
    delete f['pavilions.json'].pavilions[3].name.zh;
    expect(problemsOf(f)).toContain('pavilions.json: pavilions[3].name.zh: required');
  });

  it('rejects an empty translation', () => {
    const f = realFiles();
    f['figures.json'].figures[0].label.en = '  ';
    expect(problemsOf(f)).toContain('figures.json: figures[0].label.en: required');
  });

  it('requires every figure to carry value, unit, year and source', () => {
    const f = realFiles();
    delete f['figures.json'].figures[2].year;
    delete f['figures.json'].figures[3].source;
    f['figures.json'].figures[4].value = 'lots';
    delete f['figures.json'].figures[5].unit;
    const p = problemsOf(f);
    expect(p).toContain('figures.json: figures[2].year: required');
    expect(p).toContain('figures.json: figures[3].source: required');
    expect(p).toMatch(/figures\.json: figures\[4\]\.value: .*number/);
    expect(p).toContain('figures.json: figures[5].unit: required');
  });

  it('rejects a bad colour, an unknown pavilion form and an unexpected field', () => {
    const f = realFiles();
    f['pavilions.json'].pavilions[0].color = 'red';
    f['pavilions.json'].pavilions[1].form = 'box';
    f['pavilions.json'].pavilions[2].logo = 'x.png';
    const p = problemsOf(f);
    expect(p).toContain('pavilions.json: pavilions[0].color: must be a colour like #3a7bd5');
    expect(p).toMatch(/pavilions\.json: pavilions\[1\]\.form: /);
    expect(p).toMatch(/pavilions\.json: pavilions\[2\]: .*logo/);
  });

  it('rejects references to figures, sources and plots that do not exist', () => {
    const f = realFiles();
    f['panels.json'].panels[0].blocks[0].figures[1] = 'no-such-figure';
    f['figures.json'].figures[0].source = 'no-such-source';
    f['pavilions.json'].pavilions[0].plot = 'no-such-plot';
    const p = problemsOf(f);
    expect(p).toContain('panels.json: panels[0].blocks[0].figures[1]: unknown figure "no-such-figure"');
    expect(p).toContain('figures.json: figures[0].source: unknown source "no-such-source"');
    expect(p).toContain('pavilions.json: pavilions[0].plot: unknown plot "no-such-plot"');
  });

  it('rejects duplicate ids and a pavilion too big for its plot', () => {
    const f = realFiles();
    f['pavilions.json'].pavilions[1].id = 'douyin-pico';
    f['pavilions.json'].pavilions[2].footprint = [240, 240];
    const p = problemsOf(f);
    expect(p).toContain('pavilions.json: pavilions[1].id: duplicate id "douyin-pico"');
    expect(p).toMatch(/pavilions\.json: pavilions\[2\]\.footprint: does not fit plot/);
  });

  it('rejects a park outline whose area does not match the reported 2,000 mu', () => {
    const f = realFiles();
    f['park.json'].outline = f['park.json'].outline.map(([x, z]: [number, number]) => [x * 1.2, z * 1.2]);
    expect(problemsOf(f)).toMatch(/park\.json: outline: encloses \d+ m², but "vr-park-area" says 1333333 m²/);
  });

  it('rejects a gauge on a figure that is not a percentage', () => {
    const f = realFiles();
    const panel = f['panels.json'].panels.find((p: { id: string }) => p.id === 'vr-industry');
    panel.blocks.find((b: { kind: string }) => b.kind === 'gauge').figure = 'unicorns';
    expect(problemsOf(f)).toMatch(/panels\.json: panels\[\d\]\.blocks\[\d\]\.figure: a gauge needs a percentage figure/);
  });

  it('requires every UI string the code uses', () => {
    const f = realFiles();
    delete f['ui.json']['nav.pavilions'];
    expect(problemsOf(f)).toContain('ui.json: nav.pavilions: required (the UI uses this string)');
    expect(uiKeys.every((k) => k in realFiles()['ui.json'])).toBe(true);
  });

  it('reports a file that is not valid JSON, by name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync(contentDir, dir, { recursive: true });
    writeFileSync(join(dir, 'panels.json'), readFileSync(join(dir, 'panels.json'), 'utf8').slice(0, 50));
    const { problems } = readContentFiles(dir);
    expect(formatProblems(problems)).toMatch(/^panels\.json: \(file\): not valid JSON/);
  });

  it('formats zod paths the way editors read them', () => {
    expect(formatPath(['pavilions', 3, 'name', 'zh'])).toBe('pavilions[3].name.zh');
    expect(formatPath([])).toBe('(root)');
  });
});
