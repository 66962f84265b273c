/**
 * The Story panel: collect views (their share links) into a titled sequence with captions, reorder, rename,
 * present them full screen (arrow keys step through the live views), save or open a `.story.json`, and export
 * the deck as PPTX, PDF or HTML. The story is kept in localStorage between visits.
 */
import { useEffect, useRef, useState } from 'react';
import { useStore } from '../../store/index.ts';
import { currentSearch } from '../../url/useUrlSync.ts';
import { download } from '../export/download.ts';
import { exportFileName, isoDate } from '../export/filename.ts';
import {
  EMPTY_STORY,
  addSlide,
  moveSlide,
  parseStory,
  removeSlide,
  serializeStory,
  updateSlide,
  type Story,
} from './story.ts';
import type { DeckFormat } from './render.ts';
import { linkRequest, openLink } from './openLink.ts';
import './story.css';

const KEY = 'plangraph.story';

const UI = {
  heading: { zh: '故事', en: 'Story' },
  title: { zh: '故事标题', en: 'Story title' },
  add: { zh: '添加当前视图', en: 'Add this view' },
  present: { zh: '演示', en: 'Present' },
  save: { zh: '保存', en: 'Save' },
  open: { zh: '打开', en: 'Open' },
  up: { zh: '上移', en: 'Move up' },
  down: { zh: '下移', en: 'Move down' },
  remove: { zh: '删除', en: 'Delete' },
  caption: { zh: '说明', en: 'Caption' },
  exporting: { zh: '正在导出…', en: 'Exporting…' },
  empty: { zh: '尚无视图:点击“添加当前视图”。', en: 'No views yet: use “Add this view”.' },
} as const;

function loadStored(): Story {
  try {
    const text = localStorage.getItem(KEY);
    if (text) {
      const raw = JSON.parse(text) as Story;
      return { ...EMPTY_STORY, ...raw, slides: Array.isArray(raw.slides) ? raw.slides : [] };
    }
  } catch {
    // A damaged entry starts a new story.
  }
  return EMPTY_STORY;
}

export function StoryPanel() {
  const language = useStore((s) => s.language);
  const t = (k: keyof typeof UI) => UI[k][language];
  const [story, setStory] = useState<Story>(loadStored);
  const [status, setStatus] = useState('');
  const [presenting, setPresenting] = useState<number | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  useEffect(() => localStorage.setItem(KEY, JSON.stringify(story)), [story]);

  const present = async (i: number) => {
    const slide = story.slides[i];
    if (!slide) return;
    setPresenting(i);
    await openLink(slide.view, story.lang).catch((e: Error) => setStatus(e.message));
  };
  useEffect(() => {
    if (presenting === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'ArrowRight' || e.key === 'PageDown')
        void present(Math.min(story.slides.length - 1, presenting + 1));
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') void present(Math.max(0, presenting - 1));
      else if (e.key === 'Escape') {
        setPresenting(null);
        if (document.fullscreenElement) void document.exitFullscreen();
      } else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const onAdd = () => {
    try {
      const n = story.slides.length + 1;
      setStory(
        addSlide(
          { ...story, lang: story.slides.length ? story.lang : language },
          // The view as its link says it now (the address bar follows the canvas a moment later).
          {
            title: language === 'zh' ? `视图 ${n}` : `View ${n}`,
            caption: '',
            view: currentSearch(window.location.search),
          },
        ),
      );
      setStatus('');
    } catch (e) {
      setStatus((e as Error).message);
    }
  };

  const onExport = async (format: DeckFormat) => {
    setStatus(t('exporting'));
    const back = currentSearch(window.location.search);
    try {
      const { renderStory } = await import('./render.ts');
      const checked = parseStory(JSON.parse(serializeStory(story)) as unknown);
      const out = await renderStory(checked, {
        format,
        onSlide: (i, n) => setStatus(`${t('exporting')} ${i + 1}/${n}`),
      });
      download(out);
      setStatus([`${out.filename} · ${out.pages} · ${out.ms} ms`, ...out.warnings].join('\n'));
    } catch (e) {
      setStatus((e as Error).message);
    } finally {
      if (linkRequest(back).requested.length) await openLink(back, language).catch(() => {});
    }
  };

  const onSave = () => {
    download({
      bytes: new TextEncoder().encode(serializeStory(story)),
      filename: exportFileName(story.title || 'story', isoDate(new Date()), 'story.json'),
      mime: 'application/json',
    });
  };

  const onOpen = async (file: File) => {
    try {
      setStory(parseStory(await file.text()));
      setStatus('');
    } catch (e) {
      setStatus((e as Error).message);
    }
  };

  const slide = presenting !== null ? story.slides[presenting] : undefined;
  return (
    <section className="story-panel" data-testid="story-panel" aria-label={t('heading')}>
      <input
        aria-label={t('title')}
        placeholder={t('title')}
        data-testid="story-title"
        value={story.title}
        onChange={(e) => setStory({ ...story, title: e.target.value })}
      />
      <div className="story-actions">
        <button type="button" data-testid="story-add" onClick={onAdd}>
          {t('add')}
        </button>
        <button
          type="button"
          data-testid="story-present"
          disabled={!story.slides.length}
          onClick={() => {
            void document.documentElement.requestFullscreen?.().catch(() => {});
            void present(0);
          }}
        >
          {t('present')}
        </button>
        <button type="button" data-testid="story-save" disabled={!story.slides.length} onClick={onSave}>
          {t('save')}
        </button>
        <button type="button" data-testid="story-open" onClick={() => fileRef.current?.click()}>
          {t('open')}
        </button>
        <input
          ref={fileRef}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="story-file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void onOpen(f);
            e.target.value = '';
          }}
        />
      </div>
      {story.slides.length === 0 && <p className="story-empty">{t('empty')}</p>}
      <ol className="story-slides">
        {story.slides.map((s, i) => (
          <li key={`${i}-${s.view}`} data-testid="story-slide">
            <input
              aria-label={`${t('title')} ${i + 1}`}
              value={s.title}
              onChange={(e) => setStory(updateSlide(story, i, { title: e.target.value }))}
            />
            <textarea
              aria-label={`${t('caption')} ${i + 1}`}
              placeholder={t('caption')}
              value={s.caption}
              rows={2}
              onChange={(e) => setStory(updateSlide(story, i, { caption: e.target.value }))}
            />
            <div className="story-row-actions">
              <button
                type="button"
                aria-label={t('up')}
                disabled={i === 0}
                onClick={() => setStory(moveSlide(story, i, i - 1))}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={t('down')}
                disabled={i === story.slides.length - 1}
                onClick={() => setStory(moveSlide(story, i, i + 1))}
              >
                ↓
              </button>
              <button type="button" aria-label={t('remove')} onClick={() => setStory(removeSlide(story, i))}>
                ×
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div className="story-actions">
        {(['pptx', 'pdf', 'html'] as const).map((f) => (
          <button
            key={f}
            type="button"
            data-testid={`story-export-${f}`}
            disabled={!story.slides.length || !story.title.trim()}
            onClick={() => void onExport(f)}
          >
            {f.toUpperCase()}
          </button>
        ))}
      </div>
      <p className="story-status" role="status" data-testid="story-status">
        {status}
      </p>
      {slide && (
        <div className="story-present" data-testid="story-presenting">
          <strong>
            {presenting! + 1}/{story.slides.length} · {slide.title}
          </strong>
          {slide.caption && <span>{slide.caption}</span>}
        </div>
      )}
    </section>
  );
}
