/** The registry of built-in strategies, by the name an experiment config uses. */

import type { StrategyFactory } from "../simulator/engine/strategyApi.js";
import { UserError } from "../simulator/i18n/userError.js";
import { adaptiveBandit } from "./adaptiveBandit.js";
import { classicDunning } from "./classicDunning.js";
import { contextualBandit } from "./contextualBandit.js";
import { debtorTypes } from "./debtorTypes.js";
import { digitalFirst } from "./digitalFirst.js";
import { nextBestAction } from "./nextBestAction.js";
import { propensityScore } from "./propensityScore.js";
import { scriptedContacts } from "./scriptedContacts.js";

export const strategyRegistry: Readonly<Record<string, StrategyFactory>> = {
  classicDunning,
  digitalFirst,
  adaptiveBandit,
  scriptedContacts,
  contextualBandit,
  propensityScore,
  debtorTypes,
  nextBestAction
};

/** Return the factory of a registered strategy; throws naming the registered ones. */
export function strategyFactory(name: string): StrategyFactory {
  const factory = strategyRegistry[name];
  if (factory === undefined) {
    throw new UserError("input.unknownStrategy", { name, registered: Object.keys(strategyRegistry).join(", ") });
  }
  return factory;
}
