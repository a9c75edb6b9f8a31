/**
 * The text audit behind `window.exhibit.sceneTexts()`: every troika text in the scene, how many glyphs troika laid
 * out for it, and how many of those are still blank in the glyph atlas (read back from the atlas canvas, one
 * glyph square at a time). Once asked for, texts are also checked at the moment they are shown. Test-only cost:
 * nothing is read back until the first call.
 */
import type { Object3D, Scene } from 'three';
import { BatchedText, Text } from 'troika-three-text';
import { setSceneTextReader, type SceneTextEntry } from '../state/automation';

/** The parts of troika's layout result the audit reads. */
interface RenderInfo {
  glyphAtlasIndices: ArrayLike<number>;
  sdfGlyphSize: number;
  sdfTexture: { image: HTMLCanvasElement };
}

let auditing = false;
const blankWhenShown = new WeakMap<Text, number>();

/** Glyph squares of the atlas that hold nothing (troika: 4 glyphs per square, one per colour channel). */
function blankGlyphs(info: RenderInfo | null): number {
  if (!info || info.glyphAtlasIndices.length === 0) return 0;
  const canvas = info.sdfTexture.image;
  const gl = canvas.getContext('webgl');
  if (!gl) return info.glyphAtlasIndices.length;
  const size = info.sdfGlyphSize;
  const perRow = canvas.width / size;
  const pixels = new Uint8Array(size * size * 4);
  const empty = new Map<number, boolean>();
  let blank = 0;
  for (let i = 0; i < info.glyphAtlasIndices.length; i++) {
    const index = info.glyphAtlasIndices[i]!;
    let isEmpty = empty.get(index);
    if (isEmpty === undefined) {
      const square = Math.floor(index / 4);
      gl.readPixels((square % perRow) * size, Math.floor(square / perRow) * size, size, size, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
      let max = 0;
      for (let p = index % 4; p < pixels.length; p += 4) max = Math.max(max, pixels[p]!);
      // A drawn glyph's field rises well above zero near its outline; an empty square is all zero.
      isEmpty = max < 16;
      empty.set(index, isEmpty);
    }
    if (isEmpty) blank++;
  }
  return blank;
}

/** A batch keeps its texts in a private map, not as children. */
const members = (o: Object3D): Text[] => (o instanceof BatchedText ? [...((o as unknown as { _members?: Map<Text, unknown> })._members?.keys() ?? [])] : o instanceof Text ? [o] : []);
const info = (t: Text) => t.textRenderInfo as RenderInfo | null;

/** Records, while auditing, how many glyphs of a batch's (or lone text's) texts are blank as it is shown. */
export function noteShown(o: Object3D): void {
  if (!auditing) return;
  for (const t of members(o)) blankWhenShown.set(t, blankGlyphs(info(t)));
}

const shown = (o: Object3D | null): boolean => {
  for (let x = o; x; x = x.parent) if (!x.visible) return false;
  return true;
};

function entries(scene: Scene): SceneTextEntry[] {
  const out: SceneTextEntry[] = [];
  const counts = new Map<string, number>();
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
      out.push({ name, text: o.text, chars: [...o.text].filter((c) => !/\s/.test(c)).length, glyphs: i ? i.glyphAtlasIndices.length : null, blank: blankGlyphs(i), blankWhenShown: blankWhenShown.get(o) ?? null, visible });
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
