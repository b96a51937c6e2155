interface ShareBarsLegendProps {
  /** Whether the charts draw the all-incidents outline, which then needs explaining. */
  readonly showBaseline: boolean;
}

/** What the marks of the share charts mean, drawn with the same classes the bars use. */
export function ShareBarsLegend({ showBaseline }: ShareBarsLegendProps) {
  return (
    <ul className="share-legend" aria-label="How to read the charts">
      <li>
        <span className="share-legend__swatch share-legend__swatch--fill" aria-hidden="true" />
        Share of the selection, on one 0–100% scale in every panel
      </li>
      {showBaseline && (
        <li>
          <span className="share-legend__swatch share-legend__swatch--baseline" aria-hidden="true" />
          Outline: the same share over all incidents
        </li>
      )}
      <li>
        <span className="share-legend__swatch share-legend__swatch--unknown" aria-hidden="true" />
        any unknown: the articles do not say, alone or beside an option; “only unknown” counts those with no other answer
      </li>
      <li>
        <span className="share-legend__swatch share-legend__swatch--not-analysed" aria-hidden="true" />
        not analysed: no classification yet
      </li>
    </ul>
  );
}
