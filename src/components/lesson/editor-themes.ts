// Editor colours for Starlight's light and dark themes, from GitHub's default palettes, chosen
// so that every token, tab and line number meets WCAG AA contrast (4.5:1) on its background.
// Sandpack's built-in themes do not: their comments and line numbers fall below 3:1.
import type { SandpackTheme } from '@codesandbox/sandpack-react';

const font = {
  body: 'var(--__sl-font)',
  mono: 'var(--__sl-font-mono)',
  size: '14px',
  lineHeight: '1.55',
};

export const lightTheme: SandpackTheme = {
  colors: {
    surface1: '#ffffff',
    surface2: '#d1d9e0',
    surface3: '#f6f8fa',
    disabled: '#59636e',
    base: '#1f2328',
    clickable: '#59636e',
    hover: '#1f2328',
    accent: '#0550ae',
    error: '#a40e26',
    errorSurface: '#ffebe9',
  },
  syntax: {
    plain: '#1f2328',
    comment: { color: '#59636e', fontStyle: 'italic' },
    keyword: '#a40e26',
    tag: '#116329',
    punctuation: '#1f2328',
    definition: '#6639ba',
    property: '#0550ae',
    static: '#0550ae',
    string: '#0a3069',
  },
  font,
};

export const darkTheme: SandpackTheme = {
  colors: {
    surface1: '#0d1117',
    surface2: '#3d444d',
    surface3: '#151b23',
    disabled: '#9198a1',
    base: '#f0f6fc',
    clickable: '#9198a1',
    hover: '#f0f6fc',
    accent: '#4493f8',
    error: '#ff7b72',
    errorSurface: '#25171c',
  },
  syntax: {
    plain: '#f0f6fc',
    comment: { color: '#9198a1', fontStyle: 'italic' },
    keyword: '#ff7b72',
    tag: '#7ee787',
    punctuation: '#f0f6fc',
    definition: '#d2a8ff',
    property: '#79c0ff',
    static: '#79c0ff',
    string: '#a5d6ff',
  },
  font,
};
