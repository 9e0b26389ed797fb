/**
 * Entry point of the web explorer: styles and the app rendered into #app — in a task of its own,
 * after the one that compiles and evaluates the modules, so that neither is a long task (over
 * 50 ms) on a slow machine's first load.
 */
import { render } from 'preact';
import { App } from './app.js';
import './styles.css';
import { keepYourLinksLocal } from './yours/links.js';

const root = document.getElementById('app');
if (root !== null) setTimeout(() => render(<App />, root), 0);
keepYourLinksLocal(document);
