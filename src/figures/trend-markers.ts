import type { MarkerShape } from './legend';

const SHAPES: readonly MarkerShape[] = ['circle', 'square', 'triangle', 'diamond', 'triangle-down', 'cross'];

/** A series' marker, by its slot in the facet's dictionary: the same option keeps its shape whatever else is drawn. */
export const markerOf = (index: number): MarkerShape => SHAPES[index % SHAPES.length];
