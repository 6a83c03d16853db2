import { render } from 'preact';
import { PopupApp } from './app';
import '../../components/popup/ui.css';
import '../../components/popup/planner.css';

const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
