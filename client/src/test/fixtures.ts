/** Small API-shaped objects for unit tests (a slice of the fixture graph). */
import type { GraphNode, Subgraph } from '../api/types.ts';
import { blankEdge, blankNode } from '../graph/model.ts';

export function node(
  id: string,
  label: string,
  name: string,
  nameEn: string | null = null,
  extra: Partial<GraphNode> = {},
): GraphNode {
  return { ...blankNode(id, label, name, nameEn), ...extra };
}

export const edge = blankEdge;

export const LAB = node('guangzhou-laboratory', 'Institution', '广州实验室', 'Guangzhou Laboratory', {
  kind: 'national-laboratory',
  aliases: ['呼吸领域广州实验室'],
  provenance: [
    {
      sectionId: 'sec-4',
      sectionTitle: '四、强化战略创新平台建设',
      sectionTitleEn: '4. Strengthening Strategic Innovation Platforms',
      quote: '全力支持打造呼吸领域广州实验室',
      start: 100,
      end: 115,
    },
  ],
});
export const ZHONG = node('zhong-nanshan', 'Person', '钟南山', 'Zhong Nanshan');
export const ISLAND = node('bio-island', 'Zone', '广州国际生物岛', 'Guangzhou International Bio Island');
export const FACILITY = node(
  'human-cell-lineage-facility',
  'Institution',
  '人类细胞谱系大科学研究设施',
  'Human Cell Lineage Big Science Facility',
);

export const SUB: Subgraph = {
  nodes: [LAB, ZHONG, ISLAND, FACILITY],
  edges: [
    edge('LEADS', 'zhong-nanshan', 'guangzhou-laboratory'),
    edge('LOCATED_IN', 'guangzhou-laboratory', 'bio-island'),
  ],
  truncated: false,
};
