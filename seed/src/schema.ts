/** zod schemas of the hand-edited files under seed/data (see docs/dataset.md). */
import { z } from 'zod';
import { CURATED_REL_TYPES, ENTITY_LABELS, KIND_NAMES, kindLabels } from '@plangraph/shared';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase ASCII slug with hyphens, e.g. "guangzhou-laboratory"')
  .refine((id) => !id.startsWith('sec-'), 'ids starting with "sec-" are reserved for outline sections');

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** Words of the curators' working files and reviews, which mean nothing to a reader of the plan. */
export const INTERNAL_REFERENCE = /text-issues|review|TODO|\.(md|ya?ml)\b/i;

/** A text-issue note speaks only of the plan's text (its line numbers included), never of working files. */
const textIssueNote = nonEmpty.refine((note) => !INTERNAL_REFERENCE.test(note), {
  message: 'must speak only of the plan text, not of working files or reviews (text-issues, review, TODO, *.md)',
});

export const quoteSchema = z.union([
  nonEmpty,
  z
    .object({
      text: nonEmpty,
      line: z.number().int().positive().optional(),
    })
    .strict(),
]);
export type QuoteInput = z.infer<typeof quoteSchema>;

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const propValue = z.union([scalar, z.array(z.union([z.string(), z.number(), z.boolean()]))]);

const RESERVED_PROPS = [
  'id',
  'name',
  'nameEn',
  'aliases',
  'kind',
  'description',
  'descriptionEn',
  'textIssue',
  'textIssueZh',
  'constructed',
  'mentionForms',
  'quotes',
  'labels',
];

const propsSchema = z
  .record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'property names must be camelCase ASCII'), propValue)
  .refine((p) => !Object.keys(p).some((k) => RESERVED_PROPS.includes(k)), {
    message: `props must not redefine ${RESERVED_PROPS.join(', ')}`,
  });

export const nodeSchema = z
  .object({
    id: slug,
    label: z.enum(ENTITY_LABELS),
    kind: z.enum(KIND_NAMES, {
      error: (issue) => `"${String(issue.input)}" is not a kind; use one of ${KIND_NAMES.join(', ')} (docs/dataset.md)`,
    }),
    name: nonEmpty,
    /** The name is not written in the plan: built from the text (a table row, a heading), see docs/dataset.md. */
    constructed: z.boolean().optional(),
    nameEn: nonEmpty,
    aliases: z.array(nonEmpty).default([]),
    description: nonEmpty,
    descriptionEn: nonEmpty,
    quotes: z.array(quoteSchema).min(1, 'every node needs at least one quote'),
    /** A note on garbled plan text, in English; `textIssueZh` says the same in Chinese. */
    textIssue: textIssueNote.nullable().optional(),
    textIssueZh: textIssueNote.nullable().optional(),
    /** Surface forms the loader looks for to link MENTIONED_IN; defaults to name and aliases. Narrow it for
     *  forms that are also ordinary words (聚合 "to gather" is also a company's short name). */
    mentionForms: z.array(nonEmpty).optional(),
    props: propsSchema.default({}),
  })
  .strict()
  .superRefine((node, ctx) => {
    if (node.textIssue && !node.textIssueZh) {
      ctx.addIssue({
        code: 'custom',
        path: ['textIssueZh'],
        message: 'a node with a textIssue note needs textIssueZh, the same note in Chinese',
      });
    }
    if (node.textIssueZh && !node.textIssue) {
      ctx.addIssue({
        code: 'custom',
        path: ['textIssue'],
        message: 'a node with a textIssueZh note needs textIssue, the same note in English',
      });
    }
    const labels = kindLabels(node.kind);
    if (labels && !labels.includes(node.label)) {
      ctx.addIssue({
        code: 'custom',
        path: ['kind'],
        message: `kind "${node.kind}" is for ${labels.join(' or ')}, not ${node.label}`,
      });
    }
    if (node.label !== 'Indicator') return;
    const p = node.props;
    if (typeof p.unit !== 'string' || p.unit === '') {
      ctx.addIssue({ code: 'custom', path: ['props', 'unit'], message: 'an Indicator needs a unit (string)' });
    }
    for (const key of ['value2020', 'target2025'] as const) {
      if (!(key in p)) continue;
      const v = p[key];
      if (v !== null && typeof v !== 'number') {
        ctx.addIssue({ code: 'custom', path: ['props', key], message: `${key} must be a number or null` });
      }
    }
    if (!('value2020' in p) && !('target2025' in p)) {
      ctx.addIssue({
        code: 'custom',
        path: ['props'],
        message: 'an Indicator needs value2020 or target2025',
      });
    }
  });
export type NodeInput = z.infer<typeof nodeSchema>;

export const relationshipSchema = z
  .object({
    type: z.enum(CURATED_REL_TYPES),
    from: slug,
    to: slug,
    quote: quoteSchema,
    /** Why the link holds although the quote names neither end, e.g. the sentence's subject is the district. */
    impliedSubject: nonEmpty.optional(),
    props: propsSchema.default({}),
  })
  .strict()
  .refine((r) => r.from !== r.to, { message: 'a relationship cannot point from a node to itself', path: ['to'] });
export type RelationshipInput = z.infer<typeof relationshipSchema>;

export const dataFileSchema = z
  .object({
    nodes: z.array(nodeSchema).default([]),
    relationships: z.array(relationshipSchema).default([]),
  })
  .strict();
export type DataFile = z.infer<typeof dataFileSchema>;

/** seed/data/outline-en.yaml: English titles of the outline's sections, keyed by section id. */
export const outlineEnSchema = z
  .object({
    sections: z.record(z.string().regex(/^sec-[a-z0-9-]+$/, 'section ids look like "sec-4-1"'), nonEmpty),
  })
  .strict();
export type OutlineEn = z.infer<typeof outlineEnSchema>;

export const OUTLINE_EN_FILE = 'outline-en.yaml';

/**
 * seed/data/observations.yaml: observed values of table 2.1's indicators after 2020, each with its source. The plan
 * holds none, so the file ships empty; see docs/dataset.md ("Observations").
 */
export const observationSchema = z
  .object({
    indicator: slug,
    year: z.number().int('must be a whole year').min(2021, 'must be after 2020').max(2030, 'must be 2030 or earlier'),
    value: z.number({ error: 'must be a number' }),
    unit: z.string({ error: "required: the indicator's unit" }).trim().min(1, 'must not be empty'),
    source: z
      .string({ error: 'required: a citation of where the value was published' })
      .trim()
      .min(1, 'must not be empty'),
  })
  .strict();
export type ObservationInput = z.infer<typeof observationSchema>;

/** The file's shape; each entry is checked on its own, so one bad entry does not hide the others' problems. */
export const observationsFileSchema = z.object({ observations: z.array(z.unknown()).nullable().default([]) }).strict();

export const OBSERVATIONS_FILE = 'observations.yaml';
