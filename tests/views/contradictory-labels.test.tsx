// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readPlainIndex } from '../../src/domain/index-files';
import { ContradictoryLabels } from '../../src/views/quality/contradictory-labels';
import { QUALITY_PAGE } from '../../src/views/quality/show-more';
import { fixtureIndex } from '../analysis/index-fixture';
import { plainIndex } from '../analysis/plain-index';
import { labelled } from '../testing/labelled-index';

/** Every other incident says both "design" and "unknown" of its phase: more than a page of them. */
const SIZE = QUALITY_PAGE * 5 + 2;
const index = labelled(readPlainIndex(plainIndex(fixtureIndex(Array.from({ length: SIZE }, (_, i) => ({ title: `Incident ${i}`, facets: { phase: i % 2 === 0 ? ['design', 'unknown'] : ['design'] } }))))));
const contradictory = Math.ceil(SIZE / 2);

describe('the contradictory labels of many incidents', () => {
  it('counts them all, lists a page of them, and more on request', async () => {
    const user = userEvent.setup();
    render(<ContradictoryLabels index={index} />);
    const section = screen.getByRole('region', { name: 'Contradictory labels' });
    const rows = () => within(section).getAllByRole('row').slice(1);
    expect(within(section).getByText(`${contradictory} times an incident’s facet holds`, { exact: false })).toBeDefined();
    expect(rows()).toHaveLength(QUALITY_PAGE);
    expect(within(section).getByText(`The first ${QUALITY_PAGE} of ${contradictory}.`, { exact: false })).toBeDefined();
    await user.click(within(section).getByRole('button', { name: `Show ${QUALITY_PAGE} more` }));
    expect(rows()).toHaveLength(QUALITY_PAGE * 2);
    await user.click(within(section).getByRole('button', { name: `Show ${contradictory - QUALITY_PAGE * 2} more` }));
    expect(rows()).toHaveLength(contradictory);
    expect(within(rows().at(-1) as HTMLElement).getByRole('link').textContent).toBe(`Incident ${SIZE - 1 - ((SIZE - 1) % 2)}`);
    expect(within(section).queryByRole('button', { name: /more$/ })).toBeNull();
  });
});
