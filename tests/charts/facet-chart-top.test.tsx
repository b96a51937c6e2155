// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FacetChart } from '../../src/charts/facet-chart';
import { facetFigure } from '../../src/figures/facet-figure';
import { figureInput, viewState } from '../figures/figure-fixture';

afterEach(cleanup);

const input = figureInput([
  { published: 20190101, facets: { domain: ['finance', 'health'] } },
  { published: 20190201, facets: { domain: ['finance', 'government'] } },
  { published: 20190301, facets: { domain: ['transportation'] } },
]);

describe('a facet chart drawing its top N', () => {
  it.each(['slide', 'export'] as const)('draws the rest as one line on a %s, and no bar of it', (mode) => {
    const figure = facetFigure(input, viewState(), 'domain', { top: 2 });
    const { container } = render(<FacetChart figure={figure} mode={mode} />);
    expect(screen.getByText('and 11 more options (2 incidents)')).toBeDefined();
    const text = container.textContent ?? '';
    expect(text).toContain('finance');
    expect(text).not.toContain('government');
  });
});
