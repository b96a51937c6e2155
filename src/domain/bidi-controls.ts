/**
 * The explicit bidirectional formatting characters: embeddings and overrides (U+202A–
 * U+202E) and isolates (U+2066–U+2069). One of them in a title turns the rest of the
 * line around, and can make an address read as another. Marks (U+200E, U+200F, U+061C)
 * stay: they only settle the direction of the characters next to them, and right-to-left
 * text needs them; inside an isolate they reach no further than their own string.
 */
const EXPLICIT_BIDI = /[\u202A-\u202E\u2066-\u2069]/g;

/** `text` without explicit bidi controls, as report text is shown. */
export const withoutBidiControls = (text: string): string => text.replace(EXPLICIT_BIDI, '');
