/**
 * Toolbar icons (16 px, current colour). On narrow windows the toolbar shows only these; the button keeps its
 * name as aria-label and tooltip.
 */
import type { ReactNode } from 'react';

const svg = (children: ReactNode) => (
  <svg className="btn-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
    {children}
  </svg>
);
const line = { fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, strokeLinecap: 'round' } as const;

export const ICONS = {
  'layout-fcose': svg(
    <>
      <path d="M4 4l8 2M4 4l3 8M12 6l-5 6" {...line} />
      <circle cx="4" cy="4" r="2" fill="currentColor" />
      <circle cx="12" cy="6" r="2" fill="currentColor" />
      <circle cx="7" cy="12" r="2" fill="currentColor" />
    </>,
  ),
  'layout-dagre': svg(
    <>
      <path d="M8 4v3M4 10V8h8v2" {...line} />
      <rect x="6" y="1.5" width="4" height="3" rx="1" fill="currentColor" />
      <rect x="2" y="10.5" width="4" height="3" rx="1" fill="currentColor" />
      <rect x="10" y="10.5" width="4" height="3" rx="1" fill="currentColor" />
    </>,
  ),
  'layout-concentric': svg(
    <>
      <circle cx="8" cy="8" r="6" {...line} />
      <circle cx="8" cy="8" r="3" {...line} />
      <circle cx="8" cy="8" r="1" fill="currentColor" />
    </>,
  ),
  'layout-grid': svg(
    <>
      <rect x="2" y="2" width="5" height="5" rx="1" fill="currentColor" />
      <rect x="9" y="2" width="5" height="5" rx="1" fill="currentColor" />
      <rect x="2" y="9" width="5" height="5" rx="1" fill="currentColor" />
      <rect x="9" y="9" width="5" height="5" rx="1" fill="currentColor" />
    </>,
  ),
  startFresh: svg(
    <>
      <rect x="3" y="2" width="10" height="12" rx="1.5" {...line} />
      <path d="M6 6.5l4 4M10 6.5l-4 4" {...line} />
    </>,
  ),
  fit: svg(<path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" {...line} />),
  export: svg(<path d="M8 2v8M4.5 6.5L8 10l3.5-3.5M3 12.5v1.5h10v-1.5" {...line} />),
  link: svg(<path d="M6.5 9.5l3-3M7 4.5l1-1a2.5 2.5 0 013.5 3.5l-1 1M9 11.5l-1 1A2.5 2.5 0 014.5 9l1-1" {...line} />),
} satisfies Record<string, ReactNode>;
