import { startEarlyLoad } from './data/early-load';
import './styles/index.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

// The page's first script is kept small: the dataset's worker starts fetching while the
// app's code, ten times larger, is still arriving and being compiled.
startEarlyLoad();

// Running the app's modules is the longest task of a load. Four parts of it run first,
// each in a task of its own, and the page is given back to the browser between them, so
// no task holds input for long: building the data schemas, building the deck's, the
// set-up of the page's first Intl formatter (the counts'), and React's DOM renderer, tens
// of milliseconds each.
const yieldToBrowser = () => new Promise((resolve) => setTimeout(resolve, 0));

import('./domain/schema')
  .then(yieldToBrowser)
  .then(() => import('./presentation/deck-schema'))
  .then(yieldToBrowser)
  .then(() => import('./components/format-count'))
  .then(yieldToBrowser)
  .then(() => import('react-dom/client'))
  .then(yieldToBrowser)
  .then(() => import('./app/start-app'))
  .then(
    ({ startApp }) => startApp(root),
    () => {
      root.textContent = 'Faultline could not load its code. Check the connection and reload the page.';
    },
  );
