/**
 * Per-arm outcome arrays, gathered from the shared case state by the arm's members:
 * the input of the headline figures and of the statistical comparison.
 */

import type { ArmOutcomes } from "../analysis/armOutcomes.js";
import { PAID } from "../population/codes.js";
import type { ExperimentRun } from "./runExperiment.js";

export interface ArmOutcomeArrays extends ArmOutcomes {
  feesCharged: Float64Array;
  disputed: Uint8Array;
  firstPaymentDay: Int16Array;
}

export function armOutcomeArrays(run: ExperimentRun, armIndex: number): ArmOutcomeArrays {
  const arm = run.arms[armIndex];
  const { members } = arm;
  const n = members.length;
  const hidden = run.state.hidden;
  const view = run.state.view;
  const claim = run.population.observable.claimAmount;
  const out: ArmOutcomeArrays = {
    id: arm.id,
    claimAmount: new Float64Array(n),
    recovered: new Float64Array(n),
    cost: new Float64Array(n),
    contacts: new Float64Array(n),
    cured: new Uint8Array(n),
    planAgreed: new Uint8Array(n),
    escalated: new Uint8Array(n),
    complained: new Uint8Array(n),
    npsScore: new Int8Array(n),
    feesCharged: new Float64Array(n),
    disputed: new Uint8Array(n),
    firstPaymentDay: new Int16Array(n)
  };
  for (let k = 0; k < n; k++) {
    const i = members[k];
    out.claimAmount[k] = claim[i];
    out.recovered[k] = hidden.recovered[i];
    out.cost[k] = hidden.contactCost[i] + hidden.courtCosts[i];
    out.contacts[k] = view.contacts[i];
    out.cured[k] = view.status[i] === PAID ? 1 : 0;
    out.planAgreed[k] = hidden.planAgreed[i];
    out.escalated[k] = view.escalated[i];
    out.complained[k] = hidden.complaints[i] > 0 ? 1 : 0;
    out.npsScore[k] = hidden.npsScore[i];
    out.feesCharged[k] = hidden.feesCharged[i];
    out.disputed[k] = hidden.disputed[i];
    out.firstPaymentDay[k] = hidden.firstPaymentDay[i];
  }
  return out;
}
