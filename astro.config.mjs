// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import starlight from '@astrojs/starlight';
import { lessonSidebar } from './src/course/sidebar.mjs';

// Instructors host the site under any path: BASE_PATH=/privacy-course/ npm run build.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  outDir: process.env.OUT_DIR ?? "./dist",
  site: process.env.SITE_URL,
  trailingSlash: 'ignore',
  integrations: [
    starlight({
      title: 'Personal Data Lab',
      description: 'A hands-on course on handling personal data safely, with code you run in the browser.',
      sidebar: [
        { label: 'Start here', items: [{ label: 'Course home', link: '/' }] },
        { label: 'Lessons', items: lessonSidebar() },
      ],
      components: {
        Search: './src/components/chrome/Search.astro',
      },
      customCss: ['./src/styles/course.css'],
      pagination: true,
      lastUpdated: false,
    }),
    react(),
    mdx(),
  ],
  vite: {
    worker: { format: 'iife' },
  },
});
