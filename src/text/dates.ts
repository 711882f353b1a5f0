/** A day written YYYY-MM-DD, as the API, uploads, manifests and Slack take dates. */
const DAY_FORMAT = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether `value` is a day written YYYY-MM-DD that exists on the calendar (not 2023-02-30), in
 * `fromYear` or later. Years before 100 never pass: `Date.UTC` reads them as 19xx.
 */
export function isCalendarDate(
  value: string,
  { fromYear = 0 }: { fromYear?: number } = {},
): boolean {
  if (!DAY_FORMAT.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= fromYear &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}
