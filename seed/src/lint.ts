/**
 * Checks of the dataset's meaning that the schema cannot express (docs/dataset.md, "Lint"):
 * a curated link's quote names one of its ends, aliases are specific, names are written in the plan,
 * kinds come from the vocabulary, nodes are not left hanging on one link, and each relationship type is used as
 * docs/dataset.md defines it where that can be told from the record alone.
 */
import { readFileSync } from 'node:fs';
import { isKind } from '@plangraph/shared';
import { DEFAULT_DATA_DIR, DEFAULT_SOURCE_FILE, parseDataFiles, readDataDir, type Located } from './dataset.ts';
import { parseOutline } from '@plangraph/plan';
import type { NodeInput, RelationshipInput } from './schema.ts';

export type LintSeverity = 'error' | 'warning';
export type LintCheck =
  | 'schema'
  | 'quote-names-no-endpoint'
  | 'generic-alias'
  | 'alias-inside-other-name'
  | 'single-relationship'
  | 'kind-outside-vocabulary'
  | 'name-not-in-text'
  | 'duplicate-relationship'
  | 'cooperation-direction'
  | 'category-as-organisation'
  | 'part-of-industry-heading'
  | 'leads-without-leading'
  | 'supports-by-rating'
  | 'backed-by-modelled-on';

export type LintFinding = {
  check: LintCheck;
  severity: LintSeverity;
  file: string;
  record: string;
  message: string;
};

/** Words that name a class of things, not one thing: as an alias they create false mentions and merges. */
export const GENERIC_TERMS = new Set([
  '全区',
  '本区',
  '我区',
  '辖区',
  '实验室',
  '省实验室',
  '国家实验室',
  '重点实验室',
  '研究院',
  '研究所',
  '中心',
  '创新中心',
  '平台',
  '基地',
  '园区',
  '产业园',
  '孵化器',
  '企业',
  '公司',
  '集团',
  '大学',
  '高校',
  '基金',
  '联盟',
  '项目',
  '产业',
  '智库',
  '政府',
]);

/** The verbs by which the plan says who leads something (docs/dataset.md, `LEADS`). */
export const LEAD_VERBS = ['牵头', '领衔', '主导', '承担', '负责', '统筹'];
/** Evaluation or approval by a government body (评为, 督查激励, 批复) is not support. */
const RATING = /评为|督查激励|批复|表彰/;
/** "Modelled on" (参照北京协同院模式) is not relying on: BACKED_BY needs 依托 or a parent organisation. */
const MODELLED_ON = /参照|借鉴/;
/** Relationship types that treat their ends as one place or one organisation, never a category of them. */
const ONE_ORGANISATION_TYPES = new Set(['ANCHORS', 'LOCATED_IN', 'COOPERATES_WITH']);

export type LintInput = {
  nodes: Located<NodeInput>[];
  rels: Located<RelationshipInput>[];
  source: string;
};

const nodeRecord = (n: Located<NodeInput>) => `nodes[${n.index}] (id: ${n.value.id})`;
const relRecord = (r: Located<RelationshipInput>) =>
  `relationships[${r.index}] (${r.value.type} ${r.value.from} → ${r.value.to})`;
const quoteText = (q: RelationshipInput['quote']) => (typeof q === 'string' ? q : q.text);

/** The surface forms that name a node in a quote: its name, aliases and mention forms. */
function surfaceForms(n: NodeInput): string[] {
  return [...new Set([n.name, ...n.aliases, ...(n.mentionForms ?? [])])];
}

