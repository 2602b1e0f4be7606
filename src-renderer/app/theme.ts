import { Badge, createTheme, Modal, type MantineColorsTuple } from '@mantine/core';

// A calm, Office-like blue (close to the Fluent brand colour) instead of Mantine's brighter default.
const office: MantineColorsTuple = [
  '#ebf3fc',
  '#cfe4fa',
  '#a9cdf3',
  '#77b0ea',
  '#4a94e0',
  '#2581d6',
  '#0f6cbd',
  '#0c5aa0',
  '#0a4a83',
  '#083a67',
];

// System fonts only: the app is offline and the CSP forbids remote fonts.
const fontFamily =
  "'Segoe UI', system-ui, -apple-system, 'Helvetica Neue', 'Liberation Sans', 'Noto Sans', Arial, sans-serif";

export const theme = createTheme({
  primaryColor: 'office',
  primaryShade: 6,
  colors: { office },
  fontFamily,
  headings: { fontFamily, fontWeight: '600' },
  defaultRadius: 'sm',
  fontSizes: { md: '0.875rem' },
  cursorType: 'pointer',
  components: {
    // German status words read better in normal case than in Mantine's default capitals.
    Badge: Badge.extend({ styles: { root: { textTransform: 'none', fontWeight: 600 } } }),
    Modal: Modal.extend({ styles: { title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } } }),
  },
});
