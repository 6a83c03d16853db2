import { render } from 'preact';
import { PopupApp } from './app';
import './style.css';

const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
