// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useEscapeClosesDetails } from '../../src/components/use-escape-closes-details';

function Page() {
  useEscapeClosesDetails();
  return (
    <details>
      <summary>Table of the numbers</summary>
      <button type="button">design</button>
      <input type="search" aria-label="Find an option" />
    </details>
  );
}

afterEach(cleanup);

const summary = () => screen.getByText('Table of the numbers');
const details = () => summary().closest('details') as HTMLDetailsElement;

describe('a disclosure with the keyboard', () => {
  it('closes on Escape inside it, with focus back on the summary', async () => {
    const user = userEvent.setup();
    render(<Page />);
    details().open = true;
    summary().focus();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'design' }));
    await user.keyboard('{Escape}');
    expect(details().open).toBe(false);
    expect(document.activeElement).toBe(summary());
  });

  it('leaves Escape to a field inside it', async () => {
    const user = userEvent.setup();
    render(<Page />);
    details().open = true;
    screen.getByRole('searchbox', { name: 'Find an option' }).focus();
    await user.keyboard('{Escape}');
    expect(details().open).toBe(true);
  });
});
