import { normalizeInline } from '../text/normalize.ts';
import { findRegions, isNationalScope } from '../text/regions.ts';
import { expandQuery, detectSectors } from './thesaurus.ts';

/** What a question asks about, beyond its words: used for expansion, boosts and answer checks. */
export interface QueryAnalysis {
  text: string;
  language: 'en' | 'zh';
  /** Canonical region names mentioned ("Shanghai", "Inner Mongolia"). */
  regions: string[];
  national: boolean;
  /** Years mentioned (1990–2100). */
  years: number[];
  sectors: string[];
  /** Thesaurus terms (both languages) not already in the question. */
  expansions: string[];
  /** The question asks for a quantity ("how much", "what target", "多少", "目标"). */
  quantitative: boolean;
  /** A comparison across regions or documents ("compare", "which provinces", "哪些省份"). */
  comparison: boolean;
}

const CJK_RE = /[\u3400-\u9fff]/g;

export function detectLanguage(text: string): 'en' | 'zh' {
  const cjk = text.match(CJK_RE)?.length ?? 0;
  return cjk > 0 && cjk / Math.max(1, text.replace(/\s/g, '').length) > 0.2 ? 'zh' : 'en';
}

export function analyzeQuestion(question: string): QueryAnalysis {
  const text = normalizeInline(question);
  const years = Array.from(new Set(Array.from(text.matchAll(/(?<![\d.])(19[9]\d|20\d\d|2100)(?![\d.%])/g), (m) => Number(m[1]))));
  const { expansions } = expandQuery(text);
  const regions = findRegions(text);
  return {
    text,
    language: detectLanguage(text),
    regions,
    national: isNationalScope(text),
    years,
    sectors: detectSectors(text),
    expansions,
    quantitative: /\b(how (much|many|far|large)|what (is|are|was)\b.*\b(target|goal|share|cap|capacity|rate|ratio|amount|level|subsidy|percentage|proportion))|\btarget|\bgoal|\bcap(ped)?\b|多少|目标|比重|比例|上限|达到|下降|补贴|几/i.test(text),
    // A question about two or more regions at once compares them ("浙江和四川…分别是多少？").
    comparison:
      regions.length >= 2 ||
      /\bcompare\b|\bcomparison\b|\bversus\b|\bvs\.?\b|\bwhich (provinces|regions|cities|documents|plans)|\bdiffer|比较|对比|区别|差异|有何不同|有什么不同|哪些(省|地区|城市|文件)|哪个(省|地区|城市)/i.test(text),
  };
}
