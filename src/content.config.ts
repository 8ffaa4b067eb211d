import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { lessonId } from './course/sidebar.mjs';

// Lessons live in the top-level lessons/ folder, named NN-slug.mdx so that the folder lists
// them in reading order; the number is dropped from the URL.
export const collections = {
  docs: defineCollection({
    loader: glob({
      base: './lessons',
      pattern: '[0-9][0-9]-*.mdx',
      generateId: ({ entry }) => lessonId(entry),
    }),
    schema: docsSchema(),
  }),
};
