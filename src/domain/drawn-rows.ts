/** The most rows a chart can be asked to draw, on a slide or through a link; a projector has room for far fewer. */
export const MAX_TOP = 40;
