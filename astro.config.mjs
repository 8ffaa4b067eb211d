// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import starlight from '@astrojs/starlight';
import { dropUnusedWorkers } from './src/course/drop-unused-workers.mjs';
import { lessonSidebar, referenceSidebar } from './src/course/sidebar.mjs';

/** @param {string} path */
const local = (path) => fileURLToPath(new URL(path, import.meta.url));

// Instructors host the site under any path: BASE_PATH=/privacy-course/ npm run build.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  site: process.env.SITE_URL,
  trailingSlash: 'ignore',
  integrations: [
    starlight({
      title: 'Personal Data Lab',
      description:
        'A hands-on course on handling personal data safely, with code you run in the browser.',
      sidebar: [
        { label: 'Start here', items: [{ label: 'Course home', link: '/' }] },
        { label: 'Lessons', items: lessonSidebar() },
        { label: 'Reference', items: referenceSidebar() },
      ],
      components: {
        Search: './src/components/chrome/Search.astro',
      },
      customCss: ['./src/styles/course.css', './src/styles/editor.css'],
      pagination: true,
      lastUpdated: false,
    }),
    react(),
    mdx(),
    dropUnusedWorkers(),
  ],
  vite: {
    worker: { format: 'iife' },
    resolve: {
      // Each alias replaces code that the site ships but never runs; each stub says why.
      alias: [
        {
          find: /^ts-interface-checker$/,
          replacement: local('./src/runner/stubs/ts-interface-checker.ts'),
        },
        {
          find: /^@jridgewell\/gen-mapping$/,
          replacement: local('./src/runner/stubs/gen-mapping.ts'),
        },
        {
          find: /^intersection-observer$/,
          replacement: local('./src/components/lesson/no-polyfill.ts'),
        },
        {
          find: /^(lz-string|anser)$/,
          replacement: local('./src/components/lesson/unused-sandpack-parts.ts'),
        },
        {
          find: /^@codemirror\/lang-(html|css)$/,
          replacement: local('./src/components/lesson/unused-languages.ts'),
        },
      ],
    },
  },
});
