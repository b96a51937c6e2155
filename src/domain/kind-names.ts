/**
 * What the kind filter chooses between: where an incident came from, a FAIL report (page
 * or export row) or a raw news article. Not whether it is analysed: a report may have
 * every facet empty, and the headline counts analysed incidents on their own. The URL
 * keeps the values `report` and `article`, so old links still parse.
 */
export const KIND_NAMES = { report: 'Reports', article: 'Raw articles' } as const;

/** The same choice inside a sentence or a caption: "Kind = raw articles". */
export const KIND_WORDS = { report: 'reports', article: 'raw articles' } as const;
