/**
 * Zod schemas for every content file under `src/content/data/`.
 *
 * Validation runs at build time (the Vite content plugin) and in the tests, never in the browser:
 * the runtime imports the JSON with the types inferred here, so zod stays out of the bundle.
 */
import { z } from 'zod';

const nonEmpty = z.string().trim().min(1, 'required');

/** Text a visitor reads: both languages are required. */
export const localizedSchema = z.object({ zh: nonEmpty, en: nonEmpty }, { error: 'required' }).strict();

const id = z
  .string({ error: 'required' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case kebab-case (a-z, 0-9, -)');
const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #3a7bd5');
const vec2 = z.tuple([z.number(), z.number()]);
const year = z.number().int().min(1900).max(2100);

export const sourceSchema = z
  .object({
    id,
    publisher: localizedSchema,
    title: localizedSchema,
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
    /** Where the text itself is kept, for editors checking a figure. */
    reference: z.string().min(1),
  })
  .strict();

/** A figure always carries value, unit, year and source; `qualifier` keeps "over 2,000" honest. */
export const figureSchema = z
  .object({
    id,
    label: localizedSchema,
    value: z.number().finite(),
    unit: localizedSchema,
    qualifier: z.enum(['exact', 'over', 'about']).default('exact'),
    year,
    source: id,
    /** The sentence of the source that states the figure, quoted so an editor can check it. */
    quote: z.string().min(1, 'required'),
    /** An equivalent given by the source itself, e.g. the dollar amount beside yuan. */
    alt: z.object({ value: z.number().finite(), unit: localizedSchema }).strict().optional(),
    note: localizedSchema.optional(),
  })
  .strict();

export const timelineEntrySchema = z
  .object({ year, text: localizedSchema, source: id, quote: z.string().min(1, 'required') })
  .strict();

const panelBlock = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('figures'), figures: z.array(id).min(1) }).strict(),
  z
    .object({
      kind: z.literal('bars'),
      title: localizedSchema,
      figures: z.array(id).min(2),
    })
    .strict(),
  z.object({ kind: z.literal('gauge'), figure: id }).strict(),
  z.object({ kind: z.literal('timeline') }).strict(),
  z.object({ kind: z.literal('text'), text: localizedSchema }).strict(),
]);

export const panelSchema = z
  .object({
    id,
    title: localizedSchema,
    subtitle: localizedSchema.optional(),
    blocks: z.array(panelBlock).min(1),
    /** Where the bottom centre of the panel floats in the desktop overview (metres, [x, y, z]). */
    position: z.tuple([z.number(), z.number().min(0), z.number()]),
    /** Rotation about the vertical axis, degrees. */
    yaw: z.number().min(-180).max(180).default(0),
  })
  .strict();

export const pavilionFormSchema = z.enum(['visor', 'rings', 'faceted', 'canopy']);

export const pavilionSchema = z
  .object({
    id,
    name: localizedSchema,
    /** The company's role as the source states it. */
    role: localizedSchema,
    category: z.enum(['consumer', 'supporting']),
    source: id,
    quote: z.string().min(1, 'required'),
    plot: id,
    form: pavilionFormSchema,
    /** Footprint width and depth, metres. */
    footprint: z.tuple([z.number().min(10).max(250), z.number().min(10).max(250)]),
    height: z.number().min(5).max(200),
    color: hexColor,
    yaw: z.number().min(-180).max(180).default(0),
  })
  .strict();

export const roadSchema = z
  .object({
    id,
    kind: z.enum(['avenue', 'street', 'path']),
    width: z.number().min(2).max(60),
    points: z.array(vec2).min(2),
  })
  .strict();

export const plotSchema = z
  .object({
    id,
    /** Centre of the plot, metres (x east, z south). */
    center: vec2,
    size: z.tuple([z.number().min(10), z.number().min(10)]),
    use: z.enum(['pavilion', 'industry', 'green', 'plaza']),
  })
  .strict();

export const zoneSchema = z
  .object({ id, name: localizedSchema, polygon: z.array(vec2).min(3), color: hexColor })
  .strict();

export const parkSchema = z
  .object({
    name: localizedSchema,
    /** The area figure (in mu) that the outline is scaled to match. */
    areaFigure: id,
    schematicNote: localizedSchema,
    outline: z.array(vec2).min(3),
    zones: z.array(zoneSchema),
    roads: z.array(roadSchema).min(1),
    plots: z.array(plotSchema).min(1),
  })
  .strict();

const tourTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('overview') }).strict(),
  z.object({ kind: z.literal('pavilion'), id }).strict(),
  z.object({ kind: z.literal('panel'), id }).strict(),
]);

/** A guided-tour stop: what to show, for how long, and what the caption says. */
export const tourStopSchema = z
  .object({
    id,
    target: tourTarget,
    /** Seconds the stop shows before the tour moves on. */
    dwell: z.number().min(2).max(120),
    caption: localizedSchema,
    source: id.optional(),
  })
  .strict();

/** UI strings: every key in both languages. */
export const uiSchema = z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9.]*$/), localizedSchema);

export const contentFiles = {
  'sources.json': z.object({ sources: z.array(sourceSchema).min(1) }).strict(),
  'figures.json': z.object({ figures: z.array(figureSchema).min(1), timeline: z.array(timelineEntrySchema).min(1) }).strict(),
  'pavilions.json': z.object({ pavilions: z.array(pavilionSchema).min(1) }).strict(),
  'panels.json': z.object({ panels: z.array(panelSchema).min(1) }).strict(),
  'park.json': parkSchema,
  'tour.json': z.object({ stops: z.array(tourStopSchema).min(1) }).strict(),
  'ui.json': uiSchema,
} as const;

export type ContentFileName = keyof typeof contentFiles;
export type Localized = z.infer<typeof localizedSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
export type Panel = z.infer<typeof panelSchema>;
export type PanelBlock = z.infer<typeof panelBlock>;
export type Pavilion = z.infer<typeof pavilionSchema>;
export type PavilionForm = z.infer<typeof pavilionFormSchema>;
export type Road = z.infer<typeof roadSchema>;
export type Plot = z.infer<typeof plotSchema>;
export type Zone = z.infer<typeof zoneSchema>;
export type Park = z.infer<typeof parkSchema>;
export type UiStrings = z.infer<typeof uiSchema>;
export type TourStop = z.infer<typeof tourStopSchema>;
