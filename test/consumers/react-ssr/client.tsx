// In the browser: the same page, hydrated with the props the server rendered it with.
import {hydrateRoot} from 'react-dom/client';
import {Page} from './Page.js';

const props = JSON.parse(document.getElementById('page-props')!.textContent!) as {html: string};
hydrateRoot(document.getElementById('root')!, <Page {...props} />);
