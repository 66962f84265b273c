/**
 * Parses the plan's outline (chapters, sub-sections, 专栏 boxes, numbered items, table 2.1) from the text.
 * The text has one paragraph per line; headings are recognised by their numbering.
 */

export type SectionKind = 'preface' | 'chapter' | 'subsection' | 'box' | 'item' | 'table';

export type Section = {
  id: string;
  kind: SectionKind;
  /** Numbering as printed, e.g. "七", "(一)", "专栏10", "2". */
  number: string;
  title: string;
  parentId: string | null;
  order: number;
  /** 1-based line numbers, inclusive. */
  lineStart: number;
  lineEnd: number;
  /** Character offsets into the source, end exclusive. */
  start: number;
  end: number;
};

export type Outline = {
  sections: Section[];
  byId: Map<string, Section>;
  /** For each 1-based line, the deepest section that owns it (index 0 unused). */
  lineOwner: (string | null)[];
  /** Character offset where each 1-based line starts (index 0 unused). */
  lineStarts: number[];
};

const CN_NUMERALS = '一二三四五六七八九十';

function cnToInt(numeral: string): number {
  if (numeral === '十') return 10;
  if (numeral.startsWith('十')) return 10 + CN_NUMERALS.indexOf(numeral[1] ?? '') + 1;
  return CN_NUMERALS.indexOf(numeral) + 1;
}

const CHAPTER = /^\s*([一二三四五六七八九十]+)、(.+)$/;
const SUBSECTION = /^\s*\(([一二三四五六七八九十]+)\)(.+)$/;
const BOX = /^\s*专栏(\d+)[::](.+)$/;
const TABLE = /^\s*表(\d+)\.(\d+)[::](.+)$/;
/** "1.新型显示。…"; line 303 lost its dot ("2广州…"), so a dot is optional unless a counter (个) follows. */
const ITEM = /^\s*(\d{1,2})(?:\.|(?=[^\d个.\s]))(.*)$/;

function itemTitle(rest: string): string {
  const stop = rest.search(/[。::]/);
  const title = stop > 0 ? rest.slice(0, stop) : rest;
  return title.length > 40 ? `${title.slice(0, 40)}…` : title;
}

