// Sandpack's editor sets up HTML and CSS highlighting for every editor it creates, though our
// playgrounds hold TypeScript only. astro.config.mjs points @codemirror/lang-html and
// @codemirror/lang-css here, which keeps about 18 KB (gzip) of parsers off every lesson page.
// A lesson that wants to show an HTML or CSS file must remove those aliases first.
type Extension = readonly never[];

export const html = (): Extension => [];
export const css = (): Extension => [];
