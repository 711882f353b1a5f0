/**
 * What kind of policy document a title names: the digest groups documents by it ("Six provincial
 * regions issued trade-in implementation plans") and the API filters by it. Detected from the
 * title's head noun, settable in a manifest entry or upload form (`kind`).
 */
import { hasCjk } from '../text/cjk.ts';
export const DOCUMENT_KINDS = [
  'plan',
  'implementation_plan',
  'notice',
  'opinions',
  'measures',
  'rules',
  'report',
  'newsletter',
  'other',
] as const;

export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}

/** Readable names, singular and plural, for headlines and the UI. */
export const KIND_NAMES: Record<DocumentKind, { en: [string, string]; zh: string }> = {
  plan: { en: ['plan', 'plans'], zh: '规划' },
  implementation_plan: { en: ['implementation plan', 'implementation plans'], zh: '实施方案' },
  notice: { en: ['notice', 'notices'], zh: '通知' },
  opinions: { en: ['opinions', 'opinions'], zh: '意见' },
  measures: { en: ['measures', 'measures'], zh: '办法' },
  rules: { en: ['rules', 'rules'], zh: '细则' },
  report: { en: ['report', 'reports'], zh: '报告' },
  newsletter: { en: ['newsletter', 'newsletters'], zh: '简报' },
  other: { en: ['document', 'documents'], zh: '文件' },
};

// Chinese titles end in their kind ("…实施方案", "关于印发《…规划》的通知" is a notice). Order
// matters: the longer, more specific suffix first (实施方案 before 方案, 指导意见 before 意见).
const ZH_SUFFIXES: [RegExp, DocumentKind][] = [
  [
    /(?:实施方案|行动方案|工作方案|推进方案|实施计划|行动计划|工作计划|方案)$/,
    'implementation_plan',
  ],
  [/(?:通知|通告|公告|函)$/, 'notice'],
  [/(?:意见)$/, 'opinions'],
  [/(?:实施细则|细则|条例|规定|规则|准则)$/, 'rules'],
  [/(?:管理办法|暂行办法|办法|措施)$/, 'measures'],
  [/(?:规划|纲要|计划)$/, 'plan'],
  [/(?:简报|通讯|周报|月报|快讯)$/, 'newsletter'],
  [/(?:报告|研究|白皮书|评估|蓝皮书)$/, 'report'],
];

// English titles lead with their kind ("Implementation Plan of Hebei Province for …", "Notice
// on …"): the words before the first of/on/for… are matched first, then the whole title.
const EN_PATTERNS: [RegExp, DocumentKind][] = [
  [
    /\b(?:implementation|action|work|working)\s+(?:plans?|programmes?|programs?|schemes?)\b/i,
    'implementation_plan',
  ],
  [/\bnotices?\b|\bnotifications?\b|\bcirculars?\b|\bannouncements?\b/i, 'notice'],
  [/\bopinions?\b|\bguidelines?\b|\bguidance\b/i, 'opinions'],
  [/\b(?:implementation\s+|detailed\s+)?rules\b|\bregulations?\b|\bprovisions\b/i, 'rules'],
  [/\bmeasures\b/i, 'measures'],
  [/\bplans?\b|\boutline\b|\broadmap\b/i, 'plan'],
  [/\bnewsletters?\b|\bbulletins?\b|\bbriefings?\b/i, 'newsletter'],
  [
    /\breports?\b|\bstudy\b|\bstudies\b|\bassessment\b|\bevaluation\b|\banalysis\b|\bwhite\s+paper\b|\bcase\s+study\b|\boutlook\b/i,
    'report',
  ],
];

/** The kind a title names ("other" when it names none). Pure: the same title always gives the same kind. */
export function detectKind(title: string): DocumentKind {
  const text = title.normalize('NFKC').trim();
  if (hasCjk(text)) {
    // Trailing years and quotes do not name the kind: "…规划（2020—2030年）", "…的通知》".
    const head = text.replace(/(?:[（(][^（()）]*[)）]|[》」”"'\s])+$/u, '');
    for (const [pattern, kind] of ZH_SUFFIXES) if (pattern.test(head)) return kind;
    for (const [pattern, kind] of ZH_SUFFIXES)
      if (new RegExp(pattern.source.replace(/\$$/, '')).test(text)) return kind;
    return 'other';
  }
  const head = text.split(/\s+(?:on|of|for|to|regarding|concerning|about)\s+/i)[0] ?? text;
  for (const [pattern, kind] of EN_PATTERNS) if (pattern.test(head)) return kind;
  for (const [pattern, kind] of EN_PATTERNS) if (pattern.test(text)) return kind;
  return 'other';
}
