import type { KeyboardEvent } from 'react';

const STEP: Readonly<Record<string, number>> = { ArrowLeft: -1, ArrowRight: 1 };

/**
 * Left and Right on a panel's bars move to the previous or next panel's bars, to the bar
 * last focused there: Up and Down move within a panel, so the grid of panels is a grid
 * for the keyboard too, and the fourth panel is three presses from the first.
 */
export function onPanelArrows(event: KeyboardEvent<HTMLElement>): void {
  const step = STEP[event.key];
  if (step === undefined || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const from = (event.target as Element).closest('[role="toolbar"]');
  if (from === null) return;
  const toolbars = Array.from(event.currentTarget.querySelectorAll('[role="toolbar"]'));
  const to = toolbars[toolbars.indexOf(from) + step]?.querySelector<HTMLElement>('[tabindex="0"]');
  if (to === undefined || to === null) return;
  event.preventDefault();
  to.focus();
}
