// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ShareBarRow } from '../../src/figures/share-bar-row';
import { ShareBars } from '../../src/charts/share-bars';
import { ShareBarsLegend } from '../../src/charts/share-bars-legend';
import { ShareTable } from '../../src/charts/share-table';

afterEach(cleanup);

const row = (overrides: Partial<ShareBarRow>): ShareBarRow => ({
  key: 'design',
  label: 'design',
  mark: 'option',
  colour: 'var(--cat-1)',
  count: 30,
  share: 30 / 36,
  baselineShare: 0.5,
  pressed: false,
  ...overrides,
});

const ROWS: ShareBarRow[] = [
  row({}),
  row({ key: 'operation', label: 'operation', colour: 'var(--cat-2)', count: 0, share: 0, baselineShare: 0.25, pressed: true }),
  row({ key: 'unknown', label: 'unknown', mark: 'unknown', count: 1, share: null, baselineShare: null }),
  row({ key: 'quantum', label: 'quantum', mark: 'extra', count: 1, share: 1 / 36, baselineShare: 1 / 36 }),
  row({ key: '__none__', label: 'not analysed', mark: 'not-analysed', count: 5, share: 5 / 36, baselineShare: 0.1 }),
];

const bars = () => within(screen.getByRole('toolbar', { name: 'Phase options' })).getAllByRole('button');

describe('ShareBars', () => {
  it('draws one labelled button per row, writing "n (x%)" and a bar as wide as the share', () => {
    render(<ShareBars name="Phase" rows={ROWS} showBaseline={false} onToggle={() => undefined} />);
    expect(bars().map((bar) => bar.getAttribute('aria-label'))).toEqual([
      'design 30 (83.3%), Phase, 30 incidents, press to filter',
      'operation 0 (0%), Phase, 0 incidents, selected, press to remove the filter',
      'unknown 1 (left out of N), Phase, 1 incident (left out of N), press to filter',
      'quantum not in taxonomy 1 (2.8%), Phase, 1 incident, press to filter',
      'not analysed 5 (13.9%), Phase, 5 incidents, press to filter',
    ]);
    expect(bars().map((bar) => bar.querySelector('.share-bar__value')?.textContent)).toEqual([
      '30 (83.3%)',
      '0 (0%)',
      '1 (left out of N)',
      '1 (2.8%)',
      '5 (13.9%)',
    ]);
    const fills = bars().map((bar) => (bar.querySelector('.share-bar__fill') as HTMLElement | null)?.style.width ?? null);
    expect(fills).toEqual([`${(30 / 36) * 100}%`, null, null, `${(1 / 36) * 100}%`, `${(5 / 36) * 100}%`]);
    expect(document.querySelector('.share-bar__baseline')).toBeNull();
  });

  it('names each bar starting with the words it shows, so a reader can call it by what they see', () => {
    render(<ShareBars name="Phase" rows={ROWS} showBaseline={false} onToggle={() => undefined} />);
    for (const bar of bars()) {
      const shown = (bar.textContent ?? '').replace('✓', '').replace(/\s+/g, ' ').trim();
      expect(bar.getAttribute('aria-label')?.startsWith(`${shown},`)).toBe(true);
    }
  });

  it('is one tab stop: the arrow keys move between bars, Home and End to the ends', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ShareBars name="Phase" rows={ROWS} showBaseline={false} onToggle={() => undefined} />
        <button type="button">Next panel</button>
      </>,
    );
    await user.tab();
    expect(document.activeElement).toBe(bars()[0]);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(bars()[2]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(bars()[4]);
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(bars()[0]);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Next panel' }));
  });

  it('tells the marks apart by class and text, not colour alone, and shows the pressed state', () => {
    render(<ShareBars name="Phase" rows={ROWS} showBaseline={false} onToggle={() => undefined} />);
    expect(bars().map((bar) => bar.getAttribute('aria-pressed'))).toEqual(['false', 'true', 'false', 'false', 'false']);
    expect(bars()[1].textContent).toContain('✓');
    expect(bars()[1].className).toContain('share-bar--empty');
    expect(bars()[2].className).toContain('share-bar--unknown');
    expect(bars()[3].className).toContain('share-bar--extra');
    expect(within(bars()[3]).getByText('not in taxonomy')).toBeDefined();
    expect(bars()[4].className).toContain('share-bar--not-analysed');
    expect(bars()[0].style.getPropertyValue('--bar-colour')).toBe('var(--cat-1)');
  });

  it('draws the all-incidents share behind each bar when asked', () => {
    render(<ShareBars name="Phase" rows={ROWS} showBaseline onToggle={() => undefined} />);
    const baselines = bars().map((bar) => (bar.querySelector('.share-bar__baseline') as HTMLElement | null)?.style.width ?? null);
    expect(baselines).toEqual(['50%', '25%', null, `${(1 / 36) * 100}%`, `${0.1 * 100}%`]);
  });

  it('calls back with the row key on a click, Enter or Space', async () => {
    const user = userEvent.setup();
    const onToggle = vi.fn();
    render(<ShareBars name="Phase" rows={ROWS} showBaseline={false} onToggle={onToggle} />);
    await user.click(bars()[0]);
    bars()[4].focus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(onToggle.mock.calls).toEqual([['design'], ['__none__'], ['__none__']]);
  });

  it('without a callback draws bars nothing can press or focus, saying what is selected and promising no action', async () => {
    const user = userEvent.setup();
    render(<ShareBars name="Phase" rows={ROWS} showBaseline={false} />);
    const group = screen.getByRole('group', { name: 'Phase options' });
    expect(within(group).queryAllByRole('button')).toEqual([]);
    const pictures = within(group).getAllByRole('img');
    expect(pictures.map((bar) => bar.getAttribute('aria-label'))).toEqual([
      'design 30 (83.3%), Phase, 30 incidents',
      'operation 0 (0%), Phase, 0 incidents, selected',
      'unknown 1 (left out of N), Phase, 1 incident (left out of N)',
      'quantum not in taxonomy 1 (2.8%), Phase, 1 incident',
      'not analysed 5 (13.9%), Phase, 5 incidents',
    ]);
    expect(pictures.map((bar) => bar.querySelector('.share-bar__value')?.textContent)).toEqual(['30 (83.3%)', '0 (0%)', '1 (left out of N)', '1 (2.8%)', '5 (13.9%)']);
    await user.tab();
    expect(group.contains(document.activeElement)).toBe(false);
  });
});

