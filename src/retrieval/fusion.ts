/**
 * Reciprocal rank fusion: score(d) = Σ_lists weight / (k + rank_d), rank starting at 1.
 * Robust to the two lists' incomparable score scales (cosine vs lexical rank); k (default 60)
 * damps the advantage of the very first ranks.
 */
export function reciprocalRankFusion(
  lists: { ids: string[]; weight?: number }[],
  k = 60,
): { id: string; score: number }[] {
  const scores = new Map<string, number>();
  for (const list of lists) {
    const weight = list.weight ?? 1;
    list.ids.forEach((id, index) => {
      scores.set(id, (scores.get(id) ?? 0) + weight / (k + index + 1));
    });
  }
  return Array.from(scores, ([id, score]) => ({ id, score })).sort(
    (a, b) => b.score - a.score || a.id.localeCompare(b.id),
  );
}
