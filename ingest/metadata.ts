/**
 * Document metadata detected from the text of a file: title, date, issuer, document number,
 * region, level, language and sectors (a manifest entry or upload form overrides any of them:
 * ingest/manifest.ts).
 *
 * Detection reads the header of a policy document the way a person would: the masthead
 * ("国务院文件"), the document number line ("国发〔2021〕23号"), the title, labelled fields
 * ("**Issued by:**", "发布日期："), and the signature block at the end (issuer, then date).
 * Document numbers and dates that only appear inside body sentences are not trusted: a
 * provincial plan typically cites the national plan's number and date in its first paragraph.
 */
import { isCalendarDate } from '../src/text/dates.ts';
import { CJK_RANGE, detectLanguage, endsWithCjk, hasCjk, startsWithCjk } from '../src/text/cjk.ts';
import { normalizeText } from '../src/text/normalize.ts';
import { CHINESE_DIGIT_VALUES } from '../src/text/chinese-numerals.ts';
import { findRegions, isNationalScope, regionByName } from '../src/text/regions.ts';
import { matchTerms } from '../src/retrieval/thesaurus.ts';
import { detectKind, type DocumentKind } from '../src/documents/kind.ts';

export type DocumentLevel = 'national' | 'provincial' | 'municipal';

export interface DetectedMetadata {
  title: string;
  /** Issue date as YYYY-MM-DD, or null when none is stated in the header, labels or signature. */
  date: string | null;
  issuer: string | null;
  /** Chinese numbers in the official 〔〕 form ("国发〔2021〕23号"); pinyin ones as "Guo Fa [2021] No. 23". */
  doc_number: string | null;
  /** Canonical region name (see src/text/regions.ts) or "National". */
  region: string;
  level: DocumentLevel;
  language: 'en' | 'zh';
  /** Thesaurus sectors the document is mainly about, title sectors first. */
  sectors: string[];
  /** What kind of document the title names (src/documents/kind.ts). */
  kind: DocumentKind;
}

// ---------------------------------------------------------------------------------------------
// Detection

/** The level a region implies: "National" → national, a city → municipal, else provincial. */
export function levelForRegion(region: string): DocumentLevel {
  if (region === 'National') return 'national';
  return regionByName(region)?.level === 'municipal' ? 'municipal' : 'provincial';
}

const HEADER_LINES = 30;
const TRAILER_LINES = 12;

/**
 * Metadata read from a document's text. `fileName` is the fallback title; `hints.title` (from
 * the loader: first H1, <title>, PDF metadata) wins over anything found in the text.
 */
export function detectMetadata(
  text: string,
  fileName: string,
  hints: { title?: string } = {},
): DetectedMetadata {
  const normalized = normalizeText(text);
  const rawLines = normalized.split('\n').filter((line) => line.trim().length > 0);
  const lines = rawLines.map(stripMarkup);
  const header = lines.slice(0, HEADER_LINES);
  const trailer = lines.slice(-TRAILER_LINES);

  const { title, index: titleIndex } = detectTitle(
    rawLines.slice(0, HEADER_LINES),
    header,
    fileName,
    hints.title,
  );
  const issuer = detectIssuer(header, trailer, title, titleIndex, normalized);
  const region = detectRegion(title, issuer, normalized);
  return {
    title,
    date: detectDate(header, trailer, normalized),
    issuer,
    doc_number: detectDocNumber(header, trailer),
    region,
    level: levelForRegion(region),
    language: detectLanguage(normalized.slice(0, 20_000)),
    sectors: detectDocumentSectors(title, normalized),
    kind: detectKind(title),
  };
}

function stripMarkup(line: string): string {
  return line
    .replace(/^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+)/, '')
    .replace(/\*\*|__|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim();
}

// --- title

const TITLE_WORDS =
  /通知|方案|意见|规划|办法|条例|决定|计划|规定|细则|纲要|指南|公告|通告|Plan|Notice|Opinions?|Measures|Regulations?|Guidelines?|Circular|Decision|Programme|Program|Outline|Announcement/i;
const LABEL = /^[\p{L} ]{1,24}[:：]/u;

