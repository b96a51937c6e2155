/** The counts of rows a chart can be asked to draw, on a slide or on screen; a deck file's own count is offered too. */
export const TOPS = [3, 5, 8, 10, 12, 15, 20, 30];
