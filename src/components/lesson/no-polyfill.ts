// Sandpack pulls in a polyfill for IntersectionObserver, which every browser this course
// supports has natively; astro.config.mjs points the polyfill here, an empty module.
export {};
