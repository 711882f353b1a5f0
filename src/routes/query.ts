import { z } from '@hono/zod-openapi';

/**
 * Query-string fields for the route schemas. Hono's validator hands a schema each key as one
 * string, or as an array when the key repeats; these read that shape the way the API always has.
 */

/** The values given for one key, in order. */
const valuesOf = (raw: unknown): string[] =>
  raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw.map(String) : [String(raw)];

/** The items of a list parameter: comma-separated or repeated (regions=A,B or regions=A&regions=B). */
const itemsOf = (raw: unknown): string[] =>
  valuesOf(raw)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

/**
 * An issue whose message names its parameter itself ("limit must be an integer from 1 to
 * 10000"): reported without the `key: ` prefix that other issues get.
 */
export function refuse(ctx: z.RefinementCtx, message: string): never {
  ctx.addIssue({ code: 'custom', message, params: { whole: true } });
  return z.NEVER;
}

/** True for an issue raised with `refuse`. */
export function isWholeMessage(issue: z.core.$ZodIssue): boolean {
  return (
    issue.code === 'custom' && (issue.params as { whole?: boolean } | undefined)?.whole === true
  );
}

/** A list parameter: its items (none → absent) checked by `list`. Documented as a string. */
export function queryList<T extends z.ZodType>(list: T, description = 'comma-separated list') {
  return z
    .preprocess((raw) => {
      const items = itemsOf(raw);
      return items.length ? items : undefined;
    }, list.optional())
    .openapi({ type: 'string', description });
}

/** A single-valued parameter: the first value given (a repeated key's later values are ignored). */
export function queryValue<T extends z.ZodType>(value: T) {
  return z.preprocess((raw) => valuesOf(raw)[0], value);
}

/** One of `choices` (absent → `fallback`); anything else, empty included, is refused with `message`. */
export function queryChoice<T extends string>(choices: readonly T[], fallback: T, message: string) {
  return queryValue(
    z
      .string()
      .optional()
      .transform((value, ctx): T => {
        if (value === undefined) return fallback;
        return (choices as readonly string[]).includes(value) ? (value as T) : refuse(ctx, message);
      }),
  ).openapi({ type: 'string' });
}

/**
 * An optional integer parameter: empty is absent; text that fails `test` is refused with
 * `message`; the number is then checked by `range`.
 */
export function queryInteger(
  test: (text: string) => boolean,
  message: string,
  range: z.ZodType<number, number> = z.number(),
) {
  return queryValue(
    z
      .string()
      .optional()
      .transform((text, ctx) => {
        if (text === undefined || text === '') return undefined;
        return test(text) ? Number(text) : refuse(ctx, message);
      })
      .pipe(range.optional()),
  ).openapi({ type: 'integer' });
}

/**
 * The query object of a route: its documented keys in `shape`, and `aliases` (alias → key) that
 * are read as the key they stand for but not documented. Any other key is refused, naming it and
 * the known ones: a misspelt filter ("regoin=Shanxi") must not return the unfiltered result.
 * An alias's values are added to its key's, or with `aliasOnlyWhenKeyEmpty` used only when the
 * key has none (/api/search has always read `regions` before `region`).
 */
export function queryObject<S extends z.ZodRawShape>(
  shape: S,
  aliases: Record<string, keyof S & string> = {},
  options: { aliasOnlyWhenKeyEmpty?: boolean } = {},
) {
  const known = Object.keys(shape).flatMap((key) => [
    key,
    ...Object.keys(aliases).filter((alias) => aliases[alias] === key),
  ]);
  const readAliases = z.transform((raw: unknown, ctx) => {
    const query = { ...(raw as Record<string, unknown>) };
    const unknown = Object.keys(query).find((key) => !known.includes(key));
    if (unknown !== undefined) {
      const list = known.length > 0 ? `known: ${known.join(', ')}` : 'this endpoint takes none';
      return refuse(ctx, `unknown query parameter "${unknown}" (${list})`);
    }
    for (const [alias, key] of Object.entries(aliases)) {
      if (!(alias in query)) continue;
      const own = valuesOf(query[key]);
      const useOwn = options.aliasOnlyWhenKeyEmpty && itemsOf(own).length > 0;
      query[key] = useOwn ? own : [...own, ...valuesOf(query[alias])];
      delete query[alias];
    }
    return query;
  });
  return z.pipe(readAliases, z.object(shape));
}
