import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type Document, getBounds, NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { glbSettings, optimizeGlb, optimizeGlbCached } from '../../build/glb-optimize';

const require = createRequire(import.meta.url);
const profiles = join(dirname(require.resolve('@webxr-input-profiles/assets/package.json')), 'dist', 'profiles');
const io = new NodeIO().registerExtensions(ALL_EXTENSIONS);
const read = (bytes: Uint8Array) => io.readBinary(bytes);

/** Every named node's local transform, by name. */
const namedTransforms = (doc: Document) =>
  Object.fromEntries(
    doc
      .getRoot()
      .listNodes()
      .filter((n) => n.getName())
      .map((n) => [n.getName(), [...n.getTranslation(), ...n.getRotation(), ...n.getScale()].map((x) => Math.round(x * 1e6) / 1e6 + 0)]),
  );

/** Longest side of an encoded image (WebP VP8/VP8L/VP8X headers). */
function webpSize(data: Uint8Array): number {
  const b = Buffer.from(data);
  expect(b.toString('ascii', 0, 4) + b.toString('ascii', 8, 12)).toBe('RIFFWEBP');
  const kind = b.toString('ascii', 12, 16);
  if (kind === 'VP8 ') return Math.max(b.readUInt16LE(26) & 0x3fff, b.readUInt16LE(28) & 0x3fff);
  if (kind === 'VP8L') {
    const bits = b.readUInt32LE(21);
    return Math.max((bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
  }
  return Math.max(b.readUIntLE(24, 3) + 1, b.readUIntLE(27, 3) + 1); // VP8X
}

describe('controller models slimmed at build time', () => {
  const quest = readFileSync(join(profiles, 'meta-quest-touch-plus', 'left.glb'));
  const generic = readFileSync(join(profiles, 'generic-trigger-squeeze-thumbstick', 'right.glb'));
  let questOut: Uint8Array;
  let genericOut: Uint8Array;
  beforeAll(async () => {
    [questOut, genericOut] = [await optimizeGlb(quest), await optimizeGlb(generic)];
  }, 120_000);

  it('quantizes the geometry and re-encodes the textures as WebP, needing no decoder', async () => {
    expect(questOut.length).toBeLessThan(quest.length * 0.6);
    expect(genericOut.length).toBeLessThan(generic.length * 0.2);
    for (const out of [questOut, genericOut]) {
      const doc = await read(out);
      const used = doc
        .getRoot()
        .listExtensionsUsed()
        .map((e) => e.extensionName)
        .sort();
      expect(used).toEqual(['EXT_texture_webp', 'KHR_mesh_quantization']);
      for (const tex of doc.getRoot().listTextures()) expect(tex.getMimeType()).toBe('image/webp');
    }
  });

  it('keeps colour textures at most 1024 px and data textures (normal, roughness, occlusion) at most 512 px', async () => {
    const doc = await read(genericOut);
    const material = doc.getRoot().listMaterials()[0]!;
    const side = (t: ReturnType<typeof material.getBaseColorTexture>) => webpSize(t!.getImage()!);
    expect(side(material.getBaseColorTexture())).toBe(glbSettings.colourSize);
    expect(side(material.getNormalTexture())).toBe(glbSettings.detailSize);
    expect(side(material.getMetallicRoughnessTexture())).toBe(glbSettings.detailSize);
  });

  it('keeps every named node with its transform (the button animation moves them) and the shape to within 0.1 mm', async () => {
    for (const [input, out] of [
      [quest, questOut],
      [generic, genericOut],
    ] as const) {
      const [a, b] = [await read(input), await read(out)];
      expect(namedTransforms(b)).toEqual(namedTransforms(a));
      const [ba, bb] = [getBounds(a.getRoot().listScenes()[0]!), getBounds(b.getRoot().listScenes()[0]!)];
      for (let i = 0; i < 3; i++) {
        expect(bb.min[i]).toBeCloseTo(ba.min[i]!, 4);
        expect(bb.max[i]).toBeCloseTo(ba.max[i]!, 4);
      }
    }
  });

  it('keeps the hand skinned (the quantization goes into its inverse bind matrices)', async () => {
    const hand = readFileSync(join(profiles, 'generic-hand', 'left.glb'));
    const [a, b] = [await read(hand), await read(await optimizeGlb(hand))];
    expect(b.getRoot().listSkins()).toHaveLength(1);
    expect(b.getRoot().listSkins()[0]!.listJoints().map((j) => j.getName())).toEqual(a.getRoot().listSkins()[0]!.listJoints().map((j) => j.getName()));
    expect(namedTransforms(b)).toEqual(namedTransforms(a));
  }, 60_000);

  describe('the cache', () => {
    let dir = '';
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'glb-cache-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('gives the same bytes as a fresh run (the build is deterministic) and reuses them', async () => {
      const first = await optimizeGlbCached(quest, dir);
      expect(Buffer.from(first).equals(Buffer.from(questOut))).toBe(true);
      expect(readdirSync(dir)).toHaveLength(1);
      const again = await optimizeGlbCached(quest, dir);
      expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
      expect(readdirSync(dir)).toHaveLength(1);
    }, 60_000);
  });
});
