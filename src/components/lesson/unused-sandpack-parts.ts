// Sandpack bundles two helpers that only its preview and its "open in CodeSandbox" button use:
// lz-string (to pack files into a CodeSandbox URL) and anser (to colour a preview's console).
// This course uses neither, so astro.config.mjs points both here, which keeps about 4 KB
// (gzip) off every lesson page. Each throws if it is ever reached, so a change in Sandpack
// that starts to need them fails loudly instead of silently doing nothing.
function unavailable(): never {
  throw new Error("lz-string and anser are not bundled: the course uses Sandpack's editor only.");
}

// Sandpack imports each package's default export and calls one method on it.
export default { compressToBase64: unavailable, ansiToJson: unavailable };
