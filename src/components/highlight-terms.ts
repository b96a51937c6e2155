import { createContext, useContext } from 'react';

/**
 * The search terms that brought the reader here, lowercase: report text inside marks
 * them. Empty outside a search, so text elsewhere is never marked.
 */
export const HighlightTerms = createContext<readonly string[]>([]);

export const useHighlightTerms = (): readonly string[] => useContext(HighlightTerms);
