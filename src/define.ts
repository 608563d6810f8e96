/** Importing this module registers every element (once per page, however often it is imported or bundled). */
import {defineRoadmapElements} from './register.js';

defineRoadmapElements();
