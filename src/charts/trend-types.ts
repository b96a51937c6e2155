/** Where a mark leads: a real address (open in a new tab works) and the in-app way to follow it. */
export interface ChartLinkTarget {
  readonly href: string;
  /** What following it shows, spoken and shown on hover: "Design, 2019: 12 of 20 …, open these incidents". */
  readonly label: string;
  readonly onFollow: () => void;
}
