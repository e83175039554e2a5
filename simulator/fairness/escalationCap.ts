/**
 * A cap on the disparity of legal escalations across the groups of one attribute, for a
 * strategy to apply before it escalates: a group's escalation rate may not exceed
 * `maxRatio` times the arm's overall rate. The cap compares with the overall rate
 * rather than with a reference group because the overall rate is known while the run
 * goes on; the audit then measures the resulting disparity against its reference group.
 *
 * The first `WARM_UP_ESCALATIONS` escalations of every group are free, because at the
 * start every rate is 0 and no group could escalate first (assumption: 10).
 */

import { z } from "zod";
import type { ObservableView, ProtectedView, ReadonlyNumbers } from "../engine/strategyApi.js";
import { PROTECTED_ATTRIBUTES } from "./fairnessConfig.js";

const WARM_UP_ESCALATIONS = 10;

export const fairnessCapSchema = z
  .object({
    /** The attribute whose groups are compared: the age band, or a protected attribute the arm may read. */
    attribute: z.enum(["ageBand", ...PROTECTED_ATTRIBUTES]),
    metric: z.literal("legalEscalationRate"),
    /** Largest allowed ratio of a group's escalation rate to the arm's overall rate. */
    maxRatio: z.number().gt(1)
  })
  .strict();
export type FairnessCap = z.output<typeof fairnessCapSchema>;

export class EscalationCap {
  private readonly level: ReadonlyNumbers;
  private readonly groupSize: Float64Array;
  private readonly escalated: Float64Array;
  private readonly total: number;
  private escalatedTotal = 0;

  constructor(private readonly cap: FairnessCap, view: ObservableView, protectedView: ProtectedView | undefined, members: Int32Array, strategyName: string) {
    if (cap.attribute === "ageBand") {
      this.level = view.ageBand;
    } else if (protectedView !== undefined && Object.keys(protectedView).includes(cap.attribute)) {
      this.level = protectedView[cap.attribute];
    } else {
      throw new Error(
        `${strategyName}: fairnessCap on "${cap.attribute}" needs that protected attribute; add "${cap.attribute}" to the arm's "allowProtected" list or cap "ageBand".`
      );
    }
    // vulnerability has bit flags; the cap groups by any driver versus none
    const levelOf = (debtor: number): number => (cap.attribute === "vulnerability" ? (this.level[debtor] === 0 ? 0 : 1) : this.level[debtor]);
    this.levelOf = levelOf;
    this.groupSize = new Float64Array(16);
    this.escalated = new Float64Array(16);
    for (const debtor of members) this.groupSize[levelOf(debtor)] += 1;
    this.total = members.length;
  }

  private readonly levelOf: (debtor: number) => number;

  /** True when escalating this debtor keeps its group within the cap. */
  allows(debtor: number): boolean {
    const group = this.levelOf(debtor);
    if (this.escalated[group] < WARM_UP_ESCALATIONS) return true;
    const groupRate = (this.escalated[group] + 1) / this.groupSize[group];
    const overallRate = (this.escalatedTotal + 1) / this.total;
    return groupRate <= this.cap.maxRatio * overallRate;
  }

  /** Count an escalation that took place. */
  record(debtor: number): void {
    this.escalated[this.levelOf(debtor)] += 1;
    this.escalatedTotal += 1;
  }
}
