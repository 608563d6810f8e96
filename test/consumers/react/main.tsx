import {StrictMode} from 'react';
import {createRoot} from 'react-dom/client';
import {App} from './App.js';
import {Tags} from './Tags.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
    <Tags />
  </StrictMode>,
);
