/**
 * Lets the page handle input and paint before the next piece of work. A message, not a
 * timer: a tab in the background runs timers once a second at most, which would stretch
 * a minute's export over hours.
 */
export const yieldToPage = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
