/**
 * `inkasso-lab bench` (`npm run bench`): simulate one arm with a large population and
 * print debtor-days per second and peak memory. Figures are medians over repetitions;
 * machines are shared and noisy, so compare medians and ratios, never single runs.
 */

import { translator } from "../../i18n/catalogue.js";
import { formatNumber, type Language } from "../../i18n/locale.js";
import { createContactCalendar } from "../../compliance/contactCalendar.js";
import { compliancePreset } from "../../compliance/presets.js";
import { createCaseState } from "../../engine/caseState.js";
import { runArm } from "../../experiment/runExperiment.js";
import { compileParameters, parameterDefinitions } from "../../params/modelParameters.js";
import { resolveParameters } from "../../params/parameter.js";
import { generatePopulation } from "../../population/generatePopulation.js";
import { strategyFactory } from "../../../strategies/index.js";

export interface BenchOptions {
  population: number;
  horizonDays: number;
  repeat: number;
  strategy: string;
  language: Language;
}

const START_DATE = "2026-03-02";
const SEED = 20260302;

export async function benchCommand(options: BenchOptions): Promise<void> {
  const t = translator(options.language);
  const number = (value: number, digits = 0) => formatNumber(value, options.language, digits);
  const factory = strategyFactory(options.strategy);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(t("bench.header", { population: number(options.population), horizon: options.horizonDays, strategy: options.strategy, repeat: options.repeat }));

  const parameters = compileParameters(resolveParameters(parameterDefinitions));
  const generationStart = performance.now();
  const population = generatePopulation(parameters, { size: options.population, seed: SEED, horizonDays: options.horizonDays });
  out(t("bench.population", { seconds: number((performance.now() - generationStart) / 1000, 2) }));
  const calendar = createContactCalendar(START_DATE, options.horizonDays);
  const members = Int32Array.from({ length: population.size }, (_, i) => i);
  const config = { seed: SEED, horizonDays: options.horizonDays, startDate: START_DATE, compliance: compliancePreset("DE") };

  const seconds: number[] = [];
  for (let round = 1; round <= options.repeat; round++) {
    // a fresh case state per round, so every round simulates the same work
    const state = createCaseState(population);
    globalThis.gc?.();
    const start = performance.now();
    runArm({ config, parameters, population, state, calendar, members, strategy: factory({}), armId: "bench", recordEvents: false });
    const elapsed = (performance.now() - start) / 1000;
    seconds.push(elapsed);
    const memory = process.memoryUsage();
    out(t("bench.round", {
      round,
      seconds: number(elapsed, 2),
      rate: number((population.size * options.horizonDays) / elapsed),
      heap: number(memory.heapUsed / 1e6),
      rss: number(memory.rss / 1e6)
    }));
  }
  const median = seconds.slice().sort((a, b) => a - b)[Math.floor(seconds.length / 2)];
  // maxRSS is reported in kilobytes
  const peakRss = process.resourceUsage().maxRSS / 1000;
  out(t("bench.result", { seconds: number(median, 2), rate: number((population.size * options.horizonDays) / median), rss: number(peakRss) }));
}
