// The evidence-at-a-glance bar's size in units (about a pixel each on a claim page); a swatch is drawn in the same
// units. A module of its own: the bar (Glance.astro) and each part's drawing (GlanceBox.astro) both need it, and a
// component may not export values.
export const GLANCE_W = 300;
export const GLANCE_H = 12;
