/**
 * The verdict on one replicated comparison: does the simulated effect agree with the
 * published one?
 *
 * A published effect must be matched in direction always, and in size within the
 * trial's own 95 % confidence interval where the paper reports one, else within a third
 * of the effect. Where only the direction is published, the sign must match. A published
 * null result is matched when the simulated effect stays within the comparison's
 * no-effect band.
 */

export interface PublishedEffect {
  effect: number;
  ciLow?: number;
  ciHigh?: number;
  kind: "effect" | "direction" | "none";
  noEffectBand?: number;
}

/** Return the range of simulated effects that count as a replication. */
export function toleranceRange(published: PublishedEffect): [number, number] {
  if (published.kind === "none") {
    const band = published.noEffectBand ?? 0;
    return [-band, band];
  }
  if (published.kind === "direction") return published.effect > 0 ? [0, Infinity] : [-Infinity, 0];
  if (published.ciLow !== undefined && published.ciHigh !== undefined) return [published.ciLow, published.ciHigh];
  const third = Math.abs(published.effect) / 3;
  return [published.effect - third, published.effect + third];
}

/** Return whether a simulated effect replicates the published one. */
export function replicates(published: PublishedEffect, simulated: number): boolean {
  const [low, high] = toleranceRange(published);
  const inRange = simulated >= low && simulated <= high;
  if (published.kind === "none") return inRange;
  return Math.sign(simulated) === Math.sign(published.effect) && inRange;
}
