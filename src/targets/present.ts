import type { StoredTarget, TargetRevision } from '../store.ts';
import { metricName, type MetricName } from './metrics.ts';

/**
 * A target as the API returns it: `metric` is the canonical metric key (null when the
 * vocabulary has none for it), `metric_name` its readable names, `label` the raw wording the
 * extractor found (what `metric` held before canonical metrics). Inside the app a stored target
 * keeps the label in `metric` and the key in `metric_key`; this is the one place that turns one
 * into the other.
 */
export type PresentedTarget = Omit<StoredTarget, 'metric' | 'metric_key'> & {
  metric: string | null;
  metric_name: MetricName | null;
  label: string;
};

export function presentTarget<T extends Partial<StoredTarget> & { metric: string }>(
  target: T,
): Omit<T, 'metric' | 'metric_key'> & {
  metric: string | null;
  metric_name: MetricName | null;
  label: string;
} {
  const { metric: label, metric_key: key, ...rest } = target;
  return { ...rest, metric: key ?? null, metric_name: metricName(key), label };
}

/** The name to show for a target in a language: the canonical name, else the raw label. */
export function targetDisplayName(
  target: { metric: string; metric_key?: string | null },
  language: 'en' | 'zh' = 'en',
): string {
  return metricName(target.metric_key)?.[language] ?? target.metric;
}

/** A revision as the API returns it: the canonical metric's key and names, old and new sides. */
export function presentRevision(revision: TargetRevision) {
  const { metric_key: key, ...rest } = revision;
  return {
    region: rest.region,
    metric: key,
    metric_name: metricName(key),
    target_year: rest.target_year,
    old: rest.old,
    new: rest.new,
  };
}
