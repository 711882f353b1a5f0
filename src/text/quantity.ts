import { tidy, type QuantityKind, type UnitMatch } from './number-units.ts';

/**
 * A number found in text (numbers.ts) with its unit.
 *
 * Canonical units: % (and pp for percentage points), GW (power), kWh (energy), Mtce (energy as
 * standard coal), Mt (mass, million tonnes), yuan, USD, vehicles, units, people, households,
 * projects, cities, m2, m3, km, mu, gce/kWh, ratio (PUE), or null for a bare number.
 */
export interface Quantity {
  /** Exact substring of the input: text.slice(start, end) === raw. */
  raw: string;
  start: number;
  end: number;
  /** Value in the canonical unit (scale words applied: 1.6万元 → 16000). */
  value: number;
  /** Canonical unit, or null for a bare number or a year. */
  unit: string | null;
  /** The number as written ("20,000", "1.6", "二十"). */
  raw_value: string;
  /** Scale word and unit as written ("万千瓦", "million Yuan", "RMB million"), or null. */
  raw_unit: string | null;
  kind: QuantityKind;
}

/** A quantity plus the parts needed to re-derive its value when a range lends it a unit. */
export interface Parsed extends Quantity {
  number: number;
  scale: number;
  scaleRaw: string;
  unitMatch: UnitMatch | null;
}

/** A found quantity from its parts: the value in the canonical unit, the unit as written. */
export function build(
  text: string,
  start: number,
  end: number,
  rawValue: string,
  number: number,
  scaleRaw: string,
  scale: number,
  unitMatch: UnitMatch | null,
): Parsed {
  const joiner =
    /^[A-Za-z]/.test(scaleRaw) && unitMatch && /^[A-Za-z]/.test(unitMatch.raw) ? ' ' : '';
  const rawUnit = `${scaleRaw}${joiner}${unitMatch?.raw ?? ''}`;
  return {
    raw: text.slice(start, end),
    start,
    end,
    value: tidy(number * scale * (unitMatch?.factor ?? 1)),
    unit: unitMatch?.unit ?? null,
    raw_value: rawValue,
    raw_unit: rawUnit === '' ? null : rawUnit,
    kind: unitMatch?.kind ?? 'count',
    number,
    scale,
    scaleRaw,
    unitMatch,
  };
}

/** The unit of "百分之二十": a percentage written in words, before the number. */
export function percentUnit(): UnitMatch {
  return { unit: '%', factor: 1, kind: 'percent', raw: '百分之', length: 0 };
}
