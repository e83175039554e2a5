/**
 * The verdict on one group's disparity. A group passes only when the whole interval lies
 * inside the band, and fails only when the whole interval lies outside it, so neither
 * verdict rests on a lack of evidence. Everything else is `insufficient`: a group below
 * the minimum size or with too few events, an undefined value, or an interval that
 * straddles a band edge.
 */

export type DisparityStatus = "pass" | "fail" | "insufficient";

export interface StatusInput {
  /** Debtors in the group and in the reference group. */
  n: number;
  referenceN: number;
  minGroupSize: number;
  /** Debtors with the metric's event in the group and in the reference group, and the minimum of both. */
  events: number;
  referenceEvents: number;
  minEvents: number;
  /** Interval of the disparity (ratio or difference); NaN when it could not be estimated. */
  ciLow: number;
  ciHigh: number;
  /** The band of no disparity, e.g. [0.8, 1.25] for a ratio or [-10, 10] for a difference. */
  band: readonly [number, number];
}

export function disparityStatus(input: StatusInput): DisparityStatus {
  const { ciLow, ciHigh, band } = input;
  if (input.n < input.minGroupSize || input.referenceN < input.minGroupSize) return "insufficient";
  if (input.events < input.minEvents || input.referenceEvents < input.minEvents) return "insufficient";
  if (!Number.isFinite(ciLow) || !Number.isFinite(ciHigh)) return "insufficient";
  if (ciLow >= band[0] && ciHigh <= band[1]) return "pass";
  if (ciHigh < band[0] || ciLow > band[1]) return "fail";
  return "insufficient";
}
