import type { Language } from '../../graph/index.ts';

/** The export dialog's interface strings. */
export const UI = {
  export: { zh: '导出', en: 'Export' },
  dialogTitle: { zh: '导出图片与数据', en: 'Export pictures and data' },
  format: { zh: '格式', en: 'Format' },
  size: { zh: '尺寸', en: 'Size' },
  scale: { zh: '倍', en: '×' },
  page: { zh: '页面', en: 'Page' },
  background: { zh: '背景', en: 'Background' },
  white: { zh: '白色', en: 'White' },
  transparent: { zh: '透明', en: 'Transparent' },
  custom: { zh: '自定义', en: 'Custom' },
  scope: { zh: '范围', en: 'Scope' },
  all: { zh: '整个图谱', en: 'Whole graph' },
  selection: { zh: '选中部分', en: 'Selection' },
  title: { zh: '标题', en: 'Title' },
  subtitle: { zh: '副标题或日期', en: 'Subtitle or date' },
  showTitle: { zh: '显示标题', en: 'Show title' },
  legend: { zh: '图例', en: 'Legend' },
  footer: { zh: '来源注释', en: 'Source footer' },
  edgeLabels: { zh: '关系名称', en: 'Relationship names' },
  download: { zh: '导出', en: 'Export' },
  working: { zh: '正在导出…', en: 'Exporting…' },
  done: { zh: '已导出', en: 'Exported' },
  failed: { zh: '导出失败', en: 'Export failed' },
  close: { zh: '关闭', en: 'Close' },
  nothing: { zh: '画布为空', en: 'The canvas is empty' },
  dataNote: {
    zh: '数据文件包含画布上可见的节点与关系及其出处章节。',
    en: 'Data files hold the visible nodes and relationships with the sections they are cited from.',
  },
} satisfies Record<string, Record<Language, string>>;

export type UiKey = keyof typeof UI;