function detectTitle(
  raw: string[],
  header: string[],
  fileName: string,
  hint: string | undefined,
): { title: string; index: number } {
  const fromHint = hint?.replace(/\s+/g, ' ').trim();
  if (fromHint) return { title: fromHint, index: header.indexOf(fromHint) };
  const heading = raw.findIndex((line) => /^\s*#{1,6}\s+\S/.test(line));
  if (heading >= 0) return { title: header[heading], index: heading };
  const candidates = header
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => isTitleCandidate(line));
  const best =
    candidates.find(({ line }) => TITLE_WORDS.test(line)) ??
    candidates.find(({ line }) => !isIssuerLine(line)) ??
    candidates[0];
  if (best) return { title: best.line, index: best.index };
  return { title: fileName.replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, ''), index: -1 };
}

function isTitleCandidate(line: string): boolean {
  if (line.length < 4 || line.length > 200) return false;
  if (/[:：]$/.test(line) || LABEL.test(line) || /[。.;；]$/.test(line)) return false;
  if (/文件$/.test(line)) return false; // masthead
  if (
    findDocNumber(line) ||
    (datesIn(line).length > 0 && line.replace(/[\d年月日\-/., ]/g, '').length < 4)
  )
    return false;
  return true;
}

// --- issuer

const ORG_ZH =
  /(?:国务院|中共中央|委员会|人民政府|办公厅|办公室|委|局|部|厅|署|院|银行|行|会|府|中心)$/;
const ORG_EN =
  /\b(?:Commission|Ministry|Government|Office|Administration|Bureau|Department|Council|Committee|Bank|Agency)\b/;
const ISSUER_LABEL =
  /^(?:发布机构|发文机关|发文单位|发布单位|印发机关|制发机关|Issuer|Issued by|Issuing (?:authority|body|agency|organ)|Issuing department)\s*[:：]\s*(.+)$/i;

/** A masthead line: the issuer's name followed by 文件 ("国家发展改革委文件"). */
const MASTHEAD = new RegExp(`^[${CJK_RANGE}\\s]{2,40}文件$`);

function isIssuerLine(line: string): boolean {
  if (hasCjk(line)) {
    if (line.length > 200 || /关于|[，。：；《]/.test(line)) return false;
    const parts = line.split(/[\s、,，]+/).filter(Boolean);
    return (
      parts.length > 0 &&
      parts.every((part) => part.length >= 2 && part.length <= 30 && ORG_ZH.test(part))
    );
  }
  return (
    line.length <= 240 &&
    /^(?:The\s+)?[A-Z]/.test(line) &&
    ORG_EN.test(line) &&
    !TITLE_WORDS.test(line) &&
    !/^To\s/.test(line) &&
    !/[.:;]$/.test(line)
  );
}

/** Several Chinese issuers on one line are separated by spaces; we write them with 、 as the manifests do. */
function cleanIssuer(issuer: string): string {
  const trimmed = issuer
    .replace(/文件$/, '')
    .replace(/^the\s+/i, '')
    .replace(/[\s,，.。;；]+$/, '')
    .trim();
  return endsWithCjk(trimmed) && startsWithCjk(trimmed)
    ? trimmed.replace(/\s+/g, '、')
    : trimmed.replace(/\s+/g, ' ');
}

