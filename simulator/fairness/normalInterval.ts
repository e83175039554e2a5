/**
 * Bootstrap standard-error interval: point ± z · (standard deviation of the replicates),
 * on the log scale for ratios (Efron & Tibshirani 1993, "An Introduction to the Bootstrap",
 * ch. 6 and 13). Unlike a percentile interval it can take the large z of a Bonferroni
 * correction across many checks, which 200 resamples cannot resolve as a quantile.
 * Replicates that are not finite, or not positive on the log scale, are left out. When
 * more than `maxMissingShare` of them are left out, the interval is [NaN, NaN].
 */
export function normalInterval(point: number, replicates: ArrayLike<number>, z: number, logScale: boolean, maxMissingShare = 0.05): [number, number] {
  if (!Number.isFinite(point) || (logScale && point <= 0)) return [NaN, NaN];
  let count = 0;
  let sum = 0;
  let sumSquares = 0;
  for (let r = 0; r < replicates.length; r++) {
    const value = replicates[r];
    if (!Number.isFinite(value) || (logScale && value <= 0)) continue;
    const x = logScale ? Math.log(value) : value;
    count++;
    sum += x;
    sumSquares += x * x;
  }
  if (count < 2 || count < (1 - maxMissingShare) * replicates.length) return [NaN, NaN];
  const mean = sum / count;
  const sd = Math.sqrt(Math.max(0, (sumSquares - count * mean * mean) / (count - 1)));
  const centre = logScale ? Math.log(point) : point;
  const low = centre - z * sd;
  const high = centre + z * sd;
  return logScale ? [Math.exp(low), Math.exp(high)] : [low, high];
}
