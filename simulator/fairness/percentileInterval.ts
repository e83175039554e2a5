/**
 * Percentile interval of bootstrap replicates (Efron & Tibshirani 1993, ch. 13), with
 * quantiles interpolated between order statistics like R's `quantile(type = 7)`.
 * Replicates that are not finite (a group that drew no debtor) are left out; when more
 * than `maxMissingShare` of them are missing the interval is [NaN, NaN].
 */
export function percentileInterval(replicates: ArrayLike<number>, level: number, maxMissingShare = 0.05): [number, number] {
  const finite: number[] = [];
  for (let r = 0; r < replicates.length; r++) if (Number.isFinite(replicates[r])) finite.push(replicates[r]);
  if (finite.length < 2 || finite.length < (1 - maxMissingShare) * replicates.length) return [NaN, NaN];
  finite.sort((a, b) => a - b);
  const alpha = (1 - level) / 2;
  return [quantileSorted(finite, alpha), quantileSorted(finite, 1 - alpha)];
}

/** Quantile of sorted values, R type 7: linear between the order statistics at (len − 1) · p. */
export function quantileSorted(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}
