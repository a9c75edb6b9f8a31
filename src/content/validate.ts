/**
 * Validates the content files against the schema and against each other (ids that must exist, the park
 * outline that must match the reported area, pavilions that must fit their plots).
 *
 * Every problem becomes one line `file: path: message`, e.g. `pavilions.json: pavilions[3].name.zh: required`,
 * so an editor knows where to look. Used by the Vite content plugin (a bad file fails the build) and the tests.
 */
import type { z } from 'zod';
import { uiKeys } from '../i18n/keys.ts';
import { muToM2, pointInPolygon, polygonArea, rectCorners } from '../lib/geometry.ts';
import { contentFiles, type ContentFileName } from './schema.ts';
import type { Content } from './types.ts';

/** One problem found in the content. */
export interface ContentProblem {
  file: string;
  path: string;
  message: string;
}

/** The outcome of validating all content files. */
export type ContentResult = { ok: true; content: Content } | { ok: false; problems: ContentProblem[] };

/** Formats a zod path like `['pavilions', 3, 'name', 'zh']` as `pavilions[3].name.zh`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

/** Formats problems one per line, for the build log and the test output. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.path}: ${p.message}`).join('\n');
}

/** The 1% tolerance lets an editor round outline coordinates to whole metres. */
const AREA_TOLERANCE = 0.01;

const parseOptions = {
  error: (issue: z.core.$ZodRawIssue) => (issue.input === undefined ? 'required' : undefined),
};

/** Validates raw (parsed JSON) content files; `files` maps each file name to its parsed JSON. */
export function validateContent(files: Partial<Record<ContentFileName, unknown>>): ContentResult {
  const problems: ContentProblem[] = [];
  const parsed: Partial<Record<ContentFileName, unknown>> = {};
  for (const name of Object.keys(contentFiles) as ContentFileName[]) {
    if (!(name in files) || files[name] === undefined) {
      problems.push({ file: name, path: '(file)', message: 'missing' });
      continue;
    }
    const result = contentFiles[name].safeParse(files[name], parseOptions);
    if (result.success) parsed[name] = result.data;
    else
      for (const issue of result.error.issues)
        problems.push({ file: name, path: formatPath(issue.path), message: issue.message });
  }
  if (problems.length > 0) return { ok: false, problems };
  const content = {
    sources: (parsed['sources.json'] as z.infer<(typeof contentFiles)['sources.json']>).sources,
    ...(parsed['figures.json'] as z.infer<(typeof contentFiles)['figures.json']>),
    ...(parsed['pavilions.json'] as z.infer<(typeof contentFiles)['pavilions.json']>),
    ...(parsed['panels.json'] as z.infer<(typeof contentFiles)['panels.json']>),
    park: parsed['park.json'] as z.infer<(typeof contentFiles)['park.json']>,
    ui: parsed['ui.json'] as z.infer<(typeof contentFiles)['ui.json']>,
    tour: (parsed['tour.json'] as z.infer<(typeof contentFiles)['tour.json']>).stops,
  } as Content;
  problems.push(...crossCheck(content));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, content };
}

