// Build-time highlighting with Shiki, for the code a page shows before its editor loads (and
// for readers without JavaScript). Both themes are emitted; CSS picks one from data-theme.
import { codeToHtml } from 'shiki';

export function highlight(code: string): Promise<string> {
  return codeToHtml(code, {
    lang: 'typescript',
    themes: { light: 'github-light', dark: 'github-dark' },
    defaultColor: 'light',
  });
}
