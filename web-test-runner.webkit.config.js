// The browser suite in WebKit (Safari’s engine): see web-test-runner.config.js and docs/browsers.md.
import {configFor} from './web-test-runner.config.js';

export default configFor('webkit');
