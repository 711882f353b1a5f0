import { hasCjk } from '../text/cjk.ts';
import { normalizeInline } from '../text/normalize.ts';
import { detectLanguage } from '../text/cjk.ts';
import { namedYears } from '../text/years.ts';
import { findRegions, isNationalScope, namesForeignPlace } from '../text/regions.ts';
import { expandQuery, detectSectors } from './thesaurus.ts';
import { translationGroups } from './dictionary.ts';

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
  /** Dictionary translations, into the other language, of the words the thesaurus does not cover. */
  translations: string[];
  /** The same, one group of alternatives per source word. */
  translationGroups: string[][];
  /** The question asks for a quantity ("how much", "what target", "多少", "目标"). */
  quantitative: boolean;
  /** A comparison across regions or documents ("compare", "which provinces", "哪些省份"). */
  comparison: boolean;
  /**
   * Whose policy the question is about: the regions it names; any region when it asks which
   * regions or documents ("Which provinces…", "各省…"); otherwise national policy, with
   * provinces after the national answer if at all.
   */
  scope: 'regions' | 'any' | 'national';
  /** The question is about another country or bloc ("India's 2030 target"), not about China. */
  foreign: boolean;
}

// "Which provinces…", "哪个城市…", "各省…": the question asks across regions or documents.
const ASKS_ACROSS =
  /\bwhich (?:provinces?|regions?|cities|city|localities|municipalities|documents?|plans?|policies|notices?)\b|\b(?:provinces|regions|cities|localities) (?:that|which|have|has|set|cap|offer|plan)\b|\bany (?:province|region|city)\b|哪些|哪个|哪一|哪几|各省|各地|各地区|多个省|多地|省份中/i;

export function analyzeQuestion(question: string): QueryAnalysis {
  const text = normalizeInline(question);
  // A year stated as the baseline ("vs 2020", "compared with 2005", "比2020年") is not asked about.
  const years = namedYears(text);
  const { expansions } = expandQuery(text);
  const regions = findRegions(text);
  const language = detectLanguage(text);
  const translated = translationGroups(text, language);
  const comparison =
    regions.length >= 2 ||
    /\bcompare\b|\bcomparison\b|\bversus\b(?!\s*\d{4})|\bvs\b(?!\.?\s*\d{4})|\bwhich (provinces|regions|cities|documents|plans)|\bdiffer|比较|对比|区别|差异|有何不同|有什么不同|哪些(省|地区|城市|文件)|哪个(省|地区|城市)/i.test(
      text,
    );
  return {
    text,
    language,
    translations: translated.flat(),
    translationGroups: translated,
    regions,
    national: isNationalScope(text),
    years,
    sectors: detectSectors(text),
    expansions,
    quantitative:
      /\b(how (much|many|far|large)|what (is|are|was)\b.*\b(target|goal|share|cap|capacity|rate|ratio|amount|level|subsidy|percentage|proportion))|\btarget|\bgoal|\bcap(ped)?\b|多少|目标|比重|比例|上限|达到|下降|补贴|几/i.test(
        text,
      ),
    // A question about two or more regions at once compares them ("浙江和四川…分别是多少？").
    comparison,
    scope:
      regions.length > 0 ? 'regions' : comparison || ASKS_ACROSS.test(text) ? 'any' : 'national',
    foreign:
      regions.length === 0 &&
      !/china|chinese|中国|我国|全国/i.test(text) &&
      namesForeignPlace(text),
  };
}

/** The question's wordings in the other language: its thesaurus expansions in that script and its dictionary translations. */
export function otherLanguageWordings(analysis: QueryAnalysis): string[] {
  return [
    ...analysis.expansions.filter((e) => hasCjk(e) !== (analysis.language === 'zh')),
    ...analysis.translations,
  ];
}
