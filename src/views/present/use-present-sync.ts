import { useEffect, useEffectEvent, useRef } from 'react';
import { channelName, readPresentMessage } from './present-channel';
import type { PresentMessage } from './present-channel';

interface PresentSync {
  /** Tells the other windows what is on show now, after a change made here. */
  readonly share: (position: number, startedAt: number) => void;
}

/**
 * Keeps this window's slide and clock in step with the other windows of presentation
 * `id`. A change made here is shared by calling `share`; one received is applied through
 * `onShow` and never sent back, so two windows cannot echo each other. A window asks for
 * the current slide as it opens. Where the browser has no BroadcastChannel, each window
 * presents on its own.
 */
export function usePresentSync(id: string, current: { readonly position: number; readonly startedAt: number }, onShow: (position: number, startedAt: number) => void): PresentSync {
  const channel = useRef<BroadcastChannel | null>(null);
  const received = useEffectEvent((message: PresentMessage) => {
    if (message.type === 'show') onShow(message.position, message.startedAt);
    else channel.current?.postMessage({ type: 'show', position: current.position, startedAt: current.startedAt } satisfies PresentMessage);
  });
  useEffect(() => {
    if (typeof BroadcastChannel !== 'function') return;
    const opened = new BroadcastChannel(channelName(id));
    channel.current = opened;
    opened.onmessage = (event: MessageEvent) => {
      const message = readPresentMessage(event.data);
      if (message !== null) received(message);
    };
    opened.postMessage({ type: 'hello' } satisfies PresentMessage);
    return () => {
      channel.current = null;
      opened.close();
    };
  }, [id]);
  return {
    share: (position, startedAt) => channel.current?.postMessage({ type: 'show', position, startedAt } satisfies PresentMessage),
  };
}