function duplicates<T extends { id: string }>(items: readonly T[], file: string, key: string): ContentProblem[] {
  const seen = new Set<string>();
  const out: ContentProblem[] = [];
  items.forEach((item, i) => {
    if (seen.has(item.id)) out.push({ file, path: `${key}[${i}].id`, message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
  return out;
}

function crossCheck(c: Content): ContentProblem[] {
  const out: ContentProblem[] = [];
  const sourceIds = new Set(c.sources.map((s) => s.id));
  const figureIds = new Set(c.figures.map((f) => f.id));
  const plots = new Map(c.park.plots.map((p) => [p.id, p]));

  out.push(...duplicates(c.sources, 'sources.json', 'sources'));
  out.push(...duplicates(c.figures, 'figures.json', 'figures'));
  out.push(...duplicates(c.pavilions, 'pavilions.json', 'pavilions'));
  out.push(...duplicates(c.panels, 'panels.json', 'panels'));
  out.push(...duplicates(c.park.plots, 'park.json', 'plots'));
  out.push(...duplicates(c.park.roads, 'park.json', 'roads'));
  // Pavilion and panel ids share the URL namespace of the details view, so they must not collide.
  const pavilionIds = new Set(c.pavilions.map((p) => p.id));
  c.panels.forEach((p, i) => {
    if (pavilionIds.has(p.id))
      out.push({ file: 'panels.json', path: `panels[${i}].id`, message: `"${p.id}" is already a pavilion id` });
  });

  const unknownSource = (file: string, path: string, id: string) =>
    sourceIds.has(id) ? [] : [{ file, path, message: `unknown source "${id}"` }];
  c.figures.forEach((f, i) => out.push(...unknownSource('figures.json', `figures[${i}].source`, f.source)));
  c.timeline.forEach((t, i) => out.push(...unknownSource('figures.json', `timeline[${i}].source`, t.source)));
  c.pavilions.forEach((p, i) => out.push(...unknownSource('pavilions.json', `pavilions[${i}].source`, p.source)));

  c.panels.forEach((panel, i) =>
    panel.blocks.forEach((block, j) => {
      const ids = block.kind === 'figures' || block.kind === 'bars' ? block.figures : block.kind === 'gauge' ? [block.figure] : [];
      ids.forEach((id, k) => {
        if (!figureIds.has(id)) {
          const path = block.kind === 'gauge' ? `panels[${i}].blocks[${j}].figure` : `panels[${i}].blocks[${j}].figures[${k}]`;
          out.push({ file: 'panels.json', path, message: `unknown figure "${id}"` });
        }
      });
      if (block.kind === 'gauge') {
        const fig = c.figures.find((f) => f.id === block.figure);
        if (fig && (fig.unit.en !== '%' || fig.value < 0 || fig.value > 100))
          out.push({ file: 'panels.json', path: `panels[${i}].blocks[${j}].figure`, message: 'a gauge needs a percentage figure (0–100 %)' });
      }
    }),
  );

  c.pavilions.forEach((p, i) => {
    const plot = plots.get(p.plot);
    if (!plot) {
      out.push({ file: 'pavilions.json', path: `pavilions[${i}].plot`, message: `unknown plot "${p.plot}"` });
      return;
    }
    if (plot.use !== 'pavilion')
      out.push({ file: 'pavilions.json', path: `pavilions[${i}].plot`, message: `plot "${p.plot}" is not a pavilion plot` });
    const half = [plot.size[0] / 2, plot.size[1] / 2] as const;
    const fits = rectCorners([0, 0], p.footprint, p.yaw).every(([x, z]) => Math.abs(x) <= half[0] && Math.abs(z) <= half[1]);
    if (!fits)
      out.push({ file: 'pavilions.json', path: `pavilions[${i}].footprint`, message: `does not fit plot "${p.plot}" (${plot.size.join(' × ')} m)` });
  });

  const areaFigure = c.figures.find((f) => f.id === c.park.areaFigure);
  if (!areaFigure) out.push({ file: 'park.json', path: 'areaFigure', message: `unknown figure "${c.park.areaFigure}"` });
  else if (areaFigure.unit.en !== 'mu')
    out.push({ file: 'park.json', path: 'areaFigure', message: `figure "${areaFigure.id}" must be in mu` });
  else {
    const want = muToM2(areaFigure.value);
    const have = polygonArea(c.park.outline);
    if (Math.abs(have - want) / want > AREA_TOLERANCE)
      out.push({
        file: 'park.json',
        path: 'outline',
        message: `encloses ${Math.round(have)} m², but "${areaFigure.id}" says ${Math.round(want)} m² (${areaFigure.value} mu); scale the outline to match`,
      });
  }
  c.park.plots.forEach((plot, i) => {
    if (!rectCorners(plot.center, plot.size).every((pt) => pointInPolygon(pt, c.park.outline)))
      out.push({ file: 'park.json', path: `plots[${i}]`, message: `plot "${plot.id}" lies partly outside the park outline` });
  });

  out.push(...duplicates(c.tour, 'tour.json', 'stops'));
  const panelIds = new Set(c.panels.map((p) => p.id));
  c.tour.forEach((stop, i) => {
    const t = stop.target;
    if (t.kind === 'pavilion' && !pavilionIds.has(t.id)) out.push({ file: 'tour.json', path: `stops[${i}].target.id`, message: `unknown pavilion "${t.id}"` });
    if (t.kind === 'panel' && !panelIds.has(t.id)) out.push({ file: 'tour.json', path: `stops[${i}].target.id`, message: `unknown panel "${t.id}"` });
    if (stop.source) out.push(...unknownSource('tour.json', `stops[${i}].source`, stop.source));
  });

  for (const key of uiKeys)
    if (!(key in c.ui)) out.push({ file: 'ui.json', path: key, message: 'required (the UI uses this string)' });
  return out;
}
