import { useEffect, useState } from 'react';

const pad = (value: number): string => String(value).padStart(2, '0');

/** "mm:ss" of a time span in milliseconds, minutes running past 59 for a long meeting ("75:02"); never negative. */
export function elapsedText(milliseconds: number): string {
  const seconds = Math.max(0, Math.floor(milliseconds / 1000));
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
}

/**
 * The time since `startedAt` (a `Date.now()` value), ticking every second. Only the
 * component showing the clock re-renders each second, never the slides.
 */
export function useElapsed(startedAt: number): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [startedAt]);
  return now - startedAt;
}
