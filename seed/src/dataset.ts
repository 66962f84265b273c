/**
 * Reads seed/data/*.yaml, validates everything, and builds the rows the loader writes:
 * entity and section nodes, curated relationships, the section tree and MENTIONED_IN links,
 * every fact with its quote, section and character offsets.
 */
import { fileURLToPath } from 'node:url';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { EntityLabel, RelType } from '@plangraph/shared';
import {
  displayTitle,
  lineAt,
  parseOutline,
  PLAN_TEXT_FILE,
  SECTION_TITLES_EN_FILE,
  sectionPath,
  type Outline,
  splitSentences,
  type Section,
  type Sentence,
} from '@plangraph/plan';
import {
  dataFileSchema,
  OBSERVATIONS_FILE,
  observationSchema,
  observationsFileSchema,
  outlineEnSchema,
  OUTLINE_EN_FILE,
  type NodeInput,
  type ObservationInput,
  type QuoteInput,
  type RelationshipInput,
} from './schema.ts';

export type Provenance = { sectionId: string; quote: string; start: number; end: number };

export type NodeRow = {
  id: string;
  label: EntityLabel | 'Section';
  props: Record<string, unknown>;
  provenance: Provenance[];
};

export type RelRow = {
  id: string;
  type: RelType;
  from: string;
  to: string;
  props: Record<string, unknown>;
  provenance: Provenance[];
};

/** An observed value of an indicator (seed/data/observations.yaml), stored apart from the plan graph. */
export type ObservationRow = { indicatorId: string; year: number; value: number; unit: string; source: string };

export type Graph = {
  nodes: NodeRow[];
  rels: RelRow[];
  outline: Outline;
  source: string;
  sentences: Sentence[];
  observations: ObservationRow[];
};

export type DataIssue = { file: string; record?: string; field?: string; message: string };

export class DatasetError extends Error {
  constructor(readonly issues: DataIssue[]) {
    super(
      `The dataset is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}); nothing was written:\n` +
        issues.map((i) => `  - ${formatIssue(i)}`).join('\n'),
    );
    this.name = 'DatasetError';
  }
}

/** A record's field for an error message: strings as written, anything else as JSON, a missing one as "?". */
function fieldText(value: unknown): string {
  if (value === undefined || value === null) return '?';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function formatIssue(issue: DataIssue): string {
  return [issue.file, issue.record, issue.field].filter(Boolean).join(' › ') + `: ${issue.message}`;
}

const SEED_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_DATA_DIR = join(SEED_ROOT, 'data');
export const DEFAULT_SOURCE_FILE = PLAN_TEXT_FILE;

export type LoadedFile = { file: string; text: string };

/** Reads the files strictly as UTF-8: a byte sequence that is not UTF-8 is an error, not a replacement character. */
function readUtf8(path: string, displayName: string, issues: DataIssue[]): string | null {
  const bytes = readFileSync(path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    const at = firstBadUtf8Byte(bytes);
    issues.push({
      file: displayName,
      record: at ? `line ${at.line}` : undefined,
      message: at
        ? `cannot be read as UTF-8 text: byte 0x${at.byte.toString(16).padStart(2, '0')} at line ${at.line}, byte offset ${at.offset} is not valid UTF-8`
        : `cannot be read as UTF-8 text (${(e as Error).message})`,
    });
    return null;
  }
}

/** Where decoding fails, so the message can point an editor at the line. */
function firstBadUtf8Byte(bytes: Uint8Array): { offset: number; line: number; byte: number } | undefined {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    try {
      if (len === 0 || i + len > bytes.length) throw new Error('bad');
      decoder.decode(bytes.subarray(i, i + len));
    } catch {
      return { offset: i, line, byte: b };
    }
    if (b === 0x0a) line++;
    i += len;
  }
  return undefined;
}

export function readDataDir(dataDir: string = DEFAULT_DATA_DIR): { files: LoadedFile[]; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const names = readdirSync(dataDir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort();
  const files: LoadedFile[] = [];
  for (const name of names) {
    const display = relative(process.cwd(), join(dataDir, name)) || name;
    const text = readUtf8(join(dataDir, name), display, issues);
    if (text !== null) files.push({ file: display, text });
  }
  return { files, issues };
}

function zodIssues(
  file: string,
  error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] },
  data: unknown,
): DataIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    let record: string | undefined;
    let field = path.join('.');
    if ((path[0] === 'nodes' || path[0] === 'relationships' || path[0] === 'observations') && path[1] !== undefined) {
      const index = Number(path[1]);
      const list = (data as Record<string, unknown[]> | null)?.[path[0]];
      const item = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : undefined;
      const label =
        path[0] === 'nodes'
          ? `id: ${fieldText(item?.id)}`
          : path[0] === 'observations'
            ? `${fieldText(item?.indicator)} ${fieldText(item?.year)}`
            : `${fieldText(item?.type)} ${fieldText(item?.from)} → ${fieldText(item?.to)}`;
      record = `${path[0]}[${index}] (${label})`;
      field = path.slice(2).join('.');
    }
    return { file, record, field: field || undefined, message: issue.message };
  });
}

