import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';

interface PanelMenuProps {
  /** What the toggle does, for screen readers and the hover tip: "Pin, download or share Phase". */
  readonly label: string;
  /** Drawn only while the menu is open, so whatever it computes is computed only when asked for. */
  readonly children: () => ReactNode;
}

/**
 * A "⋯" button that opens a small popover under it. Twelve panels with five actions each
 * would bury the charts, so each panel shows one quiet button. ArrowDown on the button
 * opens it with focus on the first action. The popover stays open while it is used (it
 * shows what an action did) and closes on Escape, which hands focus back to the button,
 * on the button itself, on a click anywhere else, or when focus moves out of it.
 */
export function PanelMenu({ label, children }: PanelMenuProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const popoverId = useId();

  const [focusFirst, setFocusFirst] = useState(false);

  useEffect(() => {
    if (!open || !focusFirst) return;
    setFocusFirst(false);
    popover.current?.querySelector<HTMLElement>('button, a[href], input, select')?.focus();
  }, [open, focusFirst]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  return (
    <div
      className="panel-menu"
      ref={root}
      onBlur={(event) => {
        // Only focus landing outside closes it: a window losing focus (a download's dialog) has no related target.
        if (event.relatedTarget instanceof Node && !event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
      onKeyDown={(event) => {
        if (event.key === 'ArrowDown' && event.target === toggle.current) {
          event.preventDefault();
          setOpen(true);
          setFocusFirst(true);
          return;
        }
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation();
        setOpen(false);
        toggle.current?.focus();
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="panel-menu__toggle"
        aria-expanded={open}
        aria-controls={open ? popoverId : undefined}
        title={label}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">⋯</span>
        <span className="visually-hidden">{label}</span>
      </button>
      {open && (
        <div id={popoverId} className="panel-menu__popover" ref={popover}>
          {children()}
        </div>
      )}
    </div>
  );
}
