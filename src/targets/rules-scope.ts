/**
 * The year a whole document is scoped to, when it is a one-year programme: a title such as
 * "Work Plan … in 2024" / "2024年……工作方案", or a stated period inside one calendar year ("The
 * rules apply to vehicles bought from 1 September 2024 to 31 December 2024", "活动期限为2024年8月
 * 20日至2024年12月31日", or from the date of issue to the end of the year it was issued in). Its undated rules (subsidy amounts, caps) apply in that year. Multi-year
 * plans ("(2024-2027)", "2030年前…") have no such year: their undated rules stay undated.
 */
import type { ExtractionContext } from './schema.ts';

/** How far into the text the title is looked for (covers a cover page of issuer, number and date). */
const TITLE_WINDOW = 1200;
const PLAN_WORD_RE =
  /\b(?:plan|programme|program|scheme|rules|measures|notice|opinions|guidelines|implementation)\b|方案|规划|计划|细则|办法|意见|通知|要点|措施/i;
const YEAR_RE = /(?<![\d[〔])(?:19|20)\d{2}(?![\d\]〕])/g;
/** A year that bounds a range or a deadline is not the year of a one-year programme. */
const NOT_SINGLE_RE =
  /(?:19|20)\d{2}\s*(?:年\s*)?(?:-|–|—|~|至|到|to\b|前|以前|之前)|(?:before|by|until|through|-|–|—|~|至|到)\s*(?:19|20)\d{2}/i;
const DATE_LINE_RE =
  /(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d{2}|(?:19|20)\d{2}-\d{1,2}-\d{1,2}/i;

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const EN_DATE = `(?:\\d{1,2}\\s+${MONTH}\\s+|${MONTH}\\s+(?:\\d{1,2},?\\s+)?)?`;
const EN_PERIOD_RE = new RegExp(
  `\\b(?:apply|applies|applicable|valid|in force|effective|implemented|runs?)\\b[^.;]{0,100}?\\bfrom\\s+${EN_DATE}((?:19|20)\\d{2})\\s+(?:to|until|through)\\s+${EN_DATE}((?:19|20)\\d{2})`,
  'i',
);
// "from the date of issue to 31 December 2024" / "自印发之日起至2024年12月31日": a period that starts at
// publication and ends in the publication year is that one year.
const EN_FROM_ISSUE_RE = new RegExp(
  `\\b(?:apply|applies|applicable|valid|in force|effective|implemented|runs?)\\b[^.;]{0,100}?\\bfrom\\s+the\\s+(?:date|day)\\s+of\\s+(?:issue|issuance|publication|promulgation)\\s+(?:to|until|through)\\s+${EN_DATE}((?:19|20)\\d{2})`,
  'i',
);
const ZH_FROM_ISSUE_RE =
  /自[^。；]{0,12}?(?:印发|发布|公布|实施)之日起[^。；]{0,6}?至((?:19|20)\d{2})年/;
const ZH_PERIOD_RE =
  /(?:(?:实施|执行|活动|补贴|政策|适用|申报|支持)(?:期限|时间|期间|周期)|有效期)[^。；]{0,12}?((?:19|20)\d{2})年[^。；]{0,12}?(?:至|到|—|-)\s*((?:19|20)\d{2})年|自((?:19|20)\d{2})年[^。；]{0,12}?起[^。；]{0,12}?至((?:19|20)\d{2})年[^。；]{0,12}?止/;

/**
 * The one year `text` (a whole document's normalised text) is scoped to, or null. A title year
 * must be the publication year or the next (a work plan for the coming year); with no
 * publication year any single title year counts.
 */
export function findProgrammeYear(text: string, context: ExtractionContext): number | null {
  return periodYear(text, context.year) ?? titleYear(text.slice(0, TITLE_WINDOW), context.year);
}

function periodYear(text: string, published: number | null): number | null {
  const fromIssue = EN_FROM_ISSUE_RE.exec(text) ?? ZH_FROM_ISSUE_RE.exec(text);
  if (fromIssue) {
    const end = Number(fromIssue[1]);
    if (published === null || end === published) return end;
  }
  const m = EN_PERIOD_RE.exec(text) ?? ZH_PERIOD_RE.exec(text);
  if (!m) return null;
  const [from, to] = m
    .slice(1)
    .filter((g) => g !== undefined)
    .map(Number);
  return from !== undefined && from === to ? from : null;
}

function titleYear(head: string, published: number | null): number | null {
  for (const raw of head.split('\n')) {
    const line = raw.replace(/\*\*|__|^#+\s*/g, '').trim();
    if (
      line === '' ||
      line.length > 200 ||
      /[。.;；!?！？]$/.test(line) ||
      !PLAN_WORD_RE.test(line)
    )
      continue;
    if (DATE_LINE_RE.test(line) || NOT_SINGLE_RE.test(line)) continue;
    const years = [...new Set([...line.matchAll(YEAR_RE)].map((m) => Number(m[0])))];
    if (years.length !== 1) continue;
    const year = years[0]!;
    if (published === null || year === published || year === published + 1) return year;
  }
  return null;
}
