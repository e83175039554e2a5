/**
 * The protected view an arm's strategy receives: only the protected attributes its arm
 * config lists under `allowProtected`. Reading any other protected attribute throws, so a
 * strategy cannot use one by accident and the audit's list of allowed attributes is true.
 */

import type { ProtectedView } from "../engine/strategyApi.js";
import type { Population } from "../population/population.js";
import { PROTECTED_ATTRIBUTES, type ProtectedAttribute } from "./fairnessConfig.js";

/** Build the protected view of an arm, or undefined when the arm may read no protected attribute. */
export function buildProtectedView(population: Population, allowed: readonly ProtectedAttribute[], armId: string): ProtectedView | undefined {
  if (allowed.length === 0) return undefined;
  const view = {} as ProtectedView;
  for (const attribute of PROTECTED_ATTRIBUTES) {
    if (allowed.includes(attribute)) {
      Object.defineProperty(view, attribute, { value: population.protected[attribute], enumerable: true });
    } else {
      Object.defineProperty(view, attribute, {
        enumerable: false,
        get() {
          throw new Error(
            `The strategy of arm "${armId}" read the protected attribute "${attribute}", which its config does not allow. ` +
              `Add "${attribute}" to the arm's "allowProtected" list or remove the read from the strategy.`
          );
        }
      });
    }
  }
  return Object.freeze(view);
}
