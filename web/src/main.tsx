/**
 * Entry point of the web explorer: styles, the app rendered into #app, and the links to the API
 * of your own data kept in the page.
 */
import { render } from 'preact';
import { App } from './app.js';
import './styles.css';
import { keepYourLinksLocal } from './yours/links.js';

const root = document.getElementById('app');
if (root !== null) render(<App />, root);
keepYourLinksLocal(document);
