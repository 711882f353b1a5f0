/** Kept for imports written before the domain types moved to src/domain.ts; import from there. */
export type * from '../domain.ts';
