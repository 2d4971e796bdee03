import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
// Generated from the elements' JSDoc by `npm run manifest` (run by the storybook scripts).
import manifest from '../custom-elements.json';
import '../src/index.js';

setCustomElementsManifest(manifest);

/**
 * Toolbar: language/direction and theme for every story. The wrapper carries
 * `lang`, and `dir="rtl"` for Arabic only (an English page sets no `dir`, as most pages do not;
 * the elements follow the nearest ones, and take right to left from their language) and the theme is
 * passed down to every kit element in the story.
 */
const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language and direction',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English (left to right)' },
          { value: 'ar', title: 'العربية (right to left)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'auto', title: 'Auto (system)' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'auto' },
  decorators: [
    (story, context) => {
      const locale = (context.globals.locale as string) ?? 'en';
      const theme = (context.globals.theme as string) ?? 'auto';
      const dark = theme === 'dark';
      return html`<div
        lang=${locale}
        dir=${locale === 'ar' ? 'rtl' : nothing}
        data-sk-theme=${theme}
        class="sk-story ${dark ? 'sk-story-dark' : ''}"
      >
        ${story()}
      </div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { toc: true },
  },
};

export default preview;
