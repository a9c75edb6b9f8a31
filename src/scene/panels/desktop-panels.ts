/**
 * Which layout each desktop panel uses. The district panels over the park are glance layouts (big numerals, every
 * text legible at 1080p from three metres); a pavilion's panel beside its building is its name and category only.
 * The details card beside them is the full, accessible version, so no sentence appears twice side by side.
 */
import { pavilionModel, type PanelModel } from '../../content/panel-model';
import type { Pavilion } from '../../content/types';
import type { Lang } from '../../i18n/lang';
import { layoutGlance } from './glance-layout';
import type { PanelLayout } from './panel-layout';

/** Metres per panel unit of the district panels over the park: the farthest one's smallest text stays ≥ 12 px at 1080p. */
export const OVERVIEW_PANEL_SCALE = 4.7;

/** The tallest a district panel may grow over the park, in panel units (rows that do not fit stay in the details card). */
export const OVERVIEW_PANEL_MAX_HEIGHT = 128;

/** The layout of a district panel over the park. */
export const overviewPanelLayout = (model: PanelModel): PanelLayout => layoutGlance(model, { maxHeight: OVERVIEW_PANEL_MAX_HEIGHT });

/** The model of a pavilion's sign in the park: name and category; its sentences are in the details card. */
export const pavilionSignModel = (p: Pavilion, lang: Lang): PanelModel => ({ ...pavilionModel(p, lang), rows: [], sources: [] });

/** The layout of a pavilion's sign. */
export const pavilionSignLayout = (model: PanelModel): PanelLayout => layoutGlance(model);
