import { describe, it } from "vitest";
import { propensityScore } from "../../strategies/propensityScore.js";
import { checkCompleteExplanations, checkDeterministicExplanations, checkEndsOnBestAction, checkSublinearRegret } from "./fixtures/learningChecks.js";
import { SYNTHETIC_ACTION_OPTIONS } from "./fixtures/syntheticEnvironment.js";
import { propensityWarmStart } from "./fixtures/warmStartFiles.js";

const create = () => propensityScore({ ...SYNTHETIC_ACTION_OPTIONS, warmStart: propensityWarmStart() });

describe("propensityScore", () => {
  it("has sublinear regret", () => checkSublinearRegret(create));
  it("ends on the best action per context", () => checkEndsOnBestAction(create));
  it("explains every decision", () => checkCompleteExplanations(create));
  it("explains deterministically under a seed", () => checkDeterministicExplanations(create));
});
