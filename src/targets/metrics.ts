import data from './metrics.json' with { type: 'json' };

/**
 * The controlled, bilingual vocabulary of canonical metrics (src/targets/metrics.json), and the
 * mapper from a target's raw label and quote to one of its keys. Comparison tables, revised
 * targets and the digest line targets up by this key: the raw label ("receive a subsidy",
 * "shall be retired and renewed with new vehicles") stays beside it for display and search.
 *
 * Extend the vocabulary by adding an entry to the JSON (key, names, unit, label patterns and,
 * for metrics whose labels are generic, quote patterns); stored targets are re-mapped at the
 * next start because the vocabulary's version changes (src/db/kind-metric-backfill.ts).
 */
export interface MetricDefinition {
  key: string;
  en: string;
  zh: string;
  /** The canonical unit a target must have to take this metric (src/text/numbers.ts units). */
  unit: string;
  patterns: { en: string[]; zh: string[] };
  quote_patterns?: { en: string[]; zh: string[] };
}

export interface MetricName {
  en: string;
  zh: string;
}

export const METRICS: readonly MetricDefinition[] = data as MetricDefinition[];

interface Compiled {
  definition: MetricDefinition;
  label: RegExp[];
  quote: RegExp[];
}

const compile = (sources: string[] | undefined) =>
  (sources ?? []).map((source) => new RegExp(source, 'iu'));
const COMPILED: Compiled[] = METRICS.map((definition) => ({
  definition,
  label: compile([...definition.patterns.en, ...definition.patterns.zh]),
  quote: compile([
    ...(definition.quote_patterns?.en ?? []),
    ...(definition.quote_patterns?.zh ?? []),
  ]),
}));
const BY_KEY = new Map(METRICS.map((m) => [m.key, m]));

/**
 * The canonical metric key of a target, or null when none of the vocabulary fits. The label is
 * tried first against every metric of the target's unit (in vocabulary order: specific entries
 * come before general ones), then the quote against the metrics that have quote patterns.
 */
export function canonicalMetric(
  label: string,
  quote: string,
  unit: string,
  valueRaw?: string,
): string | null {
  const candidates = COMPILED.filter((c) => c.definition.unit === unit);
  const text = label.normalize('NFKC');
  for (const c of candidates) if (c.label.some((re) => re.test(text))) return c.definition.key;
  const sentence = quote.normalize('NFKC');
  // "put 500 fuel cell vehicles into operation": a count's noun follows it and names what is counted.
  const counted = COUNT_UNITS.has(unit) && valueRaw ? countedNoun(sentence, valueRaw) : '';
  if (counted)
    for (const c of candidates) if (c.label.some((re) => re.test(counted))) return c.definition.key;
  // A quote pattern written around a figure (one with \d: "grants [\d,]+ yuan for a new energy
  // passenger vehicle") names the metric of that figure only: a sentence that states two subsidies
  // maps each to its own.
  const fits = (re: RegExp) => {
    const match = re.exec(sentence);
    return (
      match !== null && (!valueRaw || !re.source.includes('\\d') || match[0].includes(valueRaw))
    );
  };
  for (const c of candidates) if (c.quote.some(fits)) return c.definition.key;
  return null;
}

/** Units of counted things, whose noun is written after the number. */
const COUNT_UNITS = new Set(['vehicles', 'units', 'projects', 'cities']);

/** The words right after the figure `valueRaw` in the sentence, up to a clause mark. */
function countedNoun(sentence: string, valueRaw: string): string {
  const at = sentence.indexOf(valueRaw);
  if (at < 0) return '';
  return /^[^,，;；。.:：()（）]{0,60}/.exec(sentence.slice(at + valueRaw.length))![0].trim();
}

export function metricDefinition(key: string | null | undefined): MetricDefinition | undefined {
  return key ? BY_KEY.get(key) : undefined;
}

/** The readable names of a key, or null for no key or an unknown one. */
export function metricName(key: string | null | undefined): MetricName | null {
  const definition = metricDefinition(key);
  return definition ? { en: definition.en, zh: definition.zh } : null;
}

export function isMetricKey(key: string): boolean {
  return BY_KEY.has(key);
}

/**
 * A short fingerprint of the vocabulary: stored with the targets' keys, so that a changed
 * vocabulary re-maps them (djb2 over the JSON; collisions only cost a missed re-map).
 */
export const METRICS_VERSION: string = (() => {
  // The mapper's own rules are part of the version: a change to them re-maps stored targets too.
  const text = `mapper-3|${JSON.stringify(METRICS)}`;
  let hash = 5381;
  for (let i = 0; i < text.length; i++) hash = ((hash << 5) + hash + text.charCodeAt(i)) | 0;
  return `${METRICS.length}-${(hash >>> 0).toString(16)}`;
})();
