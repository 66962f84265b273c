import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { compose } from '../export/compose.ts';
import { estimateWidth } from '../export/textLayout.ts';
import { buildPdfPages } from '../export/pdf.ts';
import { deckCitations, sourcePageLines, sourcePages, titlePage, type Deck, type DeckSlide } from './deck.ts';
import { buildDeckHtml } from './deckHtml.ts';
import { buildDeckPptx } from './deckPptx.ts';

// A 1×1 white PNG.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC';
const emptyPage = compose(
  {
    language: 'zh',
    nodes: [],
    edges: [],
    legend: [],
    texts: { title: 't', subtitle: '', source: 's', sections: [] },
  },
  { width: 960, height: 540 },
);

function slide(i: number, sections: [string, string][]): DeckSlide {
  return {
    title: `视图 ${i}`,
    caption: `说明 ${i}`,
    view: `?n=v${i}`,
    picture: { base64: PNG, width: 1, height: 1 },
    page: emptyPage,
    legend: [
      { label: 'Institution', name: '机构', color: '#3567d6', shape: 'round-rectangle' },
      { label: 'SUPPORTS', name: '支撑', color: '#c3cad4', shape: 'line', kind: 'edge', lineStyle: 'solid' },
      { label: 'textIssue', name: '原文有误', color: '#d64545', shape: 'ellipse', kind: 'marker', lineStyle: 'dashed' },
    ],
    citations: sections.map(([section, quote], k) => ({ n: k + 1, section, quotes: [quote] })),
    warnings: i === 2 ? ['slide 2: 1 node not found (x)'] : [],
  };
}

const deck: Deck = {
  title: '生物医药',
  subtitle: '支撑关系',
  lang: 'zh',
  date: '2026-12-01',
  slides: [
    slide(1, [['（一）生物医药', '建设生物医药产业集群']]),
    slide(2, [
      ['专栏13', '广州实验室'],
      ['（一）生物医药', '建设生物医药产业集群'],
    ]),
    slide(3, []),
  ],
};

describe('decks', () => {
  it('merges the slides’ citations into one numbered list', () => {
    expect(deckCitations(deck).map((c) => `${c.n} ${c.section}`)).toEqual(['1 （一）生物医药', '2 专栏13']);
  });

  it('HTML: one section per page, self-contained, the same bytes every time', () => {
    const html = buildDeckHtml(deck);
    expect(html.match(/<section /g)).toHaveLength(deck.slides.length + 2);
    expect(html).toContain('data-page="sources"');
    expect(html).toContain('“广州实验室”');
    expect(html).toContain('slide 2: 1 node not found');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).toContain('ArrowRight');
    expect(buildDeckHtml(deck)).toBe(html);
  });

  it('PPTX: a title slide, one per view and a sources slide, with citations and warnings in the notes', async () => {
    const zip = await JSZip.loadAsync(await buildDeckPptx(deck));
    const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides).toHaveLength(deck.slides.length + 2);
    const notes2 = await zip.file('ppt/notesSlides/notesSlide3.xml')!.async('string');
    expect(notes2).toContain('广州实验室');
    expect(notes2).toContain('1 node not found');
    const last = await zip.file(`ppt/slides/slide${deck.slides.length + 2}.xml`)!.async('string');
    expect(last).toContain('资料来源');
    expect(await zip.file('ppt/slides/slide2.xml')!.async('string')).toContain('支撑');
  });

  it('PDF: as many pages as the PPTX has slides; long source lists take more pages', async () => {
    const size = { width: 960, height: 540 };
    const pages = [
      titlePage(deck, size, estimateWidth),
      ...deck.slides.map((s) => s.page),
      ...sourcePages(deck.title, ['a', 'b'], 'zh', size, estimateWidth),
    ];
    const pdf = await PDFDocument.load(await buildPdfPages(pages, { title: 't', subject: 's', language: 'zh' }, []));
    expect(pdf.getPageCount()).toBe(deck.slides.length + 2);
    const long = sourcePages(
      't',
      Array.from({ length: 200 }, (_, i) => `[${i}] 节`),
      'zh',
      size,
      estimateWidth,
    );
    expect(long.length).toBeGreaterThan(1);
    expect(long.flatMap((p) => p.items).filter((it) => it.t === 'text' && it.text.startsWith('['))).toHaveLength(200);
  });
  it('a long source list takes as many PPTX slides as PDF pages, each citation whole on one page', async () => {
    const size = { width: 960, height: 540 };
    const lines = Array.from(
      { length: 60 },
      (_, i) => `[${i + 1}] 第${i + 1}节:“${'建设广州实验室与粤港澳大湾区国家技术创新中心'.repeat((i % 6) + 1)}”`,
    );
    const groups = sourcePageLines(lines, size, estimateWidth);
    expect(groups.length).toBeGreaterThan(2);
    expect(groups.flat()).toEqual(lines);
    const pages = sourcePages('t', lines, 'zh', size, estimateWidth);
    expect(pages).toHaveLength(groups.length);
    for (const p of pages)
      for (const item of p.items) if (item.t === 'text') expect(item.y).toBeLessThanOrEqual(size.height - 48);
    const zip = await JSZip.loadAsync(await buildDeckPptx(deck, groups));
    const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides).toHaveLength(deck.slides.length + 1 + groups.length);
    const last = await zip.file(`ppt/slides/slide${slides.length}.xml`)!.async('string');
    expect(last).toContain('资料来源');
    expect(last).toContain('第60节');
    expect(last).not.toContain('第1节');
  });
});
