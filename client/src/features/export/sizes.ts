/** Page sizes for PDF exports and pixel presets for pictures. */
/** Page sizes in PDF points (1/72 in). */
export const PAGE_SIZES = {
  'a4-landscape': { width: 841.89, height: 595.28, label: 'A4 landscape' },
  'a4-portrait': { width: 595.28, height: 841.89, label: 'A4 portrait' },
  'a3-landscape': { width: 1190.55, height: 841.89, label: 'A3 landscape' },
  'a3-portrait': { width: 841.89, height: 1190.55, label: 'A3 portrait' },
  '16:9': { width: 960, height: 540, label: '16:9' },
} as const;
export type PageSize = keyof typeof PAGE_SIZES;

export const PNG_PRESETS = {
  '1920x1080': { width: 1920, height: 1080 },
  '3840x2160': { width: 3840, height: 2160 },
  'a4-300dpi': { width: 3508, height: 2480 },
} as const;
export type PngPreset = keyof typeof PNG_PRESETS;
