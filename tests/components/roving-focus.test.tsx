// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { rovingTarget } from '../../src/components/roving-target';
import { useRovingFocus } from '../../src/components/use-roving-focus';

describe('where a key moves focus in a roving group', () => {
  it.each([
    ['ArrowDown', 1, 2],
    ['ArrowRight', 1, 2],
    ['ArrowUp', 1, 0],
    ['ArrowLeft', 1, 0],
    ['Home', 2, 0],
    ['End', 0, 3],
    ['ArrowDown', 3, 3],
    ['ArrowUp', 0, 0],
  ])('%s from item %i of 4 goes to item %i', (key, from, to) => {
    expect(rovingTarget(key, from, 4)).toBe(to);
  });

  it.each(['Enter', ' ', 'Tab', 'a'])('leaves %j to the item', (key) => {
    expect(rovingTarget(key, 1, 4)).toBeNull();
  });

  it.each([
    ['vertical', 'ArrowDown', 2],
    ['vertical', 'ArrowRight', null],
    ['horizontal', 'ArrowRight', 2],
    ['horizontal', 'ArrowUp', null],
  ] as const)('in a %s group, %s from item 1 goes to %s', (orientation, key, to) => {
    expect(rovingTarget(key, 1, 4, orientation)).toBe(to);
  });

  it('moves nowhere in an empty group', () => {
    expect(rovingTarget('ArrowDown', 0, 0)).toBeNull();
  });
});

function Bars({ labels }: { readonly labels: readonly string[] }) {
  const roving = useRovingFocus<HTMLDivElement>('button');
  const [pressed, setPressed] = useState<string | null>(null);
  return (
    <>
      <button type="button">Before</button>
      <div ref={roving.ref} role="toolbar" aria-label="Phase options" onKeyDown={roving.onKeyDown} onFocus={roving.onFocus}>
        {labels.map((label) => (
          <button key={label} type="button" aria-pressed={pressed === label} onClick={() => setPressed(label)}>
            {label}
          </button>
        ))}
      </div>
      <button type="button">After</button>
    </>
  );
}

afterEach(cleanup);

const bar = (name: string) => screen.getByRole('button', { name });
const focused = () => document.activeElement?.textContent;

describe('a group with one tab stop', () => {
  it('is one Tab press from the button before it to the button after it', async () => {
    const user = userEvent.setup();
    render(<Bars labels={['design', 'operation', 'unknown']} />);
    bar('Before').focus();
    await user.tab();
    expect(focused()).toBe('design');
    await user.tab();
    expect(focused()).toBe('After');
  });

  it('moves with the arrow keys, Home and End, and Enter presses the focused item', async () => {
    const user = userEvent.setup();
    render(<Bars labels={['design', 'operation', 'unknown']} />);
    bar('design').focus();
    await user.keyboard('{ArrowDown}');
    expect(focused()).toBe('operation');
    await user.keyboard('{End}');
    expect(focused()).toBe('unknown');
    await user.keyboard('{Home}');
    expect(focused()).toBe('design');
    await user.keyboard('{ArrowRight}{Enter}');
    expect(bar('operation').getAttribute('aria-pressed')).toBe('true');
  });

  it('remembers the focused item when tabbing back in', async () => {
    const user = userEvent.setup();
    render(<Bars labels={['design', 'operation', 'unknown']} />);
    bar('design').focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    await user.tab();
    expect(focused()).toBe('After');
    await user.tab({ shift: true });
    expect(focused()).toBe('unknown');
  });

  it('keeps a tab stop when the remembered item goes away', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Bars labels={['design', 'operation', 'unknown']} />);
    bar('design').focus();
    await user.keyboard('{End}');
    rerender(<Bars labels={['design']} />);
    bar('Before').focus();
    await user.tab();
    expect(focused()).toBe('design');
  });
});
