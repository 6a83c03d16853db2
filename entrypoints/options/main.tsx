import { render } from 'preact';
import { OptionsApp } from './app';
import '../../components/popup/ui.css';
import '../../components/popup/planner.css';

const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
