/**
 * Targets from tables whose columns are years ("指标 | 单位 | 2020年 | 2025年 | 属性"). Each cell
 * under a future year is a target for its row's metric; the first year column is the baseline
 * (its values are history, never targets).
 */
import { findQuantities, toCanonical } from '../text/numbers.ts';
import { findBinding, findSector, findSuffix, type Direction } from './rules-lexicon.ts';
import { METRIC_MAX } from './rules-metric.ts';
import type { Cell, TableRow } from './rules-segments.ts';
import type { ExtractedTarget, ExtractionContext } from './schema.ts';

const YEAR_HEADER_RE =
  /^((?:19|20)\d{2})\s*年?\s*(?:年底|年末|目标值?|target|goal|\(目标\)|\(target\))?$/i;
const UNIT_HEADER_RE = /^(?:单位|计量单位|unit|units)$/i;
const ATTRIBUTE_HEADER_RE = /^(?:属性|指标属性|性质|类型|type|attribute|nature)$/i;
const METRIC_HEADER_RE =
  /^(?:主要)?(?:指标|指标名称|目标|项目|indicator|indicators|metric|target|item)s?$/i;
const INDEX_HEADER_RE = /^(?:序号|编号|no\.?|#|类别|领域|category|sector)$/i;
const EMPTY_CELL_RE = /^(?:[-–—－/…]+|n\/?a|无)?$/i;

interface Layout {
  headerIndex: number;
  metricCol: number;
  unitCol: number;
  attributeCol: number;
  years: { col: number; year: number }[];
}

export function extractTableTargets(
  text: string,
  rows: TableRow[],
  context: ExtractionContext,
): ExtractedTarget[] {
  const layout = findLayout(rows);
  if (!layout) return [];
  const baseline = layout.years.length >= 2 ? layout.years[0]! : null;
  const targetColumns = layout.years.filter(
    (y) => y !== baseline && (context.year === null || y.year >= context.year),
  );
  const out: ExtractedTarget[] = [];
  for (const row of rows.slice(layout.headerIndex + 1)) {
    const metricCell = row.cells[layout.metricCol];
    if (!metricCell || metricCell.text === '') continue;
    const { metric, unitRaw: unitFromMetric } = splitMetric(metricCell.text);
    if (metric === '') continue;
    const unitRaw = (layout.unitCol >= 0 ? row.cells[layout.unitCol]?.text : '') || unitFromMetric;
    const rowDirection: Direction =
      /降低|下降|减少|削减|压减|reduc|decreas|declin|\bcut\b|lower/i.test(metric)
        ? 'decrease'
        : /增长|增速|增加|提高|提升|growth|increas/i.test(metric)
          ? 'increase'
          : 'reach';
    const attribute = layout.attributeCol >= 0 ? (row.cells[layout.attributeCol]?.text ?? '') : '';
    const binding = findBinding(attribute) ?? findBinding(metricCell.text);
    for (const column of targetColumns) {
      const cell = row.cells[column.col];
      if (!cell) continue;
      const target = cellTarget(cell, metric, unitRaw, rowDirection);
      if (!target) continue;
      out.push({
        metric,
        ...target,
        baseline_year:
          target.direction === 'decrease' || target.direction === 'increase'
            ? (baseline?.year ?? null)
            : null,
        target_year: column.year,
        region: context.region,
        level: context.level,
        sector: findSector(metric),
        binding,
        quote: text.slice(row.start, row.end),
        start: row.start,
        end: row.end,
      });
    }
  }
  return out;
}

function findLayout(rows: TableRow[]): Layout | null {
  const headerIndex = rows.findIndex((row) => row.cells.some((c) => YEAR_HEADER_RE.test(c.text)));
  if (headerIndex < 0) return null;
  const header = rows[headerIndex]!.cells;
  const years = header.flatMap((c, col) => {
    const m = YEAR_HEADER_RE.exec(c.text);
    return m ? [{ col, year: Number(m[1]) }] : [];
  });
  const unitCol = header.findIndex((c) => UNIT_HEADER_RE.test(c.text));
  const attributeCol = header.findIndex((c) => ATTRIBUTE_HEADER_RE.test(c.text));
  const taken = new Set([unitCol, attributeCol, ...years.map((y) => y.col)]);
  let metricCol = header.findIndex((c, col) => !taken.has(col) && METRIC_HEADER_RE.test(c.text));
  if (metricCol < 0)
    metricCol = header.findIndex((c, col) => !taken.has(col) && !INDEX_HEADER_RE.test(c.text));
  if (metricCol < 0) return null;
  return { headerIndex, metricCol, unitCol, attributeCol, years };
}

/** "非化石能源消费比重(%)" → metric "非化石能源消费比重", unit "%". */
function splitMetric(cell: string): { metric: string; unitRaw: string } {
  const clean = cell
    .replace(/\*\*|__/g, '')
    .replace(/^(?:\d{1,2}[.、]|[①-⑳])\s*/, '')
    .trim();
  const unit =
    /[(（]([^()（）]{1,12})[)）]\s*$/.exec(clean) ?? /[,，]\s*([^,，]{1,8})$/.exec(clean);
  const isUnit =
    unit &&
    !/约束性|预期性|binding|expected/i.test(unit[1]!) &&
    toCanonical(1, unit[1]!.replace(/^单位[:：]?/, '')).unit !== null;
  const metric = (isUnit ? clean.slice(0, unit!.index) : clean)
    .replace(/[(（](?:约束性|预期性)[)）]/g, '')
    .trim();
  return {
    metric: metric.slice(0, METRIC_MAX),
    unitRaw: isUnit ? unit![1]!.replace(/^单位[:：]?/, '').trim() : '',
  };
}

type CellTarget = Pick<
  ExtractedTarget,
  'value' | 'unit' | 'value_raw' | 'unit_raw' | 'direction' | 'qualifier'
>;

function cellTarget(
  cell: Cell,
  metric: string,
  unitRaw: string,
  rowDirection: Direction,
): CellTarget | null {
  const raw = cell.text.replace(/\*\*|__/g, '').trim();
  if (EMPTY_CELL_RE.test(raw)) return null;
  const quantity = findQuantities(raw).find((q) => q.kind !== 'year');
  if (!quantity) return null;
  let direction: Direction = rowDirection;
  let qualifier: string | null = null;
  const prefix = raw.slice(0, quantity.start);
  const comparator = /[>＞]\s*$/.test(prefix)
    ? 'gt'
    : /[≥]\s*$/.test(prefix)
      ? 'ge'
      : /[<＜]\s*$/.test(prefix)
        ? 'lt'
        : /[≤]\s*$/.test(prefix)
          ? 'le'
          : null;
  const suffix = findSuffix(raw.slice(quantity.end));
  if (comparator === 'gt' || comparator === 'ge')
    qualifier = comparator === 'gt' ? 'more than' : 'no less than';
  if (comparator === 'lt' || comparator === 'le')
    qualifier = comparator === 'lt' ? 'less than' : 'no more than';
  qualifier = qualifier ?? suffix.qualifier;
  if (direction === 'reach') {
    if (comparator === 'gt' || comparator === 'ge') direction = 'at least';
    else if (comparator === 'lt' || comparator === 'le') direction = 'at most';
    else if (suffix.direction) direction = suffix.direction;
  }
  let value = quantity.value;
  let unit = quantity.unit;
  let unitWritten = quantity.raw_unit;
  if (unit === null) {
    const written = `${quantity.raw_unit ?? ''}${unitRaw}`;
    const canonical = toCanonical(Number(quantity.raw_value.replace(/,/g, '')), written);
    if (canonical.unit !== null) {
      value = canonical.value;
      unit = canonical.unit;
      unitWritten = unitRaw;
    } else if (/PUE|电能利用效率/i.test(metric)) {
      unit = 'ratio';
    } else if (
      /(?:率|比重|比例|占比|份额)$|\b(?:share|rate|ratio|proportion)\b/i.test(metric) &&
      quantity.value <= 100
    ) {
      // A rate or share given without a unit is a percentage in these tables.
      unit = '%';
      unitWritten = '';
    } else {
      return null;
    }
  }
  return {
    value,
    unit,
    value_raw: quantity.raw_value,
    unit_raw: unitWritten ?? '',
    direction,
    qualifier,
  };
}
