import { render } from 'preact';
import { ReportsApp } from './app';
import { runtimeReportsClient } from './client';
import './styles.css';

const root = document.getElementById('root');
if (root) render(<ReportsApp client={runtimeReportsClient} />, root);
