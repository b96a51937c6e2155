import { startApp } from './app/start-app';
import './styles/index.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

startApp(root);
