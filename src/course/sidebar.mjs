// Builds the Lessons part of the sidebar from the files in lessons/, in their numbered order.
// Plain JavaScript, because astro.config.mjs imports it before TypeScript is set up.
import { readdirSync } from 'node:fs';

const LESSON_FILE = /^\d{2}-([a-z0-9-]+)\.mdx$/;

/** The lessons folder, relative to the project root. */
export const lessonsDir = new URL('../../lessons/', import.meta.url);

/** Lesson files sorted by their number, e.g. ["01-introduction.mdx", ...]. */
export function lessonFiles() {
  return readdirSync(lessonsDir)
    .filter((name) => LESSON_FILE.test(name))
    .sort();
}

/** Pages beside the lessons: the glossary and the snippet reference, in sidebar order. */
export const referencePages = ['glossary', 'usage'];

/** "01-introduction.mdx" → "lessons/introduction": the page's id and its URL path. */
export function lessonId(file) {
  const match = LESSON_FILE.exec(file);
  if (!match) throw new Error(`${file}: a lesson file is named NN-slug.mdx, e.g. 02-types.mdx`);
  return `lessons/${match[1]}`;
}

/** The id of any page in lessons/: a lesson, or a reference page such as "glossary". */
export function pageId(file) {
  const name = file.replace(/\.mdx$/, '');
  if (referencePages.includes(name)) return name;
  return lessonId(file);
}

/** The reference pages that exist, as sidebar items. */
export function referenceSidebar() {
  const present = new Set(readdirSync(lessonsDir));
  return referencePages.filter((name) => present.has(`${name}.mdx`)).map((slug) => ({ slug }));
}

export function lessonSidebar() {
  return lessonFiles().map((file) => ({ slug: lessonId(file) }));
}
