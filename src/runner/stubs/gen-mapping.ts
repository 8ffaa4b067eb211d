// Sucrase builds source maps with @jridgewell/gen-mapping, only when asked for one. The runner
// never asks (it keeps line numbers instead), so the site build (astro.config.mjs) replaces the
// package with this stub, which says so if it is ever reached.
function unavailable(): never {
  throw new Error('Source maps are not built in the browser runner.');
}

export class GenMapping {
  constructor() {
    unavailable();
  }
}
export const maybeAddSegment = unavailable;
export const toEncodedMap = unavailable;
