/**
 * The text audit behind `window.exhibit.sceneTexts()`: every troika text in the scene, how many glyphs troika laid
 * out for it, and how many of those are still blank in the glyph atlas (read back from the atlas canvas, one
 * read-back per audit). Once asked for, texts are also checked at the moment they are shown. Test-only cost:
 * nothing is read back until the first call.
 */
import type { Object3D, Scene } from 'three';
import { BatchedText, Text } from 'troika-three-text';
import { setSceneTextReader, type SceneTextEntry } from '../state/automation';
import { sourceText } from './text-line-rules';
import { textMembers as members } from './text-members';

/** The parts of troika's layout result the audit reads. */
interface RenderInfo {
  glyphAtlasIndices: ArrayLike<number>;
  sdfGlyphSize: number;
  sdfTexture: { image: HTMLCanvasElement };
}

let auditing = false;
const blankWhenShown = new WeakMap<Text, number>();

/** The atlas canvas read back once (one GPU round trip for a whole audit, not one per glyph). */
function atlasPixels(canvas: HTMLCanvasElement): Uint8Array | null {
  const gl = canvas.getContext('webgl');
  if (!gl) return null;
  const pixels = new Uint8Array(canvas.width * canvas.height * 4);
  gl.readPixels(0, 0, canvas.width, canvas.height, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
  return pixels;
}

/** Read-backs for one audit pass, per atlas canvas. */
type Readback = Map<HTMLCanvasElement, Uint8Array | null>;

/** Glyph squares of the atlas that hold nothing (troika: 4 glyphs per square, one per colour channel). */
function blankGlyphs(info: RenderInfo | null, readback: Readback): number {
  if (!info || info.glyphAtlasIndices.length === 0) return 0;
  const canvas = info.sdfTexture.image;
  if (!readback.has(canvas)) readback.set(canvas, atlasPixels(canvas));
  const pixels = readback.get(canvas);
  if (!pixels) return info.glyphAtlasIndices.length;
  const size = info.sdfGlyphSize;
  const perRow = canvas.width / size;
  let blank = 0;
  for (let i = 0; i < info.glyphAtlasIndices.length; i++) {
    const index = info.glyphAtlasIndices[i]!;
    const square = Math.floor(index / 4);
    const x0 = (square % perRow) * size;
    const y0 = Math.floor(square / perRow) * size;
    let max = 0;
    for (let y = y0; y < y0 + size && y < canvas.height; y++) for (let x = x0; x < x0 + size; x++) max = Math.max(max, pixels[(y * canvas.width + x) * 4 + (index % 4)]!);
    // A drawn glyph's field rises well above zero near its outline; a square never drawn is all zero.
    if (max < 16) blank++;
  }
  return blank;
}

const info = (t: Text) => t.textRenderInfo as RenderInfo | null;

/** The text's lines as troika laid them out, visible characters only (a character's caret carries the bottom of its line). */
function laidOutLines(t: Text): string[] | null {
  const caret = (t.textRenderInfo as { caretPositions?: Float32Array } | null)?.caretPositions;
  if (!caret || caret.length < t.text.length * 4) return null;
  const lines: string[] = [];
  let bottom = NaN;
  for (let i = 0; i < t.text.length; i++) {
    const ch = t.text[i]!;
    // White space (a break's own space, a hard break) belongs to no line the reader sees.
    if (/\s/.test(ch)) continue;
    const y = caret[i * 4 + 2]!;
    if (lines.length === 0 || Math.abs(y - bottom) > 1e-4) lines.push('');
    bottom = y;
    lines[lines.length - 1] += ch;
  }
  return lines;
}

/** Records, while auditing, how many glyphs of a batch's (or lone text's) texts are blank as it is shown. */
export function noteShown(o: Object3D): void {
  if (!auditing) return;
  const readback: Readback = new Map();
  for (const t of members(o)) blankWhenShown.set(t, blankGlyphs(info(t), readback));
}

const shown = (o: Object3D | null): boolean => {
  for (let x = o; x; x = x.parent) if (!x.visible) return false;
  return true;
};

function entries(scene: Scene): SceneTextEntry[] {
  const out: SceneTextEntry[] = [];
  const counts = new Map<string, number>();
  const readback: Readback = new Map();
  scene.traverse((holder) => {
    // A lone text, or a batch and its texts (a member draws through its batch: shown when the batch is).
    if (!(holder instanceof Text) || (holder.parent instanceof BatchedText)) return;
    const visible = shown(holder);
    for (const o of members(holder)) {
      let owner: Object3D | null = holder;
      while (owner && !owner.name) owner = owner.parent;
      let name = o.name;
      if (!name) {
        const base = owner?.name ?? 'text';
        const n = counts.get(base) ?? 0;
        counts.set(base, n + 1);
        name = `${base}#${n}`;
      }
      const i = info(o);
      const text = sourceText(o);
      out.push({ name, text, chars: [...text].filter((c) => !/\s/.test(c)).length, glyphs: i ? i.glyphAtlasIndices.length : null, blank: blankGlyphs(i, readback), blankWhenShown: blankWhenShown.get(o) ?? null, visible, lines: laidOutLines(o) });
    }
  });
  return out;
}

let registered: Scene | null = null;
/** Provides `exhibit.sceneTexts()` for this scene (once per scene). */
export function registerTextAudit(scene: Scene): void {
  if (registered === scene) return;
  registered = scene;
  setSceneTextReader(() => {
    auditing = true;
    return entries(scene);
  });
}
