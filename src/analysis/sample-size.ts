/**
 * Below this many incidents a share swings by ten points or more with a single incident:
 * every view marks such a sample as small.
 */
export const SMALL_SAMPLE = 10;
