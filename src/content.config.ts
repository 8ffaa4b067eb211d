import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { pageId } from './course/sidebar.mjs';

// Lessons live in the top-level lessons/ folder, named NN-slug.mdx so that the folder lists
// them in reading order; the number is dropped from the URL. Reference pages (the glossary,
// the snippet reference) sit beside them without a number.
export const collections = {
  docs: defineCollection({
    loader: glob({
      base: './lessons',
      pattern: '*.mdx',
      generateId: ({ entry }) => pageId(entry),
    }),
    schema: docsSchema(),
  }),
};