function detectIssuer(
  header: string[],
  trailer: string[],
  title: string,
  titleIndex: number,
  text: string,
): string | null {
  for (const line of [...header, ...trailer]) {
    const labelled = ISSUER_LABEL.exec(line);
    if (labelled) return cleanIssuer(labelled[1]);
  }
  const masthead = header.slice(0, 5).find((line) => MASTHEAD.test(line));
  if (masthead && isIssuerLine(masthead.replace(/文件$/, ''))) return cleanIssuer(masthead);
  if (titleIndex >= 0) {
    for (const index of [titleIndex - 1, titleIndex + 1, titleIndex - 2, titleIndex + 2]) {
      const line = header[index];
      if (line && isIssuerLine(line)) return cleanIssuer(line);
    }
  }
  const issuedBy =
    /\b[Ii]ssued by (?:the )?([A-Z][^\n.;]*?)(?=\s+(?:on|in)\s+\d|\s+on\s+[A-Z]|[.;\n(]|$)/m.exec(
      text.slice(0, 2000),
    );
  if (issuedBy) return cleanIssuer(issuedBy[1]);
  const zhTitle = /^(.{2,40}?)关于/.exec(title);
  if (zhTitle && isIssuerLine(zhTitle[1])) return cleanIssuer(zhTitle[1]);
  const enTitle =
    /^(?:Notice|Opinions|Circular|Decision|Announcement|Reply)\s+of\s+(?:the\s+)?(.+?)\s+(?:on|regarding|concerning)\s/i.exec(
      title,
    );
  if (enTitle && ORG_EN.test(enTitle[1])) return cleanIssuer(enTitle[1]);
  // Signature block: the issuer stands just above the closing date.
  const signature = [...trailer]
    .reverse()
    .find((line) => isIssuerLine(line.replace(/\s*\d{4}\s*年.*$/, '')));
  return signature ? cleanIssuer(signature.replace(/\s*\d{4}\s*年.*$/, '')) : null;
}

// --- date

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const ZH_DIGITS: Readonly<Record<string, number>> = { 〇: 0, ...CHINESE_DIGIT_VALUES };

const DATE_FORMS: { re: RegExp; ymd: (m: RegExpExecArray) => [number, number, number] }[] = [
  { re: /(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/g, ymd: (m) => [+m[1], +m[3], +m[4]] },
  { re: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g, ymd: (m) => [+m[1], +m[2], +m[3]] },
  {
    re: /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日/g,
    ymd: (m) => [
      Number([...m[1]].map((ch) => ZH_DIGITS[ch]).join('')),
      chineseNumber(m[2]),
      chineseNumber(m[3]),
    ],
  },
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'),
    ymd: (m) => [+m[3], monthNumber(m[1]), +m[2]],
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'gi'),
    ymd: (m) => [+m[3], monthNumber(m[2]), +m[1]],
  },
];

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** 一 … 三十一 → 1 … 31. */
function chineseNumber(text: string): number {
  if (!text.includes('十')) return ZH_DIGITS[text] ?? NaN;
  const [tens, units] = text.split('十');
  return (tens ? ZH_DIGITS[tens] : 1) * 10 + (units ? ZH_DIGITS[units] : 0);
}

