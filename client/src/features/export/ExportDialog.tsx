import { exportFileName, isoDate } from './filename.ts';
import { EXPORT_STRINGS } from './scene.ts';
import { useEffect, useRef, useState } from 'react';
import './export.css';
import { useStore } from '../../store/index.ts';
import { PAGE_SIZES, PNG_PRESETS, type PageSize, type PngPreset } from './sizes.ts';
import { DEFAULT_SETTINGS, FORMATS, download, runExport, type ExportFormat, type ExportSettings } from './run.ts';
import { UI, type UiKey } from './strings.ts';

const FORMAT_NAMES: Record<ExportFormat, string> = {
  png: 'PNG',
  svg: 'SVG',
  pdf: 'PDF',
  pptx: 'PowerPoint (PPTX)',
  json: 'Cytoscape JSON',
  graphml: 'GraphML',
  csv: 'CSV (nodes.csv + edges.csv, zip)',
};

const PICTURE = new Set<ExportFormat>(['png', 'svg', 'pdf', 'pptx']);

type SizeChoice = `scale-${1 | 2 | 3 | 4}` | PngPreset;

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
}

/** The export dialog: format, size, background, scope and the briefing texts. */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const language = useStore((s) => s.language);
  const hasSelection = useStore((s) => s.selection !== null);
  const t = (k: UiKey) => UI[k][language];
  const [format, setFormat] = useState<ExportFormat>('png');
  const [size, setSize] = useState<SizeChoice>('scale-2');
  const [page, setPage] = useState<PageSize>('a4-landscape');
  const [bg, setBg] = useState<'white' | 'transparent' | 'custom'>('white');
  const [custom, setCustom] = useState('#f7f4ec');
  const [scope, setScope] = useState<'all' | 'selection'>('all');
  const [title, setTitle] = useState('');
  const [subtitle, setSubtitle] = useState('');
  const [showTitle, setShowTitle] = useState(true);
  const [legend, setLegend] = useState(true);
  const [footer, setFooter] = useState(true);
  const [edgeLabels, setEdgeLabels] = useState(true);
  const [status, setStatus] = useState<{ kind: 'idle' | 'working' | 'done' | 'error'; text?: string }>({
    kind: 'idle',
  });
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    dialogRef.current?.querySelector<HTMLElement>('select')?.focus();
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  async function onExport() {
    const settings: ExportSettings = {
      ...DEFAULT_SETTINGS,
      format,
      scope,
      scale: size.startsWith('scale-') ? Number(size.slice(6)) : 1,
      size: size.startsWith('scale-') ? null : PNG_PRESETS[size as PngPreset],
      background: bg === 'custom' ? custom : bg,
      page,
      title,
      subtitle,
      showTitle,
      legend,
      footer,
      edgeLabels,
    };
    setStatus({ kind: 'working' });
    try {
      const out = await runExport(settings);
      download(out);
      const dims = out.width && format === 'png' ? ` · ${out.width}×${out.height}` : '';
      setStatus({
        kind: 'done',
        text: `${t('done')} ${out.filename} · ${formatBytes(out.bytes.length)}${dims} · ${out.ms} ms`,
      });
    } catch (error) {
      setStatus({ kind: 'error', text: `${t('failed')}: ${(error as Error).message}` });
    }
  }

  const picture = PICTURE.has(format);
  return (
    <div className="export-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={dialogRef}
        className="export-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="export-dialog-title"
        data-testid="export-dialog"
      >
        <header>
          <h2 id="export-dialog-title">{t('dialogTitle')}</h2>
          <button type="button" className="export-close" onClick={onClose} aria-label={t('close')}>
            ×
          </button>
        </header>
        <div className="export-grid">
          <label>
            <span>{t('format')}</span>
            <select
              data-testid="export-format"
              value={format}
              onChange={(e) => setFormat(e.target.value as ExportFormat)}
            >
              {FORMATS.map((f) => (
                <option key={f} value={f}>
                  {FORMAT_NAMES[f]}
                </option>
              ))}
            </select>
          </label>
          {(format === 'png' || format === 'svg') && (
            <label>
              <span>{t('size')}</span>
              <select data-testid="export-size" value={size} onChange={(e) => setSize(e.target.value as SizeChoice)}>
                {[1, 2, 3, 4].map((s) => (
                  <option key={s} value={`scale-${s}`}>
                    {s}
                    {t('scale')}
                  </option>
                ))}
                <option value="1920x1080">1920 × 1080</option>
                <option value="3840x2160">3840 × 2160 (4K)</option>
                <option value="a4-300dpi">A4 300 dpi (3508 × 2480)</option>
              </select>
            </label>
          )}
          {format === 'pdf' && (
            <label>
              <span>{t('page')}</span>
              <select data-testid="export-page" value={page} onChange={(e) => setPage(e.target.value as PageSize)}>
                {(Object.keys(PAGE_SIZES) as PageSize[]).map((p) => (
                  <option key={p} value={p}>
                    {PAGE_SIZES[p].label}
                  </option>
                ))}
              </select>
            </label>
          )}
          {picture && (
            <label>
              <span>{t('background')}</span>
              <span className="export-row">
                <select data-testid="export-background" value={bg} onChange={(e) => setBg(e.target.value as typeof bg)}>
                  <option value="white">{t('white')}</option>
                  <option value="transparent">{t('transparent')}</option>
                  <option value="custom">{t('custom')}</option>
                </select>
                {bg === 'custom' && (
                  <input
                    type="color"
                    data-testid="export-background-color"
                    value={custom}
                    onChange={(e) => setCustom(e.target.value)}
                  />
                )}
              </span>
            </label>
          )}
          <label>
            <span>{t('scope')}</span>
            <select
              data-testid="export-scope"
              value={scope}
              onChange={(e) => setScope(e.target.value as 'all' | 'selection')}
            >
              <option value="all">{t('all')}</option>
              <option value="selection" disabled={!hasSelection}>
                {t('selection')}
              </option>
            </select>
          </label>
          {picture && (
            <>
              <label className="wide">
                <span>{t('title')}</span>
                <input
                  data-testid="export-title"
                  value={title}
                  placeholder={
                    language === 'zh' ? '科技创新“十四五”规划知识图谱' : 'S&T Innovation Plan Knowledge Graph'
                  }
                  onChange={(e) => setTitle(e.target.value)}
                />
              </label>
              <label className="wide">
                <span>{t('subtitle')}</span>
                <input data-testid="export-subtitle" value={subtitle} onChange={(e) => setSubtitle(e.target.value)} />
              </label>
              <div className="export-checks wide">
                <Check checked={showTitle} onChange={setShowTitle} text={t('showTitle')} />
                <Check checked={legend} onChange={setLegend} text={t('legend')} testId="export-legend" />
                <Check checked={footer} onChange={setFooter} text={t('footer')} testId="export-footer" />
                <Check
                  checked={edgeLabels}
                  onChange={setEdgeLabels}
                  text={t('edgeLabels')}
                  testId="export-edge-labels"
                />
              </div>
            </>
          )}
          {!picture && <p className="export-note wide">{t('dataNote')}</p>}
        </div>
        <p className="export-note wide" data-testid="export-filename">
          {exportFileName(
            [title.trim() || EXPORT_STRINGS.defaultTitle[language], subtitle],
            isoDate(new Date()),
            format === 'csv' ? 'csv.zip' : format,
          )}
        </p>
        <footer>
          <span className={`export-status ${status.kind}`} data-testid="export-status" role="status">
            {status.kind === 'working' ? t('working') : (status.text ?? '')}
          </span>
          <button
            type="button"
            className="export-go"
            data-testid="export-download"
            disabled={status.kind === 'working'}
            onClick={() => void onExport()}
          >
            {t('download')}
          </button>
        </footer>
      </div>
    </div>
  );
}

function Check({
  checked,
  onChange,
  text,
  testId,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  text: string;
  testId?: string;
}) {
  return (
    <label>
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} data-testid={testId} />{' '}
      {text}
    </label>
  );
}
