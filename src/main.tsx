import { startEarlyLoad } from './data/early-load';
import './styles/index.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

// The page's first script is kept small: the dataset's worker starts fetching while the
// app's code, ten times larger, is still arriving and being compiled.
startEarlyLoad();

import('./app/start-app').then(
  ({ startApp }) => startApp(root),
  () => {
    root.textContent = 'Faultline could not load its code. Check the connection and reload the page.';
  },
);
