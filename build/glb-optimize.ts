/**
 * Build-time slimming of the controller and hand models we ship (from @webxr-input-profiles/assets), with
 * glTF Transform: geometry quantized (KHR_mesh_quantization), textures resized to what a controller needs at
 * arm's length and re-encoded as WebP (EXT_texture_webp). three's GLTFLoader reads both natively, so the
 * headset needs no decoder (meshopt or Draco would need one hooked into the loaders @react-three/xr uses,
 * which the exhibit does not own: the hand models go through fiber's own GLTFLoader instance).
 *
 * The node names and the transforms of the nodes a controller profile animates (`*_value`, `*_min`, `*_max`)
 * stay as they are: @pmndrs/xr moves a button's value node between its min and max nodes, so the
 * de-quantizing scale and offset must not sit on such a node. Every mesh therefore moves onto a new child node
 * of its own first, which takes that transform.
 *
 * Results are cached on disk, keyed by a hash of the input, the settings and the tool versions (the encoding
 * takes a few seconds per model on a busy 2-core machine; the output is the same for the same input).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Logger, NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { dedup, quantize, textureCompress } from '@gltf-transform/functions';
import sharp from 'sharp';

/** What the optimizer does; part of the cache key. */
export const glbSettings = {
  /** Colour textures (base colour, emissive): longest side. A controller fills a few hundred pixels of a headset's view. */
  colourSize: 1024,
  /** Data textures (normal, metallic-roughness, occlusion): longest side. */
  detailSize: 512,
  /** WebP quality (lossy). */
  quality: 85,
  /** Bits kept for positions, normals and texture coordinates (glTF Transform's defaults). */
  positionBits: 14,
  normalBits: 10,
  texcoordBits: 12,
} as const;

const require = createRequire(import.meta.url);
/** An installed package's version (its package.json, found above its entry: not every package exports it). */
function version(pkg: string): string {
  for (let dir = dirname(require.resolve(pkg)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const json = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
    if (json.name === pkg) return json.version;
  }
  throw new Error(`glb-optimize: no package.json found for ${pkg}`);
}

/** The cache key of one input: its bytes, the settings, this file and the versions of the tools. */
export function glbCacheKey(input: Uint8Array): string {
  const hash = createHash('sha256');
  hash.update(input);
  hash.update(JSON.stringify(glbSettings));
  hash.update(readFileSync(new URL(import.meta.url)));
  for (const pkg of ['@gltf-transform/core', '@gltf-transform/functions', '@gltf-transform/extensions', 'sharp']) hash.update(`${pkg}@${version(pkg)}`);
  hash.update(JSON.stringify(sharp.versions));
  return hash.digest('hex').slice(0, 32);
}

const slotsColour = /^(baseColorTexture|emissiveTexture)$/;
const slotsDetail = /^(?!baseColorTexture$|emissiveTexture$).*Texture$/;

/** Optimizes one GLB (pure: the same bytes in give the same bytes out). */
export async function optimizeGlb(input: Uint8Array): Promise<Uint8Array> {
  const io = new NodeIO().registerExtensions(ALL_EXTENSIONS);
  const doc = await io.readBinary(input);
  doc.setLogger(new Logger(Logger.Verbosity.WARN));
  // Each mesh on a child node of its own, so the quantization transform never lands on an animated node.
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh();
    if (!mesh || node.getSkin()) continue; // a skinned mesh's transform goes into its inverse bind matrices
    node.setMesh(null).addChild(doc.createNode('').setMesh(mesh));
  }
  const { colourSize, detailSize, quality, positionBits, normalBits, texcoordBits } = glbSettings;
  await doc.transform(
    dedup(),
    textureCompress({ encoder: sharp, targetFormat: 'webp', slots: slotsColour, resize: [colourSize, colourSize], quality }),
    textureCompress({ encoder: sharp, targetFormat: 'webp', slots: slotsDetail, resize: [detailSize, detailSize], quality }),
    quantize({ quantizePosition: positionBits, quantizeNormal: normalBits, quantizeTexcoord: texcoordBits }),
  );
  return io.writeBinary(doc);
}

/** Where optimized models are kept between builds (inside node_modules, so a fresh `npm ci` starts clean). */
export const glbCacheDir = (root: string): string => join(root, 'node_modules', '.cache', 'exhibit-glb');

/** `optimizeGlb` through the disk cache in `cacheDir`. */
export async function optimizeGlbCached(input: Uint8Array, cacheDir: string): Promise<Uint8Array> {
  const file = join(cacheDir, `${glbCacheKey(input)}.glb`);
  if (existsSync(file)) return readFileSync(file);
  const out = await optimizeGlb(input);
  mkdirSync(cacheDir, { recursive: true });
  // Written under a temporary name and renamed, so a build running at the same time never reads half a file.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, out);
  renameSync(tmp, file);
  return out;
}
