// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOT_ANALYSED } from '../../src/domain/gap-keys';
import { EmptyState } from '../../src/components/empty-state';
import { LoadError } from '../../src/components/load-error';
import { OptionChip } from '../../src/components/option-chip';
import { SafeLink } from '../../src/components/safe-link';
import { Skeleton } from '../../src/components/skeleton';

afterEach(cleanup);

describe('SafeLink', () => {
  it.each(['https://example.com/a?b=c', 'http://example.com', 'HTTPS://EXAMPLE.COM/'])('links %s in a new tab without an opener', (href) => {
    render(<SafeLink href={href}>source</SafeLink>);
    const link = screen.getByRole('link', { name: 'source (example.com)' });
    expect(link.getAttribute('href')).toBe(new URL(href).href);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    '//evil.example/path',
    '/relative/path',
    'ftp://example.com/file',
    'https://',
    'http://exa mple.com',
  ])('shows %s as text, not a link', (href) => {
    const { container } = render(<SafeLink href={href} />);
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toBe(href);
  });

  it('shows where a link really goes, whatever bidi controls its address holds', () => {
    const href = 'https://good.example/\u202Eelpmaxe.live//:sptth';
    render(<SafeLink href={href} />);
    const link = screen.getByRole('link');
    expect(link.getAttribute('href')).toBe('https://good.example/%E2%80%AEelpmaxe.live//:sptth');
    expect(link.textContent).toBe(link.getAttribute('href'));
    expect(link.querySelector('bdi')?.getAttribute('dir')).toBe('ltr');
  });

  it('shows its text when there is no address', () => {
    const { container } = render(<SafeLink href={null}>no source</SafeLink>);
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toBe('no source');
  });
});

describe('LoadError', () => {
  it('shows the error message and retries on request', async () => {
    const retry = vi.fn();
    render(<LoadError title="The dataset could not be loaded" error={new Error('index.json could not be loaded: HTTP 500')} onRetry={retry} />);
    expect(screen.getByRole('alert').textContent).toContain('index.json could not be loaded: HTTP 500');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it('offers no retry when it cannot help', () => {
    render(<LoadError title="Not found" error="a thrown string" />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('An unexpected error occurred.');
  });
});

describe('EmptyState', () => {
  it('offers its one action', async () => {
    const clear = vi.fn();
    render(<EmptyState message="No incident matches these filters." actionLabel="Clear all filters" onAction={clear} />);
    await userEvent.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(clear).toHaveBeenCalledOnce();
  });
});

describe('Skeleton', () => {
  it('is busy and says what is loading', () => {
    render(<Skeleton label="Loading incident" lines={4} />);
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-busy')).toBe('true');
    expect(status.textContent).toBe('Loading incident');
    expect(status.querySelectorAll('.skeleton__line')).toHaveLength(4);
  });
});

describe('OptionChip', () => {
  it.each([
    ['phase', 'design', 'design', 'chip--vocabulary', 'var(--cat-1)'],
    ['nature', 'non-human_actions', 'non-human actions', 'chip--vocabulary', 'var(--cat-2)'],
    ['phase', 'unknown', 'unknown', 'chip--unknown', 'var(--colour-unknown)'],
    ['phase', NOT_ANALYSED, 'not analysed', 'chip--not-analysed', 'var(--colour-not-analysed)'],
    ['phase', '__none__', '__none__', 'chip--extra', null],
    ['phase', 'desgin', 'desgin', 'chip--extra', null],
  ] as const)('draws %s %s as “%s”', (facet, option, label, variant, colour) => {
    render(<OptionChip facet={facet} option={option} />);
    const chip = screen.getByText(label);
    expect(chip.className).toContain(variant);
    if (colour !== null) expect(chip.style.getPropertyValue('--chip-colour')).toBe(colour);
  });
});
