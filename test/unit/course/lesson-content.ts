// Reads the lessons' MDX for the components they use, so the unit suite can check every
// Playground and Exercise without building the site.
import { readdirSync, readFileSync } from 'node:fs';

export interface ComponentUse {
  lesson: string;
  component: 'Playground' | 'Exercise';
  attributes: Record<string, string>;
}

const lessonsDir = new URL('../../../lessons/', import.meta.url);
const TAG = /<(Playground|Exercise)\b([^>]*)>/g;
const ATTRIBUTE = /\b(\w+)=(?:"([^"]*)"|\{(\d+)\})/g;

export function lessonFileNames(): string[] {
  return readdirSync(lessonsDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort();
}

export function componentUses(): ComponentUse[] {
  return lessonFileNames().flatMap((lesson) => {
    const source = readFileSync(new URL(lesson, lessonsDir), 'utf8');
    return Array.from(source.matchAll(TAG), (match) => ({
      lesson,
      component: match[1] as ComponentUse['component'],
      attributes: Object.fromEntries(
        Array.from(match[2]!.matchAll(ATTRIBUTE), (attr) => [attr[1]!, attr[2] ?? attr[3]!]),
      ),
    }));
  });
}
