/**
 * The key that stands for "not analysed" (an incident whose facet is empty) wherever the
 * app handles option ids: filters, chart rows, trend series, chips. It holds a comma,
 * which no option id can (the schema refuses one, since reports separate options with
 * commas), so no option a report writes, `__none__` included, is ever taken for it.
 * Links spell it `__none__` (see the URL state), as they always have.
 */
export const NOT_ANALYSED = ',not analysed';
