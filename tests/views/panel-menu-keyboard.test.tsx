// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { PanelMenu } from '../../src/views/overview/panel-menu';

function renderMenu() {
  return render(
    <>
      <PanelMenu label="Pin, download or share Phase">
        {() => (
          <div role="group" aria-label="Phase actions">
            <button type="button">Pin to deck</button>
            <button type="button">CSV</button>
          </div>
        )}
      </PanelMenu>
      <button type="button">Next panel</button>
    </>,
  );
}

afterEach(cleanup);

const toggle = () => screen.getByRole('button', { name: 'Pin, download or share Phase' });

describe('a panel’s menu with the keyboard', () => {
  it('opens with ArrowDown on its button, focus on the first action', async () => {
    const user = userEvent.setup();
    renderMenu();
    toggle().focus();
    await user.keyboard('{ArrowDown}');
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Pin to deck' }));
  });

  it('opens with Enter, Tab leads into it, and Escape from an action closes it with focus back on its button', async () => {
    const user = userEvent.setup();
    renderMenu();
    toggle().focus();
    await user.keyboard('{Enter}');
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Pin to deck' }));
    await user.keyboard('{Escape}');
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle());
  });

  it('closes when focus leaves it, and stays open while focus moves within it', async () => {
    const user = userEvent.setup();
    renderMenu();
    await user.click(toggle());
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Pin to deck' }));
    await user.tab();
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Next panel' }));
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('group', { name: 'Phase actions' })).toBeNull();
  });
});
