/**
 * The live link's client → server messages (docs/live-protocol.md), as zod schemas, and the one parser the
 * socket and the HTTP command endpoint share. Anything that fails here is dropped with a log line.
 * Types: schema.d.mts.
 */
import { z } from 'zod';
import { analyticsSchema } from '../analytics/schema.mjs';

/** Protocol version spoken here. */
export const PROTO = 1;
/** A device id: short, lower-case, stable per browser. */
export const DEVICE_ID = /^[a-z0-9]{4,16}$/;
/** The command actions a console may send. */
export const ACTIONS = /** @type {const} */ (['reset', 'lang', 'startTour', 'stopTour', 'tourStop', 'spectate', 'label', 'sound']);

/** Text without control characters (they would garble the console and the log). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const text = (/** @type {number} */ max) => z.string().max(max).regex(/^[^\u0000-\u001f\u007f]*$/, 'control characters');
const coord = z.number().min(-10000).max(10000);
const pose = z.object({ p: z.tuple([coord, coord, coord]), q: z.tuple([coord, coord, coord, coord]) });
const lang = z.enum(['zh', 'en']);
/**
 * What the visitor's VR world is laid out for: the head (world) and heading the panels were placed for, and the
 * viewing plaza; in mixed reality also the model's real height and scale (absent: the VR table's, from the head).
 */
const layout = z.object({
  head: z.tuple([coord, coord, coord]),
  yaw: coord,
  plaza: z.tuple([coord, coord]).nullable().default(null),
  height: z.number().min(0).max(3).optional(),
  scale: z.number().min(1e-5).max(0.01).optional(),
});

export const helloSchema = z.object({
  type: z.literal('hello'),
  proto: z.literal(PROTO),
  role: z.enum(['device', 'spectator', 'console']),
  deviceId: z.string().regex(DEVICE_ID),
  model: text(40).optional(),
  pin: z.string().max(32).optional(),
});

// Every field the contract lists; the optional ones (null when missing) let a page that has nothing to say about
// them (no VR, no tour) omit them without losing the whole report.
export const reportSchema = z.object({
  type: z.literal('report'),
  lang,
  mode: z.enum(['explore', 'tour', 'attract']),
  view: z.enum(['overview', 'pavilion', 'panel']),
  selected: text(64).nullable().default(null),
  panel: text(64).nullable().default(null),
  xr: z.boolean(),
  xrPlace: z.enum(['table', 'park']).nullable().default(null),
  xrMode: z.enum(['vr', 'mr']).nullable().default(null),
  pose: pose.nullable().default(null),
  origin: pose.nullable().default(null),
  layout: layout.nullable().default(null),
  visible: z.boolean(),
  tour: z
    .object({ index: z.number().int().min(0).max(999), total: z.number().int().min(0).max(999), playing: z.boolean() })
    .nullable()
    .default(null),
  /** Whether the page plays sound now (optional: older pages do not say). */
  sound: z.enum(['on', 'off']).nullable().default(null),
});

export const commandSchema = z
  .object({
    type: z.literal('command'),
    target: z.union([z.literal('all'), z.literal('vr'), z.string().regex(DEVICE_ID)]),
    action: z.enum(ACTIONS),
    lang: lang.optional(),
    label: text(32).trim().min(1).optional(),
    index: z.number().int().min(0).max(999).optional(),
    sound: z.enum(['on', 'off']).optional(),
  })
  .superRefine((c, ctx) => {
    // What each action needs, so a device never gets a command it cannot carry out.
    const need = { lang: 'lang', tourStop: 'index', label: 'label', sound: 'sound' }[/** @type {string} */ (c.action)];
    if (need && c[/** @type {'lang' | 'index' | 'label' | 'sound'} */ (need)] === undefined) ctx.addIssue({ code: 'custom', message: `"${c.action}" needs "${need}"`, path: [need] });
    if (c.action === 'label' && (c.target === 'all' || c.target === 'vr')) ctx.addIssue({ code: 'custom', message: '"label" needs one device id as target', path: ['target'] });
  });

// analytics: booth analytics events (issue 17, server/analytics/schema.mjs).
const schemas = { hello: helloSchema, report: reportSchema, command: commandSchema, analytics: analyticsSchema };

/**
 * Parses one text frame: JSON, then the schema its `type` names.
 * @param {string} raw
 * @returns {{ ok: true, msg: import('./schema.d.mts').ClientMessage } | { ok: false, reason: string }}
 */
export function parseClientMessage(raw) {
  /** @type {unknown} */
  let value;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'invalid JSON' };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, reason: 'not a JSON object' };
  const type = /** @type {{ type?: unknown }} */ (value).type;
  if (typeof type !== 'string' || !Object.hasOwn(schemas, type)) return { ok: false, reason: `unknown type ${JSON.stringify(type)?.slice(0, 40)}` };
  const result = schemas[/** @type {keyof typeof schemas} */ (type)].safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, reason: `bad ${type}: ${issue?.path.join('.') || '(message)'}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, msg: /** @type {import('./schema.d.mts').ClientMessage} */ (result.data) };
}
