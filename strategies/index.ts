/** The registry of built-in strategies, by the name an experiment config uses. */

import type { StrategyFactory } from "../simulator/engine/strategyApi.js";
import { adaptiveBandit } from "./adaptiveBandit.js";
import { classicDunning } from "./classicDunning.js";
import { digitalFirst } from "./digitalFirst.js";

export const strategyRegistry: Readonly<Record<string, StrategyFactory>> = {
  classicDunning,
  digitalFirst,
  adaptiveBandit
};

/** Return the factory of a registered strategy; throws naming the registered ones. */
export function strategyFactory(name: string): StrategyFactory {
  const factory = strategyRegistry[name];
  if (factory === undefined) {
    throw new Error(`Unknown strategy "${name}". Registered strategies: ${Object.keys(strategyRegistry).join(", ")}.`);
  }
  return factory;
}