/** Finds a quote in the source; a `line` pins which occurrence. */
function locateQuote(
  quote: QuoteInput,
  source: string,
  outline: Outline,
): { ok: true; prov: Provenance } | { ok: false; message: string } {
  const text = typeof quote === 'string' ? quote : quote.text;
  const line = typeof quote === 'string' ? undefined : quote.line;
  if (text.includes('\n')) return { ok: false, message: 'a quote must not span lines' };
  if (text.slice(0, -1).includes('。')) {
    return { ok: false, message: `a quote is at most one sentence ("${text.slice(0, 30)}…" has a 。 inside)` };
  }
  let start: number;
  if (line !== undefined) {
    const lineStart = outline.lineStarts[line];
    if (lineStart === undefined) return { ok: false, message: `line ${line} does not exist in the source` };
    const lineText = source.slice(
      lineStart,
      source.indexOf('\n', lineStart) === -1 ? undefined : source.indexOf('\n', lineStart),
    );
    const at = lineText.indexOf(text);
    if (at < 0) return { ok: false, message: `quote "${text.slice(0, 40)}" is not on line ${line}` };
    start = lineStart + at;
  } else {
    start = source.indexOf(text);
    if (start < 0) return { ok: false, message: `quote "${text.slice(0, 40)}" is not in the source text` };
  }
  const sectionId = outline.lineOwner[lineAt(outline, start)];
  if (!sectionId) return { ok: false, message: `quote "${text.slice(0, 40)}" lies outside every section` };
  return { ok: true, prov: { sectionId, quote: text, start, end: start + text.length } };
}

function sentenceAround(source: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && !'。\n'.includes(source[s - 1] ?? '')) s--;
  while (s < start && /\s/.test(source[s] ?? '')) s++;
  let e = end;
  while (e < source.length && source[e] !== '。' && source[e] !== '\n') e++;
  if (source[e] === '。') e++;
  return { start: s, end: e };
}

export type Located<T> = { file: string; index: number; value: T };
export type ParsedData = {
  nodeInputs: Located<NodeInput>[];
  relInputs: Located<RelationshipInput>[];
  observationInputs: Located<ObservationInput>[];
  sectionTitlesEn: Record<string, string>;
  issues: DataIssue[];
};

/** Parses and schema-checks every file; records keep their file and index so problems can point at them. */
export function parseDataFiles(files: LoadedFile[], outline: Outline): ParsedData {
  const issues: DataIssue[] = [];
  const nodeInputs: Located<NodeInput>[] = [];
  const relInputs: Located<RelationshipInput>[] = [];
  const observationInputs: Located<ObservationInput>[] = [];
  let sectionTitlesEn: Record<string, string> = {};

  for (const { file, text } of files) {
    const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
    if (doc.errors.length > 0) {
      for (const err of doc.errors) issues.push({ file, message: `YAML syntax: ${err.message.split('\n')[0]}` });
      continue;
    }
    const data: unknown = doc.toJS();
    if (basename(file) === OUTLINE_EN_FILE) {
      const parsed = outlineEnSchema.safeParse(data);
      if (!parsed.success) issues.push(...zodIssues(file, parsed.error, data));
      else {
        sectionTitlesEn = parsed.data.sections;
        for (const id of Object.keys(sectionTitlesEn)) {
          if (!outline.byId.has(id))
            issues.push({ file, field: `sections.${id}`, message: 'no such section in the outline' });
        }
      }
      continue;
    }
    if (basename(file) === OBSERVATIONS_FILE) {
      const parsed = observationsFileSchema.safeParse(data ?? {});
      if (!parsed.success) issues.push(...zodIssues(file, parsed.error, data));
      else {
        (parsed.data.observations ?? []).forEach((entry, index) => {
          const one = observationSchema.safeParse(entry);
          if (one.success) observationInputs.push({ file, index, value: one.data });
          else {
            const within = one.error.issues.map((i) => ({ ...i, path: ['observations', index, ...i.path] }));
            issues.push(...zodIssues(file, { issues: within }, data));
          }
        });
      }
      continue;
    }
    const parsed = dataFileSchema.safeParse(data ?? {});
    if (!parsed.success) {
      issues.push(...zodIssues(file, parsed.error, data));
      continue;
    }
    parsed.data.nodes.forEach((value, index) => nodeInputs.push({ file, index, value }));
    parsed.data.relationships.forEach((value, index) => relInputs.push({ file, index, value }));
  }
  return { nodeInputs, relInputs, observationInputs, sectionTitlesEn, issues };
}

