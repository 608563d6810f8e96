// The browser suite in Firefox: see web-test-runner.config.js and docs/browsers.md.
import {configFor} from './web-test-runner.config.js';

export default configFor('firefox');
