import { useEffect, useEffectEvent, useState } from 'react';

const isFullscreen = (): boolean => document.fullscreenElement != null;

/**
 * Whether the page is in full screen, and a way in for a deck opened from a link (the
 * browser allows it only from a click). When full screen ends, by Escape or by the
 * browser's own control, `onExit` runs: present mode leaves with it.
 */
export function useFullscreen(onExit: () => void): { readonly active: boolean; readonly available: boolean; readonly enter: () => void } {
  const [active, setActive] = useState(isFullscreen);
  const exited = useEffectEvent(onExit);
  useEffect(() => {
    const onChange = () => {
      const now = isFullscreen();
      setActive(now);
      if (!now) exited();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const root = document.documentElement;
  const available = document.fullscreenEnabled === true && typeof root.requestFullscreen === 'function';
  return {
    active,
    available,
    enter: () => {
      if (available) root.requestFullscreen().catch(() => undefined);
    },
  };
}
