/**
 * Warm start: load the model a learning strategy saved in an earlier run.
 *
 * A run writes what each learning arm learned to `learning.json` in its run folder, as a
 * list of `{ arm, learned: { strategy, model, … } }`. `warmStart` names that file (or the
 * run folder); the first arm whose strategy has the same name supplies the model, unless
 * `warmStartArm` names the arm.
 */

import { readFileSync, statSync } from "node:fs";
import path from "node:path";

interface LearningEntry {
  arm: string;
  learned?: { strategy?: string; model?: unknown };
}

/** Read the saved model of a strategy; throws naming the file and the fix when it is missing. */
export function readWarmStartModel(location: string, strategy: string, arm?: string): unknown {
  const file = isFolder(location) ? path.join(location, "learning.json") : location;
  let entries: LearningEntry[];
  try {
    entries = JSON.parse(readFileSync(file, "utf8")) as LearningEntry[];
  } catch (error) {
    throw new Error(`Cannot read the warm-start model file "${file}": ${(error as Error).message}. Point warmStart at the learning.json of an earlier run.`);
  }
  if (!Array.isArray(entries)) throw new Error(`The warm-start file "${file}" is not a list of learning arms; point warmStart at the learning.json of an earlier run.`);
  const entry = entries.find((candidate) => (arm === undefined ? candidate.learned?.strategy === strategy : candidate.arm === arm));
  if (entry?.learned?.model === undefined) {
    const found = entries.map((candidate) => `${candidate.arm} (${candidate.learned?.strategy ?? "no model"})`).join(", ") || "none";
    throw new Error(`The warm-start file "${file}" has no ${strategy} model${arm === undefined ? "" : ` for arm "${arm}"`}. Arms found: ${found}.`);
  }
  if (entry.learned.strategy !== strategy) {
    throw new Error(`Arm "${entry.arm}" in "${file}" was run with ${entry.learned.strategy}, not ${strategy}; warm-start from an arm of the same strategy.`);
  }
  return entry.learned.model;
}

function isFolder(location: string): boolean {
  try {
    return statSync(location).isDirectory();
  } catch {
    return false;
  }
}
