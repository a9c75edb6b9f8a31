/** The exhibit's content (validated at build time) with typed look-ups. */
import content from 'virtual:exhibit-content';
import type { Figure, Panel, Pavilion, Plot, Source } from './types';

export { content };

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i] as const));
const pavilionMap = byId(content.pavilions);
const panelMap = byId(content.panels);
const figureMap = byId(content.figures);
const sourceMap = byId(content.sources);
const plotMap = byId(content.park.plots);

/** A pavilion by id, or undefined. */
export const getPavilion = (id: string): Pavilion | undefined => pavilionMap.get(id);
/** A data panel by id, or undefined. */
export const getPanel = (id: string): Panel | undefined => panelMap.get(id);
/** A figure by id; content validation guarantees every referenced id exists. */
export const getFigure = (id: string): Figure => figureMap.get(id)!;
/** A source by id; content validation guarantees every referenced id exists. */
export const getSource = (id: string): Source => sourceMap.get(id)!;
/** The plot a pavilion stands on; content validation guarantees it exists. */
export const pavilionPlot = (p: Pavilion): Plot => plotMap.get(p.plot)!;
