import { configure } from '@testing-library/dom';

// Two cores run the whole suite in parallel; a component that renders in 50 ms alone can
// take over a second then, which is slowness of the machine, not of the app.
configure({ asyncUtilTimeout: 5_000 });

// jsdom lays nothing out, so it has no scrolling: moving to an element is a no-op there.
if (typeof Element !== 'undefined') {
  const element = Element.prototype as { scrollIntoView?: () => void };
  element.scrollIntoView ??= () => undefined;
}
