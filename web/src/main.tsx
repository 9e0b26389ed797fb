/**
 * Entry point of the web explorer: styles and the app rendered into #app.
 */
import { render } from 'preact';
import { App } from './app.js';
import './styles.css';

const root = document.getElementById('app');
if (root !== null) render(<App />, root);