export function parseOutline(text: string): Outline {
  const lines = text.split('\n');
  const lineStarts = [0];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  const sections: Section[] = [];
  const byId = new Map<string, Section>();
  const lineOwner: (string | null)[] = [null];

  let chapter: Section | null = null;
  let subsection: Section | null = null;
  let box: Section | null = null;
  let table: Section | null = null;
  let item: Section | null = null;
  /** The last item number seen in the box and in the sub-section (or chapter), to tell where a box ends. */
  let boxLastItem = 0;
  let containerLastItem = 0;
  const childCount = new Map<string | null, number>();

  const open = (init: Omit<Section, 'order' | 'lineEnd' | 'start' | 'end'>, lineNo: number): Section => {
    const order = (childCount.get(init.parentId) ?? 0) + 1;
    childCount.set(init.parentId, order);
    const section: Section = { ...init, order, lineEnd: lineNo, start: lineStarts[lineNo] ?? 0, end: 0 };
    sections.push(section);
    byId.set(section.id, section);
    return section;
  };

  lines.forEach((line, index) => {
    const lineNo = index + 1;
    let m: RegExpMatchArray | null;
    if (lineNo === 1 && line.trim() === '前言') {
      chapter = open(
        { id: 'sec-preface', kind: 'preface', number: '前言', title: '前言', parentId: null, lineStart: 1 },
        lineNo,
      );
      subsection = box = table = item = null;
      boxLastItem = containerLastItem = 0;
    } else if ((m = line.match(CHAPTER))) {
      const n = cnToInt(m[1] ?? '');
      chapter = open(
        {
          id: `sec-${n}`,
          kind: 'chapter',
          number: m[1] ?? '',
          title: (m[2] ?? '').trim(),
          parentId: null,
          lineStart: lineNo,
        },
        lineNo,
      );
      subsection = box = table = item = null;
      boxLastItem = containerLastItem = 0;
    } else if (chapter && (m = line.match(SUBSECTION))) {
      const ch: Section = chapter;
      const n = cnToInt(m[1] ?? '');
      subsection = open(
        {
          id: `${ch.id}-${n}`,
          kind: 'subsection',
          number: `(${m[1] ?? ''})`,
          title: (m[2] ?? '').trim(),
          parentId: ch.id,
          lineStart: lineNo,
        },
        lineNo,
      );
      box = table = item = null;
      boxLastItem = containerLastItem = 0;
    } else if ((m = line.match(BOX))) {
      const parent: Section | null = subsection ?? chapter;
      box = open(
        {
          id: `sec-box-${m[1] ?? ''}`,
          kind: 'box',
          number: `专栏${m[1] ?? ''}`,
          title: line.trim(),
          parentId: parent?.id ?? null,
          lineStart: lineNo,
        },
        lineNo,
      );
      table = item = null;
      boxLastItem = 0;
    } else if ((m = line.match(TABLE))) {
      const parent: Section | null = subsection ?? chapter;
      table = open(
        {
          id: `sec-table-${m[1] ?? ''}-${m[2] ?? ''}`,
          kind: 'table',
          number: `表${m[1] ?? ''}.${m[2] ?? ''}`,
          title: line.trim(),
          parentId: parent?.id ?? null,
          lineStart: lineNo,
        },
        lineNo,
      );
      item = null;
    } else if (!table && (m = line.match(ITEM))) {
      const n = Number(m[1]);
      let parent: Section | null;
      if (box && n === boxLastItem + 1) {
        parent = box;
        boxLastItem = n;
      } else if (n === containerLastItem + 1 || n === 1) {
        // A number that continues the sub-section's own list ends the box before it.
        box = null;
        parent = subsection ?? chapter;
        containerLastItem = n;
      } else {
        parent = null;
      }
      if (parent) {
        item = open(
          {
            id: `${parent.id}-i${n}`,
            kind: 'item',
            number: String(n),
            title: itemTitle(m[2] ?? ''),
            parentId: parent.id,
            lineStart: lineNo,
          },
          lineNo,
        );
      }
    }
    const owner: Section | null = table ?? item ?? box ?? subsection ?? chapter;
    lineOwner.push(line.trim() === '' ? null : (owner?.id ?? null));
  });

  // A section ends at the last non-empty line it (or any descendant) owns.
  const parentOf = (id: string) => byId.get(id)?.parentId ?? null;
  lineOwner.forEach((owner, lineNo) => {
    for (let id = owner; id; id = parentOf(id)) {
      const s = byId.get(id);
      if (s && lineNo > s.lineEnd) s.lineEnd = lineNo;
    }
  });
  for (const s of sections) {
    const last = lines[s.lineEnd - 1] ?? '';
    s.end = (lineStarts[s.lineEnd] ?? 0) + last.length;
  }
  return { sections, byId, lineOwner, lineStarts };
}

/** The path of titles from the chapter down to the section, for display. */
export function sectionPath(outline: Outline, id: string): Section[] {
  const path: Section[] = [];
  for (let s = outline.byId.get(id); s; s = s.parentId ? outline.byId.get(s.parentId) : undefined) {
    path.unshift(s);
  }
  return path;
}

/** The 1-based line containing a character offset. */
export function lineAt(outline: Outline, offset: number): number {
  const starts = outline.lineStarts;
  let lo = 1;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The title as a reader sees it: "七、提升产业创新策源能力…", "(一)发展成就", "2. 集成电路", "专栏3:…". */
export function displayTitle(s: Section): string {
  switch (s.kind) {
    case 'chapter':
      return `${s.number}、${s.title}`;
    case 'subsection':
      return `${s.number}${s.title}`;
    case 'item':
      return `${s.number}. ${s.title}`;
    default:
      return s.title;
  }
}
