// The benchmark's seeded 300-stage roadmap for Node scripts and tests (bench-ssr, render-lean): the same generator
// the benchmark pages use in the browser, so both measure one roadmap.
export {LARGE, largeRoadmap} from '../bench/large-roadmap.js';
