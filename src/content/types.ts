/** The validated content as the app sees it (types only: zod never reaches the browser bundle). */
import type { Figure, Panel, Park, Pavilion, Source, TimelineEntry, TourStop, UiStrings } from './schema.ts';

export type { Figure, Localized, Panel, PanelBlock, Park, Pavilion, PavilionForm, Plot, Road, Source, TimelineEntry, TourStop, Zone } from './schema.ts';

/** All content, merged from the data files after validation. */
export interface Content {
  sources: Source[];
  figures: Figure[];
  timeline: TimelineEntry[];
  pavilions: Pavilion[];
  panels: Panel[];
  park: Park;
  ui: UiStrings;
  tour: TourStop[];
}
