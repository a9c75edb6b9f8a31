/**
 * A WebGL probe for the browser tests, installed before any page script: records every shader program the page
 * links (with the material it was made for, read from three's `SHADER_TYPE`/`SHADER_NAME` defines or troika's marker) and every
 * instanced draw whose instance count is not a positive integer (WebGL reads `Infinity` as 0: a call that costs
 * state changes and draws nothing).
 */
import type { BrowserContext, Page } from 'playwright-core';

/** One program link seen by the probe. */
export interface ProgramLink {
  /** What the program was made for: three's `SHADER_TYPE` (and `SHADER_NAME`), `troika-text`, or the first line of the vertex shader. */
  name: string;
  /** The probe's phase label when it was linked (see `setPhase`). */
  phase: string;
  /** `renderer`: the context of a canvas in the page (the exhibit's); `offscreen`: another (troika's glyph SDF generator). */
  context: 'renderer' | 'offscreen';
}

/** What the probe keeps in the page. */
export interface GlProbe {
  phase: string;
  links: ProgramLink[];
  badInstanced: { method: string; count: unknown; phase: string }[];
}

type ProbeWindow = Window & { __glProbe?: GlProbe };

function glProbe(): void {
  const probe: GlProbe = { phase: 'load', links: [], badInstanced: [] };
  (window as ProbeWindow).__glProbe = probe;
  for (const ctor of [window.WebGLRenderingContext, window.WebGL2RenderingContext]) {
    if (!ctor) continue;
    const proto = ctor.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
    const link = proto.linkProgram!;
    proto.linkProgram = function (this: WebGLRenderingContext, ...a: unknown[]) {
      try {
        const shaders = this.getAttachedShaders(a[0] as WebGLProgram) ?? [];
        const source = shaders.map((s) => this.getShaderSource(s) ?? '').join('\n');
        const type = /#define SHADER_TYPE (\S+)/.exec(source)?.[1];
        const named = /#define SHADER_NAME ([^\n]+)/.exec(source)?.[1]?.trim();
        const name = /troika/i.test(source) ? 'troika-text' : type ? `${type}${named ? `:${named}` : ''}` : (source.split('\n').find((l) => l.trim() && !l.startsWith('#')) ?? '?').slice(0, 60);
        const canvas = this.canvas as HTMLCanvasElement | OffscreenCanvas;
        const context = 'isConnected' in canvas && canvas.isConnected ? 'renderer' : 'offscreen';
        if (probe.links.length < 500) probe.links.push({ name, phase: probe.phase, context });
      } catch {
        // never break the page
      }
      return link.apply(this, a);
    };
    for (const method of ['drawArraysInstanced', 'drawElementsInstanced']) {
      const original = proto[method];
      if (typeof original !== 'function') continue;
      proto[method] = function (this: unknown, ...a: unknown[]) {
        const count = a[a.length - 1];
        if (!(typeof count === 'number' && Number.isInteger(count) && count > 0) && probe.badInstanced.length < 100) probe.badInstanced.push({ method, count: String(count), phase: probe.phase });
        return original.apply(this, a);
      };
    }
  }
}

/** Installs the probe in every page of the context (call before the page loads). */
export async function installGlProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript(glProbe);
}

/** Labels what follows (program links and bad draws are tagged with it). */
export async function setPhase(page: Page, phase: string): Promise<void> {
  await page.evaluate((p) => void ((window as ProbeWindow).__glProbe!.phase = p), phase);
}

/** The probe's records so far. */
export function glRecords(page: Page): Promise<GlProbe> {
  return page.evaluate(() => (window as ProbeWindow).__glProbe!);
}
