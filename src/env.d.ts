/// <reference types="astro/client" />

// For plain `tsc`, which cannot read .astro files; `astro check` types them properly.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
