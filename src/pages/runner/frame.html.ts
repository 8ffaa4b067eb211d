// The sandboxed frame that hosts the runner's worker. The page loads it with
// sandbox="allow-scripts" (an opaque origin: no storage, no cookies, no access to the page) and
// this policy forbids every request; only this inline script, by its hash, and the worker the
// page hands over, from a blob: URL, may run. 'unsafe-eval' is the one grant learner code needs.
import { createHash } from 'node:crypto';
import type { APIRoute } from 'astro';

const script = `
const parentOrigin = new URL(location.href).origin;
let source = '';
let worker;
function start() {
  worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
  worker.onmessage = (event) => parent.postMessage(event.data, parentOrigin);
}
addEventListener('message', (event) => {
  if (event.source !== parent) return;
  const message = event.data;
  if (message.type === 'init') {
    source = message.source;
    start();
  } else if (message.type === 'reset') {
    worker.terminate();
    start();
  } else {
    worker.postMessage(message);
  }
});
parent.postMessage({ type: 'loaded' }, parentOrigin);
`;

const hash = createHash('sha256').update(script).digest('base64');
const policy = [
  "default-src 'none'",
  `script-src 'sha256-${hash}' 'unsafe-eval'`,
  'worker-src blob:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<title>Code runner</title>
</head>
<body>
<script>${script}</script>
</body>
</html>
`;

export const GET: APIRoute = () =>
  new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
