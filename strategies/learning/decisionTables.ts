/**
 * The `decisions` table of a run: the decision logs of all arms whose strategy keeps one,
 * stacked with an `arm` column. A run without learning arms has no such table.
 */

import type { Table } from "../../simulator/io/table.js";
import type { ExperimentRun } from "../../simulator/experiment/runExperiment.js";
import { mergeArmTables } from "./mergeArmTables.js";

export function decisionTables(run: Pick<ExperimentRun, "arms" | "config">): Table[] {
  const parts = run.arms.flatMap((arm) => (arm.decisions === undefined ? [] : [{ armIndex: arm.index, table: arm.decisions }]));
  if (parts.length === 0) return [];
  return [mergeArmTables("decisions", parts, run.config.arms.map((arm) => arm.id))];
}
