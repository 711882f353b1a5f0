/**
 * Eligibility conditions in subsidy and support rules: "for a vehicle priced below 150,000 yuan",
 * "新车销售价格在10万元以下的". A number inside one says who qualifies, not what is committed;
 * the condition still belongs in the metric of the amount it governs.
 */
import { stripMarkup, type Range } from './rules-clauses.ts';
import { METRIC_MAX } from './rules-metric.ts';

/**
 * "For projects that save 2,000 tce or more, …", "for a vehicle priced below 150,000 yuan, the
 * subsidy is …", "对年节能量2000吨标准煤以上的项目", "新车销售价格在10万元以下的，每辆补贴…": the
 * number says who qualifies (an eligibility rule), not what is committed. `fronted`: the clause
 * is followed by the main clause of its sentence; `afterCount`: the window opens right after a
 * counted quantity ("10 enterprises| with revenue above …").
 */
export function isCondition(
  clause: string,
  window: string,
  after: string,
  fronted: boolean,
  afterCount = false,
): boolean {
  const trimmed = stripMarkup(clause).trim();
  if (/^(?:for|if|when|where)\b/i.test(trimmed) && /\b(?:that|which|who)\b/i.test(window))
    return true;
  if (
    fronted &&
    /^(?:for|if|when|where|once|provided)\b/i.test(trimmed) &&
    !/\b(?:will|shall|should|must|is to|are to)\b/i.test(trimmed)
  )
    return true;
  // "10 hydrogen enterprises with annual revenue above 100 million yuan": a bound on what is counted.
  const attribute = ATTRIBUTE_BOUND_RE.exec(stripMarkup(window));
  if (attribute && (afterCount || !/^\s*(?:with|whose)/i.test(attribute[0]))) return true;
  if (/^(?:对|凡|符合)/.test(trimmed) && /^[^,，;；]*的/.test(after)) return true;
  // "……在10万元（含）至20万元之间的，": a clause that ends in 的 names a class of cases.
  return (
    fronted &&
    /^[^,，;；。]*的\s*[,，]\s*$/.test(stripMarkup(after)) &&
    !/达到|提高|提升|增长|下降|降低|控制|不低于|不超过|力争/.test(trimmed)
  );
}

/** A plural noun (or, at the window's start, the counted quantity before it), then "with"/"whose" and a measured attribute, then a bound: the figure qualifies the noun. */
const ATTRIBUTE_BOUND_RE =
  /(?:\b[A-Za-z-]+s\s+|^\s*)(?:with|whose)\s+(?:an?\s+|the\s+)?(?:[A-Za-z-]+\s+){1,4}(?:of\s+)?(?:above|over|below|under|exceeding|more than|less than|at least|no less than|not less than)\s*$/i;

/** The eligibility clause that opens the sentence before clause `index` ("for a fuel vehicle priced below 150,000 yuan"). */
export function conditionBefore(text: string, clauses: Range[], index: number): string | null {
  if (index === 0) return null;
  const first = stripMarkup(text.slice(clauses[0]!.start, clauses[0]!.end)).trim();
  const english =
    /^(?:for|if|when|where)\b/i.test(first) &&
    !/\b(?:will|shall|should|must|is to|are to)\b/i.test(first) &&
    /\d/.test(first);
  const chinese = /^(?:对|凡|符合)?[^,，;；。]*\d[^,，;；。]*的\s*[,，]$/.test(first);
  return english || chinese ? first.replace(/[\s,，]+$/, '') : null;
}

/** "subsidy" + "for a fuel vehicle priced below 150,000 yuan": tiered amounts stay apart in a tracker. */
export function withCondition(metric: string, condition: string | null, zh: boolean): string {
  if (!condition) return metric;
  const joined = zh ? `${metric}（${condition}）` : `${metric} (${condition})`;
  return joined.length <= METRIC_MAX ? joined : metric;
}