/** Valid dates in a line, in order of position, as YYYY-MM-DD. */
function datesIn(line: string): string[] {
  const found: { at: number; date: string }[] = [];
  for (const { re, ymd } of DATE_FORMS) {
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const [year, month, day] = ymd(m);
      const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      if (year >= 1949 && year <= 2100 && isCalendarDate(date)) found.push({ at: m.index, date });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((d) => d.date);
}

const DATE_LABEL =
  /发布日期|发布时间|印发日期|成文日期|发文日期|公布日期|印发|日期|Issued on|Date of (?:issue|issuance|publication|release)|Issue date|Date issued|Release date|Published(?: on)?|Publication date|Date\s*[:：]/i;

/** Header and label lines are short; a longer line is a sentence that may cite another document. */
const SHORT_LINE = 80;
const ISSUED_ON = /\b(?:issued|released|published|promulgated)\b[^\n.]{0,120}?\bon\s+/i;

/** A date with at most a label or an issuer around it ("发布日期：…", "国务院办公厅 2021年10月26日印发"). */
function isMostlyDate(line: string): boolean {
  return (
    datesIn(line).length > 0 &&
    line.replace(/[\d\s年月日〇零一二三四五六七八九十\-/.,]/g, '').length <= 30
  );
}

function detectDate(header: string[], trailer: string[], text: string): string | null {
  for (const line of [...header, ...trailer]) {
    if (DATE_LABEL.test(line) && isMostlyDate(line)) {
      const [date] = datesIn(line);
      if (date) return date;
    }
  }
  const top = header.slice(0, 12).find(isMostlyDate);
  if (top) return datesIn(top)[0];
  // "This notice was issued by the NDRC on 26 August 2024."
  const issuedOn = ISSUED_ON.exec(text.slice(0, 1500));
  if (issuedOn) {
    const after = text.slice(
      issuedOn.index + issuedOn[0].length,
      issuedOn.index + issuedOn[0].length + 30,
    );
    const [date] = datesIn(after);
    if (date) return date;
  }
  // The signature date of a Chinese official document stands on its own line at the end.
  const signature = [...trailer].reverse().find(isMostlyDate);
  return signature ? datesIn(signature)[0] : null;
}

// --- document number

const ZH_DOC_NUMBER = new RegExp(
  String.raw`([${CJK_RANGE}]{1,12})\s*[〔[【(（]\s*((?:19|20)\d{2})\s*[〕\]】)）]\s*(\d{1,4})\s*号`,
  'u',
);
const EN_DOC_NUMBER =
  /((?:[A-Z][a-z]{0,10}\s+){0,7}[A-Z][a-z]{0,10})\s*[[(〔【]\s*((?:19|20)\d{2})\s*[\])〕】]\s*No\.?\s*(\d{1,4})/;
const DOC_NUMBER_LABEL =
  /发文字号|文号|发文号|Document\s+(?:No|Number)|Doc\.?\s+No|File\s+No|Reference\s+No/i;

function findDocNumber(line: string): { value: string; length: number } | null {
  const zh = ZH_DOC_NUMBER.exec(line);
  if (zh) return { value: `${zh[1]}〔${zh[2]}〕${zh[3]}号`, length: zh[0].length };
  const en = EN_DOC_NUMBER.exec(line);
  if (en) {
    const prefix = en[1].replace(/^.*\bDocuments?\s+/, '');
    return { value: `${prefix} [${en[2]}] No. ${en[3]}`, length: en[0].length };
  }
  return null;
}

function detectDocNumber(header: string[], trailer: string[]): string | null {
  for (const line of [...header, ...trailer]) {
    if (line.length > SHORT_LINE || !DOC_NUMBER_LABEL.test(line)) continue;
    const found = findDocNumber(line.replace(DOC_NUMBER_LABEL, ' ').replace(/^[\s.:：]+/, ''));
    if (found) return found.value;
  }
  // Otherwise only a number standing on its own header line counts (a cited one sits in a sentence).
  for (const line of header.slice(0, 20)) {
    const found = findDocNumber(line);
    if (found && line.replace(/[\s()（）]/g, '').length <= found.length + 2) return found.value;
  }
  return null;
}

// --- region, language, sectors

function mostSpecific(regions: string[]): string | undefined {
  const city = regions.find((name) => {
    const region = regionByName(name);
    return (
      region?.level === 'municipal' &&
      region.parent !== undefined &&
      regions.includes(region.parent)
    );
  });
  return city ?? regions[0];
}

// The salutation of a central document addresses every province at once.
const NATIONAL_ADDRESSEES =
  /各省、自治区、直辖市|all provinces, autonomous regions|新疆生产建设兵团|Xinjiang Production and Construction Corps/i;

function detectRegion(title: string, issuer: string | null, text: string): string {
  const fromTitle = mostSpecific(findRegions(title));
  if (fromTitle) return fromTitle;
  const fromIssuer = issuer ? mostSpecific(findRegions(issuer)) : undefined;
  if (fromIssuer) return fromIssuer;
  // A national document names provinces in its body (bases in Inner Mongolia, …): stop here.
  // A provincial or city issuer names its region, so an issuer without one is a central body
  // (农业农村部, "Ministry of Transport").
  if (issuer || isNationalScope(title) || NATIONAL_ADDRESSEES.test(text.slice(0, 1500)))
    return 'National';
  return mostSpecific(findRegions(text.slice(0, 1000))) ?? 'National';
}

const SECTOR_SAMPLE = 60_000;
const MAX_SECTORS = 5;

/** Title sectors, then body sectors that are a real share of the sector vocabulary (≥ 12%, ≥ 2 mentions). */
function detectDocumentSectors(title: string, text: string): string[] {
  const sectors: string[] = [];
  for (const { group } of matchTerms(title))
    if (group.sector && !sectors.includes(group.sector)) sectors.push(group.sector);
  const counts = new Map<string, number>();
  for (const { group } of matchTerms(text.slice(0, SECTOR_SAMPLE))) {
    if (group.sector) counts.set(group.sector, (counts.get(group.sector) ?? 0) + 1);
  }
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const body = [...counts.entries()]
    .filter(([, n]) => n >= 2 && n / total >= 0.12)
    .sort((a, b) => b[1] - a[1])
    .map(([sector]) => sector);
  for (const sector of body) if (!sectors.includes(sector)) sectors.push(sector);
  return sectors.slice(0, MAX_SECTORS);
}
