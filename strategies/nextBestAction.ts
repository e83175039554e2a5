/**
 * Challenger: next-best-action planning under a contact budget and a cost limit.
 *
 * The response model is the linear Thompson sampling model of the contextual bandit.
 * On top of it the policy plans each debtor's sequence as a budgeted bandit with a dual
 * price (the Lagrangian relaxation of the cost constraint, as in primal–dual algorithms
 * for bandits with knapsacks: Badanidiyuru, Kleinberg & Slivkins 2013, "Bandits with
 * knapsacks", FOCS; Agrawal & Devanur 2016, "Linear contextual bandits with knapsacks",
 * NeurIPS): every contact is charged its cost × (1 + λ), and λ rises by
 * `priceStep` × relative overspend each day while the arm's spending runs ahead of
 * `costLimit` € per case spread evenly over the horizon, and falls back towards 0 when
 * it runs behind. A follow-up contact is sent only when its sampled net value is
 * positive; otherwise the debtor waits `gapDays` and the decision is logged as "wait".
 * At most `contactBudget` contacts go to one debtor.
 */

import { z } from "zod";
import type { Strategy } from "../simulator/engine/strategyApi.js";
import { linearThompsonLearner } from "./contextualBandit.js";
import { createOutreachPolicy, outreachPolicyOptions } from "./learning/outreachPolicy.js";

export const nextBestActionOptions = z
  .object({
    ...outreachPolicyOptions,
    /** € of contact cost per case that the arm paces itself to over the horizon. */
    costLimit: z.number().positive().default(2),
    /** Change of the dual price per day per unit of relative overspend (assumption). */
    priceStep: z.number().positive().default(0.5),
    ridge: z.number().positive().default(1),
    explorationScale: z.number().positive().default(0.25)
  })
  .strict();

export function nextBestAction(rawOptions: Record<string, unknown>): Strategy {
  const options = nextBestActionOptions.parse(rawOptions);
  return createOutreachPolicy("nextBestAction", options, linearThompsonLearner(options, "nextBestAction"));
}
