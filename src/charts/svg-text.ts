/**
 * A generous average glyph width for the system sans faces, as a fraction of the font
 * size. Images are made without measuring text, so lines are wrapped and cut by this
 * estimate and come out a little short rather than clipped.
 */
const GLYPH_WIDTH = 0.58;

/** How many characters of text at `fontSize` fit in `width`, never fewer than eight. */
export const charsThatFit = (width: number, fontSize: number): number => Math.max(8, Math.floor(width / (fontSize * GLYPH_WIDTH)));

/** `text` cut to `maxChars`, with an ellipsis when it was longer; at least one character stays. */
export const truncate = (text: string, maxChars: number): string => (text.length <= maxChars ? text : `${text.slice(0, Math.max(1, maxChars - 1))}…`);
