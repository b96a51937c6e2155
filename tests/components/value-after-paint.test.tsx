// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useValueAfterPaint } from '../../src/components/use-value-after-paint';

function Shown({ value }: { readonly value: string }) {
  const shown = useValueAfterPaint(value, 'nothing yet');
  return (
    <p>
      now {value}, shown {shown}
    </p>
  );
}

/** Runs the next animation frame, then the timers it set. */
async function paint(): Promise<void> {
  await act(async () => {
    vi.advanceTimersToNextFrame();
    vi.runOnlyPendingTimers();
  });
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('a value shown after the frame that brought it', () => {
  it('shows the value before until the browser has painted, then the new one', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
    const { rerender } = render(<Shown value="design" />);
    expect(screen.getByText('now design, shown nothing yet')).toBeTruthy();
    await paint();
    expect(screen.getByText('now design, shown design')).toBeTruthy();
    rerender(<Shown value="operation" />);
    expect(screen.getByText('now operation, shown design')).toBeTruthy();
    await paint();
    expect(screen.getByText('now operation, shown operation')).toBeTruthy();
  });

  it('skips a value replaced before the frame: only the latest is shown', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
    const seen: string[] = [];
    function Recorder({ value }: { readonly value: string }) {
      const shown = useValueAfterPaint(value, 'nothing yet');
      seen.push(shown);
      return null;
    }
    const { rerender } = render(<Recorder value="design" />);
    rerender(<Recorder value="operation" />);
    await paint();
    expect(seen).not.toContain('design');
    expect(seen.at(-1)).toBe('operation');
  });

  it('holds a function as a value, not as an update', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
    const count = () => 7;
    let shown: unknown = null;
    function Holder() {
      shown = useValueAfterPaint<(() => number) | null>(count, null);
      return null;
    }
    render(<Holder />);
    await paint();
    expect(shown).toBe(count);
  });
});