export type BuildOptions = { dataDir?: string; sourceFile?: string };

/** Reads, validates and builds the whole graph. Throws DatasetError listing every problem found. */
export function buildGraph(options: BuildOptions = {}): Graph {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const sourceFile = options.sourceFile ?? DEFAULT_SOURCE_FILE;
  const issues: DataIssue[] = [];
  const source = readUtf8(sourceFile, basename(sourceFile), issues);
  if (source === null) throw new DatasetError(issues);
  const outline = parseOutline(source);
  const { files, issues: readIssues } = readDataDir(dataDir);
  issues.push(...readIssues);
  // The English section titles belong to the plan's outline (plan/source), validated with the data files.
  if (sourceFile === PLAN_TEXT_FILE) {
    const display = relative(process.cwd(), SECTION_TITLES_EN_FILE) || OUTLINE_EN_FILE;
    const text = readUtf8(SECTION_TITLES_EN_FILE, display, issues);
    if (text !== null) files.push({ file: display, text });
  }

  const parsed = parseDataFiles(files, outline);
  issues.push(...parsed.issues);
  const { nodeInputs, relInputs, sectionTitlesEn } = parsed;

  const nodeRecord = (n: Located<NodeInput>) => `nodes[${n.index}] (id: ${n.value.id})`;
  const relRecord = (r: Located<RelationshipInput>) =>
    `relationships[${r.index}] (${r.value.type} ${r.value.from} → ${r.value.to})`;

  // Ids are unique across files and labels.
  const nodesById = new Map<string, Located<NodeInput>>();
  for (const n of nodeInputs) {
    const prior = nodesById.get(n.value.id);
    if (prior) {
      issues.push({
        file: n.file,
        record: nodeRecord(n),
        field: 'id',
        message: `duplicate id "${n.value.id}", already defined in ${prior.file} ${nodeRecord(prior)}`,
      });
    } else nodesById.set(n.value.id, n);
  }

  // A name or alias names one entity only.
  const surfaceOwner = new Map<string, Located<NodeInput>>();
  for (const n of nodesById.values()) {
    const forms = new Set([n.value.name, ...n.value.aliases]);
    for (const form of forms) {
      const prior = surfaceOwner.get(form);
      if (prior && prior.value.id !== n.value.id) {
        issues.push({
          file: n.file,
          record: nodeRecord(n),
          field: form === n.value.name ? 'name' : 'aliases',
          message: `"${form}" already names ${prior.value.id} (${prior.file})`,
        });
      } else surfaceOwner.set(form, n);
    }
  }

  const nodes: NodeRow[] = [];
  const mentionFormsById = new Map<string, string[]>();
  for (const n of nodesById.values()) {
    const provenance: Provenance[] = [];
    n.value.quotes.forEach((q, qi) => {
      const located = locateQuote(q, source, outline);
      if (located.ok) provenance.push(located.prov);
      else issues.push({ file: n.file, record: nodeRecord(n), field: `quotes[${qi}]`, message: located.message });
    });
    const {
      id,
      label,
      kind,
      name,
      nameEn,
      aliases,
      description,
      descriptionEn,
      textIssue,
      textIssueZh,
      constructed,
      mentionForms,
      props,
    } = n.value;
    if (mentionForms) mentionFormsById.set(id, mentionForms);
    nodes.push({
      id,
      label,
      props: {
        ...props,
        id,
        kind,
        name,
        nameEn,
        aliases,
        description,
        descriptionEn,
        textIssue: textIssue ?? null,
        textIssueZh: textIssueZh ?? null,
        constructed: constructed ?? false,
      },
      provenance,
    });
  }

  const relsById = new Map<string, RelRow>();
  const touched = new Set<string>();
  for (const r of relInputs) {
    let ok = true;
    for (const end of ['from', 'to'] as const) {
      if (!nodesById.has(r.value[end])) {
        ok = false;
        issues.push({ file: r.file, record: relRecord(r), field: end, message: `unknown node id "${r.value[end]}"` });
      }
    }
    const located = locateQuote(r.value.quote, source, outline);
    if (!located.ok) {
      ok = false;
      issues.push({ file: r.file, record: relRecord(r), field: 'quote', message: located.message });
    }
    if (!ok || !located.ok) continue;
    touched.add(r.value.from).add(r.value.to);
    const id = `${r.value.type}:${r.value.from}:${r.value.to}`;
    const existing = relsById.get(id);
    if (existing) {
      // The same fact stated twice: keep one relationship with both citations.
      if (!existing.provenance.some((p) => p.start === located.prov.start && p.end === located.prov.end)) {
        existing.provenance.push(located.prov);
      }
      Object.assign(existing.props, r.value.props);
    } else {
      relsById.set(id, {
        id,
        type: r.value.type,
        from: r.value.from,
        to: r.value.to,
        props: r.value.impliedSubject
          ? { ...r.value.props, impliedSubject: r.value.impliedSubject }
          : { ...r.value.props },
        provenance: [located.prov],
      });
    }
  }
  for (const n of nodesById.values()) {
    if (!touched.has(n.value.id)) {
      issues.push({
        file: n.file,
        record: nodeRecord(n),
        message: 'the node takes part in no relationship; add one that the text states',
      });
    }
  }

  const observations = checkObservations(parsed.observationInputs, nodesById, issues);

  if (issues.length > 0) throw new DatasetError(issues);

  const sectionNodes = buildSectionNodes(outline, source, sectionTitlesEn);
  const rels = [
    ...relsById.values(),
    ...buildSectionTree(outline, source),
    ...buildMentions(nodes, mentionFormsById, outline, source),
  ];
  return {
    nodes: [...nodes, ...sectionNodes],
    rels,
    outline,
    source,
    sentences: splitSentences(source, outline),
    observations,
  };
}

