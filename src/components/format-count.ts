const integer = new Intl.NumberFormat('en');

/**
 * "83,398": every count the dashboard shows or writes into human-readable text goes
 * through this, so thousands are grouped the same way on every view and in every export.
 */
export const formatCount = (count: number): string => integer.format(count);
