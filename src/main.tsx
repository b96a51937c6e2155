import { startEarlyLoad } from './data/early-load';
import './styles/index.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

// The page's first script is kept small: the dataset's worker starts fetching while the
// app's code, ten times larger, is still arriving and being compiled.
startEarlyLoad();

// Running the app's modules is the longest task of a load, and building the data schemas
// is a third of it: they run first, and the page is given back to the browser before the
// rest, so neither task holds input for long.
const yieldToBrowser = () => new Promise((resolve) => setTimeout(resolve, 0));

Promise.all([import('./domain/schema'), import('./presentation/deck-schema')])
  .then(yieldToBrowser)
  .then(() => import('./app/start-app'))
  .then(
    ({ startApp }) => startApp(root),
    () => {
      root.textContent = 'Faultline could not load its code. Check the connection and reload the page.';
    },
  );