/**
 * Observations name an Indicator, in that indicator's unit (a value in another unit would be compared with the
 * target as if it were the same), at most once per indicator and year.
 */
function checkObservations(
  inputs: readonly Located<ObservationInput>[],
  nodesById: ReadonlyMap<string, Located<NodeInput>>,
  issues: DataIssue[],
): ObservationRow[] {
  const rows: ObservationRow[] = [];
  const seen = new Map<string, Located<ObservationInput>>();
  for (const o of inputs) {
    const { indicator, year, value, unit, source } = o.value;
    const record = `observations[${o.index}] (${indicator} ${year})`;
    const node = nodesById.get(indicator)?.value;
    if (!node || node.label !== 'Indicator') {
      issues.push({
        file: o.file,
        record,
        field: 'indicator',
        message: node ? `"${indicator}" is a ${node.label}, not an Indicator` : `unknown indicator id "${indicator}"`,
      });
      continue;
    }
    const expected = node.props.unit;
    if (unit !== expected) {
      issues.push({
        file: o.file,
        record,
        field: 'unit',
        message: `unit "${unit}" differs from the indicator's unit "${String(expected)}"`,
      });
      continue;
    }
    const key = `${indicator}:${year}`;
    const prior = seen.get(key);
    if (prior) {
      issues.push({
        file: o.file,
        record,
        field: 'year',
        message: `${indicator} already has a value for ${year} (observations[${prior.index}])`,
      });
      continue;
    }
    seen.set(key, o);
    rows.push({ indicatorId: indicator, year, value, unit, source });
  }
  return rows.sort((a, b) => compare(a.indicatorId, b.indicatorId) || a.year - b.year);
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function headingQuote(section: Section, source: string, outline: Outline): Provenance {
  const lineStart = outline.lineStarts[section.lineStart] ?? 0;
  const lineEndIdx = source.indexOf('\n', lineStart);
  const line = source.slice(lineStart, lineEndIdx === -1 ? undefined : lineEndIdx);
  const lead = line.length - line.trimStart().length;
  const sentence = sentenceAround(source, lineStart + lead, lineStart + lead + 1);
  const end = Math.min(sentence.end, lineStart + line.trimEnd().length);
  return { sectionId: section.id, quote: source.slice(lineStart + lead, end), start: lineStart + lead, end };
}

function buildSectionNodes(outline: Outline, source: string, titlesEn: Record<string, string>): NodeRow[] {
  return outline.sections.map((s) => {
    const path = sectionPath(outline, s.id);
    return {
      id: s.id,
      label: 'Section' as const,
      props: {
        id: s.id,
        kind: s.kind,
        name: displayTitle(s),
        nameEn: titlesEn[s.id] ?? s.title,
        aliases: [],
        description: path.map((p) => p.title).join(' › '),
        descriptionEn: path.map((p) => titlesEn[p.id] ?? p.title).join(' › '),
        textIssue: null,
        textIssueZh: null,
        number: s.number,
        order: s.order,
        depth: path.length,
        lineStart: s.lineStart,
        lineEnd: s.lineEnd,
        start: s.start,
        end: s.end,
        parentId: s.parentId,
      },
      provenance: [headingQuote(s, source, outline)],
    };
  });
}

function buildSectionTree(outline: Outline, source: string): RelRow[] {
  return outline.sections
    .filter((s) => s.parentId)
    .map((s) => ({
      id: `PART_OF:${s.id}:${s.parentId}`,
      type: 'PART_OF' as const,
      from: s.id,
      to: s.parentId as string,
      props: { derived: true },
      provenance: [headingQuote(s, source, outline)],
    }));
}

/**
 * Links every entity to every section whose text names it. Longer surface forms claim their characters
 * first, so 生物岛实验室 does not also count as a mention of 生物岛.
 */
function buildMentions(
  nodes: NodeRow[],
  mentionForms: Map<string, string[]>,
  outline: Outline,
  source: string,
): RelRow[] {
  type Match = { nodeId: string; start: number; end: number };
  const forms: { form: string; nodeId: string }[] = [];
  for (const n of nodes) {
    if (n.label === 'Section') continue;
    const names = new Set(mentionForms.get(n.id) ?? [n.props.name as string, ...((n.props.aliases as string[]) ?? [])]);
    for (const form of names) if (form.length >= 2) forms.push({ form, nodeId: n.id });
  }
  const alnum = /[A-Za-z0-9]/;
  // "GE" must not match inside "GEC", nor "LG" inside "LGF".
  const atWordEdges = (at: number, form: string) =>
    !(alnum.test(form[0] ?? '') && alnum.test(source[at - 1] ?? '')) &&
    !(alnum.test(form[form.length - 1] ?? '') && alnum.test(source[at + form.length] ?? ''));
  forms.sort((a, b) => b.form.length - a.form.length);
  const claimed = new Uint8Array(source.length);
  const matches: Match[] = [];
  for (const { form, nodeId } of forms) {
    for (let at = source.indexOf(form); at >= 0; at = source.indexOf(form, at + 1)) {
      if (!atWordEdges(at, form)) continue;
      let free = true;
      for (let i = at; i < at + form.length; i++) if (claimed[i]) free = false;
      if (!free) continue;
      claimed.fill(1, at, at + form.length);
      matches.push({ nodeId, start: at, end: at + form.length });
    }
  }
  // Curated quotes count as mentions too, so an entity is linked to the sections that cite it.
  for (const n of nodes) for (const p of n.provenance) matches.push({ nodeId: n.id, start: p.start, end: p.end });
  matches.sort((a, b) => a.start - b.start);

  const rels = new Map<string, RelRow>();
  for (const m of matches) {
    const sectionId = outline.lineOwner[lineAt(outline, m.start)];
    if (!sectionId) continue;
    const id = `MENTIONED_IN:${m.nodeId}:${sectionId}`;
    const sentence = sentenceAround(source, m.start, m.end);
    const prov: Provenance = {
      sectionId,
      quote: source.slice(sentence.start, sentence.end),
      start: sentence.start,
      end: sentence.end,
    };
    const rel = rels.get(id) ?? {
      id,
      type: 'MENTIONED_IN' as const,
      from: m.nodeId,
      to: sectionId,
      props: { derived: true, count: 0, spanStarts: [] as number[], spanEnds: [] as number[] },
      provenance: [],
    };
    rels.set(id, rel);
    // spanStarts/spanEnds mark the exact characters (name, alias or quote) for highlighting.
    const spanStarts = rel.props.spanStarts as number[];
    const spanEnds = rel.props.spanEnds as number[];
    if (!spanStarts.some((s, i) => s === m.start && spanEnds[i] === m.end)) {
      spanStarts.push(m.start);
      spanEnds.push(m.end);
      rel.props.count = spanStarts.length;
    }
    if (!rel.provenance.some((p) => p.start === prov.start)) rel.provenance.push(prov);
  }
  return [...rels.values()];
}

/** Counts per label and relationship type, for `npm run seed -- --stats` and the README. */
export function graphStats(graph: Pick<Graph, 'nodes' | 'rels'>) {
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  for (const n of graph.nodes) labels[n.label] = (labels[n.label] ?? 0) + 1;
  for (const r of graph.rels) types[r.type] = (types[r.type] ?? 0) + 1;
  return { nodes: graph.nodes.length, relationships: graph.rels.length, labels, types };
}
