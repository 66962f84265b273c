/** Saves the coverage matrix as SVG or PNG (2× pixels), titled and citing the plan. */
import { PLAN_TITLE } from '@plangraph/shared';
import type { CoverageGrid, Language } from '../../graph/index.ts';
import { csvFilename } from './exportTable.ts';
import { matrixSvg, svgSize } from './matrixSvg.ts';

export async function downloadMatrixPicture(
  grid: CoverageGrid,
  title: string,
  language: Language,
  format: 'svg' | 'png',
): Promise<void> {
  const { download } = await import('../export/run.ts');
  const source = language === 'zh' ? `来源：${PLAN_TITLE.zh}` : `Source: ${PLAN_TITLE.en}`;
  const svg = matrixSvg(grid, title, source, language);
  const filename = csvFilename(title).replace(/\.csv$/, `.${format}`);
  if (format === 'svg') {
    download({ bytes: new TextEncoder().encode(svg), filename, mime: 'image/svg+xml' });
    return;
  }
  const { rasterizeSvg } = await import('../export/raster.ts');
  const { width, height } = svgSize(svg);
  download({ bytes: await rasterizeSvg(svg, width * 2, height * 2), filename, mime: 'image/png' });
}
