/**
 * Checks of the dataset's meaning that the schema cannot express (docs/dataset.md, "Lint"):
 * a curated link's quote names one of its ends, aliases are specific, names are written in the plan,
 * kinds come from the vocabulary, and nodes are not left hanging on one link.
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
  | 'name-not-in-text';

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
