import { describe, it } from "vitest";
import { debtorTypes } from "../../strategies/debtorTypes.js";
import { checkCompleteExplanations, checkDeterministicExplanations, checkEndsOnBestAction, checkSublinearRegret } from "./fixtures/learningChecks.js";
import { SYNTHETIC_ACTION_OPTIONS } from "./fixtures/syntheticEnvironment.js";
import { debtorTypesWarmStart } from "./fixtures/warmStartFiles.js";

const create = () => debtorTypes({ ...SYNTHETIC_ACTION_OPTIONS, types: 2, warmStart: debtorTypesWarmStart() });

describe("debtorTypes", () => {
  it("has sublinear regret", () => checkSublinearRegret(create));
  it("ends on the best action per context", () => checkEndsOnBestAction(create));
  it("explains every decision", () => checkCompleteExplanations(create));
  it("explains deterministically under a seed", () => checkDeterministicExplanations(create));
});
