import { type ComponentType, createElement, use } from 'react';

/** A view component that loads its code on first use, and can be loaded ahead of time. */
export interface LazyView {
  (): ReturnType<typeof createElement>;
  preload(): Promise<void>;
}

/**
 * Like `React.lazy`, with a `preload` that makes the next render synchronous: once the
 * module is in, the view renders at once instead of suspending for a frame, so a view
 * opened after its code has been fetched never flashes its loading state.
 */
export function lazyView(load: () => Promise<ComponentType>): LazyView {
  let loaded: ComponentType | null = null;
  let pending: Promise<void> | null = null;
  const preload = () =>
    (pending ??= load().then((component) => {
      loaded = component;
    }));
  const View = () => {
    if (loaded === null) use(preload());
    return createElement(loaded as unknown as ComponentType);
  };
  return Object.assign(View, { preload });
}
