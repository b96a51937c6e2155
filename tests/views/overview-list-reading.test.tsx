// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useDatasetServer } from '../testing/dataset-server';
import { renderApp } from '../testing/render-app';

useDatasetServer();

const list = () => screen.findByRole('region', { name: 'Incidents' }, { timeout: 10_000 });

describe('the incident list, read with the keyboard', () => {
  it('shows on every row the facets the selection is filtered on, beside the headline ones', async () => {
    renderApp('?f.objective=malicious&f.capability=accidental');
    const rows = within(await list()).getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const text = row.querySelector('.incident-list__chips')?.textContent ?? '';
      expect(text).toMatch(/Objective: .*malicious/);
      expect(text).toMatch(/Capability: .*accidental/);
      expect(text).toContain('Phase: ');
    }
  });

  it('jumps from the headline to the list and back to the charts, focus moving with it', async () => {
    const user = userEvent.setup();
    renderApp('');
    await list();
    await user.click(screen.getByRole('link', { name: /^Jump to the list of \d+ incidents$/ }));
    expect(document.activeElement?.textContent).toMatch(/^\d+ incidents in the selection$/);
    await user.click(screen.getByRole('link', { name: 'Back to the charts' }));
    expect(document.activeElement?.textContent).toBe('Overview');
  });

  it('comes back from an incident to its row, focused, with "Back to list" and with the browser’s Back', async () => {
    const user = userEvent.setup();
    renderApp('?sort=title&page=2');
    const titles = within(await list())
      .getAllByRole('link')
      .filter((link) => link.classList.contains('incident-list__title'));
    const third = titles[2];
    const title = third.textContent;
    await user.click(third);
    await user.click(await screen.findByRole('link', { name: 'Back to list' }, { timeout: 10_000 }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe(title));
    expect(window.location.search).toContain('page=2');

    await user.click(document.activeElement as HTMLElement);
    await screen.findByRole('link', { name: 'Back to list' });
    window.history.back();
    await waitFor(() => expect(document.activeElement?.textContent).toBe(title), { timeout: 5_000 });
  });
});
