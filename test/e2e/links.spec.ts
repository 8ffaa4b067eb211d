// The links between pages, read from the build: each leads to a page the build has.
import { expect, test } from '@playwright/test';
import { crawlBuild } from './support.ts';

test.describe('Links between pages', () => {
  for (const { path, deadLinks } of crawlBuild()) {
    test(`${path} links only to pages that exist`, () => {
      expect(deadLinks, `links on ${path} to pages the build does not have`).toEqual([]);
    });
  }
});
