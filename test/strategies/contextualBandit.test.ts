import { describe, it } from "vitest";
import { contextualBandit } from "../../strategies/contextualBandit.js";
import { checkCompleteExplanations, checkDeterministicExplanations, checkEndsOnBestAction, checkSublinearRegret } from "./fixtures/learningChecks.js";
import { SYNTHETIC_ACTION_OPTIONS } from "./fixtures/syntheticEnvironment.js";


const create = () => contextualBandit({ ...SYNTHETIC_ACTION_OPTIONS });

describe("contextualBandit", () => {
  it("has sublinear regret", () => checkSublinearRegret(create));
  it("ends on the best action per context", () => checkEndsOnBestAction(create));
  it("explains every decision", () => checkCompleteExplanations(create));
  it("explains deterministically under a seed", () => checkDeterministicExplanations(create));
});
