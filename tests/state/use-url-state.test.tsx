// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseUrlState } from '../../src/state/url-state';
import { navigate, useUrlState } from '../../src/state/use-url-state';
import { visit } from '../testing/render-app';

function PageNumber() {
  const { state } = useUrlState();
  return <p>page {state.page}</p>;
}

const popped = () =>
  new Promise<void>((resolve) => window.addEventListener('popstate', () => resolve(), { once: true }));

describe('useUrlState', () => {
  it('reads the address, follows navigation, and goes back and forward', async () => {
    visit('?page=2');
    render(<PageNumber />);
    expect(screen.getByText('page 2')).toBeDefined();
    act(() => navigate(parseUrlState('?page=3')));
    expect(screen.getByText('page 3')).toBeDefined();
    expect(window.location.search).toBe('?page=3');

    const back = popped();
    window.history.back();
    await act(() => back);
    expect(screen.getByText('page 2')).toBeDefined();

    const forward = popped();
    window.history.forward();
    await act(() => forward);
    expect(screen.getByText('page 3')).toBeDefined();
  });

  it('adds a history entry per navigation, none when replacing or staying put', () => {
    visit('');
    const start = window.history.length;
    navigate(parseUrlState('?page=2'));
    expect(window.history.length).toBe(start + 1);
    navigate(parseUrlState('?page=2'));
    expect(window.history.length).toBe(start + 1);
    navigate(parseUrlState('?page=4'), { replace: true });
    expect(window.history.length).toBe(start + 1);
    expect(window.location.search).toBe('?page=4');
  });

  it('writes the canonical form of the state', () => {
    visit('');
    navigate(parseUrlState('?sort=date-asc&page=1&kind=both&f.phase=design'));
    expect(window.location.search).toBe('?f.phase=design');
  });
});
