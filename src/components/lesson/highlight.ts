// Build-time highlighting with Shiki, for the code a page shows before its editor loads (and
// for readers without JavaScript). Both themes are emitted; CSS picks one from data-theme.
import { codeToHtml } from 'shiki';

export function highlight(code: string): Promise<string> {
  return codeToHtml(code, {
    lang: 'typescript',
    // GitHub's newer palettes: their comments and constants meet WCAG AA contrast.
    themes: { light: 'github-light-default', dark: 'github-dark-default' },
    defaultColor: 'light',
  });
}
