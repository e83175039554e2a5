// Prints what the pilot planner takes from the run: for each planned metric, the champion's
// baseline and, for means, the standard deviation per case, read from report.duckdb.

import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { RUN_FILES } from "../../simulator/io/runFormat.js";
import { checkRunDir, readRunSummary, resolveRunDir } from "../../simulator/report/runDir.js";

const runDir = resolveRunDir();
checkRunDir(runDir);
const summary = readRunSummary(runDir);
const baseline = summary.comparisons[0]?.baseline ?? summary.arms[0].id;
const champion = summary.arms.find((arm) => arm.id === baseline) ?? summary.arms[0];

const instance = await DuckDBInstance.create(join(runDir, RUN_FILES.database), { access_mode: "READ_ONLY" });
const connection = await instance.connect();

// A survey answer of 9–10 counts +100 (promoter), 0–6 counts −100 (detractor), 7–8 counts 0,
// so the NPS is the mean of these scores and its standard deviation is theirs.
const result = await connection.runAndReadAll(
  `SELECT
    avg(recovered)::DOUBLE AS recoveredMean, stddev_samp(recovered)::DOUBLE AS recoveredSd,
    avg(cost)::DOUBLE AS costMean, stddev_samp(cost)::DOUBLE AS costSd,
    avg(CASE WHEN npsScore >= 9 THEN 100 WHEN npsScore <= 6 THEN -100 ELSE 0 END)::DOUBLE AS npsMean,
    stddev_samp(CASE WHEN npsScore >= 9 THEN 100 WHEN npsScore <= 6 THEN -100 ELSE 0 END)::DOUBLE AS npsSd,
    count(npsScore)::INTEGER AS respondents, count(*)::INTEGER AS cases
  FROM outcomes WHERE arm = $arm`,
  { arm: baseline }
);
const row = result.getRowObjectsJS()[0] as Record<string, number | null>;
connection.closeSync();
instance.closeSync();

const cases = Number(row.cases);
process.stdout.write(JSON.stringify({
  baseline,
  cases,
  horizonDays: summary.experiment.horizonDays,
  metrics: [
    { id: "cureRate", kind: "proportion", baseline: champion.cureRate, standardDeviation: null, responseRate: 1 },
    { id: "recoveredPerCase", kind: "mean", baseline: row.recoveredMean, standardDeviation: row.recoveredSd, responseRate: 1 },
    { id: "costPerCase", kind: "mean", baseline: row.costMean, standardDeviation: row.costSd, responseRate: 1 },
    { id: "nps", kind: "mean", baseline: row.npsMean, standardDeviation: row.npsSd, responseRate: cases > 0 ? Number(row.respondents) / cases : 0 }
  ]
}));