describe('ShareTable', () => {
  it('holds every number of the chart', () => {
    render(<ShareTable caption="Phase: incidents and shares per option" rows={ROWS} />);
    const table = screen.getByRole('table', { name: 'Phase: incidents and shares per option' });
    const cells = within(table)
      .getAllByRole('row')
      .map((tr) => within(tr).queryAllByRole('cell').map((cell) => cell.textContent));
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Option',
      'Incidents',
      'Share',
      'Share of all incidents',
    ]);
    expect(within(table).getAllByRole('rowheader').map((th) => th.textContent)).toEqual([
      'design',
      'operation',
      'unknown',
      'quantum (not in the taxonomy)',
      'not analysed',
    ]);
    expect(cells.slice(1)).toEqual([
      ['30', '83.3%', '50%'],
      ['0', '0%', '25%'],
      ['1', 'left out of N', 'left out of N'],
      ['1', '2.8%', '2.8%'],
      ['5', '13.9%', '10%'],
    ]);
  });

  it('shown, lets each option’s name filter as its bar does, saying which are selected', async () => {
    const user = userEvent.setup();
    const onToggle = vi.fn();
    render(<ShareTable caption="Phase: incidents and shares per option" rows={ROWS} shown onToggle={onToggle} />);
    const table = screen.getByRole('table', { name: 'Phase: incidents and shares per option' });
    expect(table.closest('.visually-hidden')).toBeNull();
    const names = within(table).getAllByRole('button');
    expect(names.map((name) => [name.textContent, name.getAttribute('aria-pressed')])).toEqual([
      ['design', 'false'],
      ['operation', 'true'],
      ['unknown', 'false'],
      ['quantum (not in the taxonomy)', 'false'],
      ['not analysed', 'false'],
    ]);
    await user.click(names[4]);
    expect(onToggle.mock.calls).toEqual([['__none__']]);
  });
});

describe('ShareBarsLegend', () => {
  it('explains the all-incidents outline only when the charts draw it', () => {
    const { rerender } = render(<ShareBarsLegend showBaseline={false} />);
    const legend = () => screen.getByRole('list', { name: 'How to read the charts' });
    expect(within(legend()).queryByText(/all incidents/)).toBeNull();
    expect(within(legend()).getByText(/not analysed/)).toBeDefined();
    rerender(<ShareBarsLegend showBaseline />);
    expect(within(legend()).getByText('Outline: the same share over all incidents')).toBeDefined();
  });
});
