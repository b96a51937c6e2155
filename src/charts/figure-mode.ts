/**
 * Where a figure is drawn: on the screen, where its marks lead to their incidents; on a
 * slide, sized for a projector; or in an image, at a fixed size on white paper, as one SVG.
 */
export type FigureMode = 'screen' | 'slide' | 'export';
