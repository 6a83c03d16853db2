import { render } from 'preact';
import { PopupApp } from './app';
import '../../components/ui.css';

const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