export function lintDataset({ nodes, rels, source }: LintInput): LintFinding[] {
  const findings: LintFinding[] = [];
  const byId = new Map(nodes.map((n) => [n.value.id, n]));
  const allForms = nodes.flatMap((n) => surfaceForms(n.value).map((form) => ({ id: n.value.id, form })));

  for (const n of nodes) {
    const at = { file: n.file, record: nodeRecord(n) };
    if (!isKind(n.value.kind)) {
      findings.push({
        ...at,
        check: 'kind-outside-vocabulary',
        severity: 'error',
        message: `kind "${String(n.value.kind)}" is not in the vocabulary (shared/src/kinds.ts)`,
      });
    }
    if (!n.value.constructed && !source.includes(n.value.name)) {
      findings.push({
        ...at,
        check: 'name-not-in-text',
        severity: 'error',
        message: `name "${n.value.name}" is not written in the plan; use the written form or mark it constructed: true`,
      });
    }
    for (const alias of n.value.aliases) {
      if (GENERIC_TERMS.has(alias) || [...alias].length < 2) {
        findings.push({
          ...at,
          check: 'generic-alias',
          severity: 'error',
          message: `alias "${alias}" is a generic word, not a name of this entity`,
        });
        continue;
      }
      const hosts = new Set(
        allForms.filter((o) => o.id !== n.value.id && o.form !== alias && o.form.includes(alias)).map((o) => o.id),
      );
      if (hosts.size > 0) {
        findings.push({
          ...at,
          check: 'alias-inside-other-name',
          severity: 'warning',
          message: `alias "${alias}" occurs inside the name of ${[...hosts].join(', ')}`,
        });
      }
    }
  }

  const degree = new Map<string, number>();
  for (const r of rels) {
    for (const end of [r.value.from, r.value.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
  }
  findings.push(...lintRelationshipTypes(rels, byId));
  for (const r of rels) {
    if (r.value.impliedSubject) continue;
    const quote = quoteText(r.value.quote);
    const ends = [byId.get(r.value.from), byId.get(r.value.to)];
    if (ends.some((e) => e === undefined)) continue; // unknown ids are the validator's error
    const named = ends.some((e) => surfaceForms(e!.value).some((form) => quote.includes(form)));
    if (!named) {
      findings.push({
        check: 'quote-names-no-endpoint',
        severity: 'error',
        file: r.file,
        record: relRecord(r),
        message: 'the quote names neither end; quote the sentence that does, or set impliedSubject with the reason',
      });
    }
  }
  for (const n of nodes) {
    if ((degree.get(n.value.id) ?? 0) === 1) {
      findings.push({
        check: 'single-relationship',
        severity: 'warning',
        file: n.file,
        record: nodeRecord(n),
        message: 'the node takes part in a single relationship; check the text for more',
      });
    }
  }
  return findings;
}

/**
 * Each relationship type used as docs/dataset.md defines it, where the record shows it: no record repeated, one
 * direction for cooperation, categories never as one organisation, nothing part of an industry for sitting under its
 * heading, LEADS only where the quote says who leads, no support by rating or approval, no reliance by modelling.
 */
function lintRelationshipTypes(
  rels: Located<RelationshipInput>[],
  byId: Map<string, Located<NodeInput>>,
): LintFinding[] {
  const findings: LintFinding[] = [];
  const flag = (r: Located<RelationshipInput>, check: LintCheck, message: string) =>
    findings.push({ check, severity: 'error', file: r.file, record: relRecord(r), message });
  const seen = new Map<string, Located<RelationshipInput>>();
  const cooperation = new Set(
    rels.filter((r) => r.value.type === 'COOPERATES_WITH').map((r) => `${r.value.from}\n${r.value.to}`),
  );
  for (const r of rels) {
    const { type, from, to } = r.value;
    const quote = quoteText(r.value.quote);
    const line = typeof r.value.quote === 'string' ? '' : String(r.value.quote.line ?? '');
    const key = [type, from, to, quote, line].join('\n');
    const first = seen.get(key);
    if (first) {
      flag(r, 'duplicate-relationship', `repeats ${first.file} ${relRecord(first)} (same type, ends and quote)`);
    } else {
      seen.set(key, r);
    }
    const a = byId.get(from)?.value;
    const b = byId.get(to)?.value;
    if (!a || !b) continue; // unknown ids are the validator's error
    if (ONE_ORGANISATION_TYPES.has(type)) {
      for (const end of [a, b]) {
        if (end.kind === 'category') {
          flag(r, 'category-as-organisation', `${end.id} is a category (${end.name}), not one organisation or place`);
        }
      }
    }
    if (type === 'COOPERATES_WITH') {
      if (from > to && cooperation.has(`${to}\n${from}`)) {
        flag(r, 'cooperation-direction', `stored both ways (${to} → ${from} too); keep one`);
      }
      if (b.label === 'Zone' && b.kind === 'district') {
        flag(r, 'cooperation-direction', `points at the district ${to}; store it from the district to its partner`);
      } else if (a.label === 'Region' && b.label !== 'Region') {
        flag(r, 'cooperation-direction', `goes from outside (${from}) to inside; store it from ${to} to ${from}`);
      }
    }
    if (type === 'PART_OF' && b.label === 'Industry' && ['Institution', 'Enterprise', 'Project'].includes(a.label)) {
      flag(
        r,
        'part-of-industry-heading',
        `a ${a.label} is not part of an industry; use IN_INDUSTRY, FOCUSES_ON or SUPPORTS as the quote says`,
      );
    }
    if (type === 'LEADS' && !LEAD_VERBS.some((verb) => quote.includes(verb))) {
      flag(
        r,
        'leads-without-leading',
        `the quote says no one leads (${LEAD_VERBS.join(', ')}); proposing or issuing is not leading`,
      );
    }
    if (type === 'SUPPORTS' && a.kind === 'government-body' && RATING.test(quote)) {
      flag(r, 'supports-by-rating', 'a rating or an approval is not support');
    }
    if (type === 'BACKED_BY' && MODELLED_ON.test(quote) && !quote.includes('依托')) {
      flag(r, 'backed-by-modelled-on', 'modelled on (参照, 借鉴) is not relying on (依托)');
    }
  }
  return findings;
}

/** The report printed by `npm run seed -- --lint`: findings by file and record, then counts per check. */
export function formatLintReport(findings: LintFinding[]): string {
  const lines: string[] = [];
  const byFile = new Map<string, LintFinding[]>();
  for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(file);
    for (const f of list) lines.push(`  ${f.severity} ${f.check}: ${f.record}: ${f.message}`);
  }
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(`${f.severity} ${f.check}`, (counts.get(`${f.severity} ${f.check}`) ?? 0) + 1);
  const errors = findings.filter((f) => f.severity === 'error').length;
  lines.push('', `${errors} error(s), ${findings.length - errors} warning(s)`);
  for (const [key, n] of [...counts].sort()) lines.push(`  ${String(n).padStart(4)}  ${key}`);
  return lines.join('\n');
}

/** Reads seed/data (or dataDir) and lints it; files the schema rejects are reported and skipped. */
export function lintDataDir(
  dataDir: string = DEFAULT_DATA_DIR,
  sourceFile: string = DEFAULT_SOURCE_FILE,
): LintFinding[] {
  const source = readFileSync(sourceFile, 'utf8');
  const { files, issues: readIssues } = readDataDir(dataDir);
  const parsed = parseDataFiles(files, parseOutline(source));
  const schemaFindings: LintFinding[] = [...readIssues, ...parsed.issues].map((i) => ({
    check: i.field === 'kind' ? 'kind-outside-vocabulary' : 'schema',
    severity: 'error',
    file: i.file,
    record: i.record ?? '',
    message: i.message,
  }));
  return [...schemaFindings, ...lintDataset({ nodes: parsed.nodeInputs, rels: parsed.relInputs, source })];
}
