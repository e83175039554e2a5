/**
 * Run an experiment: generate the population, assign debtors to arms, and run every
 * arm's strategy through the engine over the horizon.
 *
 * All arms share one population and one case-state store, because each debtor belongs to
 * one arm. Each arm has its own strategy, compliance guard, event log and cashflow.
 */

import type { GuardCounts } from "../compliance/guard.js";
import { createContactCalendar, type ContactCalendar } from "../compliance/contactCalendar.js";
import { createCaseState, type CaseState } from "../engine/caseState.js";
import type { EventLog } from "../engine/eventLog.js";
import { simulateArm } from "../engine/simulateArm.js";
import type { ProtectedView } from "../engine/strategyApi.js";
import { buildProtectedView } from "../fairness/protectedView.js";
import { createSimulation } from "../engine/simulation.js";
import { compileParameters, parameterDefinitions, type ModelParameters } from "../params/modelParameters.js";
import { resolveParameters, type ParameterValues } from "../params/parameter.js";
import { generatePopulation } from "../population/generatePopulation.js";
import type { Population } from "../population/population.js";
import { deriveSeed } from "../random/counterRandom.js";
import { createStream } from "../random/seededStream.js";
import type { Table } from "../io/table.js";
import { InboundDesk, type DeskSummary } from "../desk/inboundDesk.js";
import { strategyFactory } from "../../strategies/index.js";
import { armMembers, assignArmsByDesign } from "./assignArms.js";
import type { ExperimentConfig } from "./config.js";
import { loadParameterSet } from "./parameterSet.js";

export interface ArmRun {
  id: string;
  index: number;
  members: Int32Array;
  log: EventLog;
  receivedByDay: Float64Array;
  costByDay: Float64Array;
  guardCounts: GuardCounts;
  /** Final report of a learning strategy, else undefined. */
  learned: unknown;
  /** Decision log of a learning strategy (one row per decision with its explanation), else undefined. */
  decisions: Table | undefined;
  /** Figures of the arm's inbound service desk, when the experiment configures one. */
  desk: DeskSummary | undefined;
  strategyReads: readonly string[];
}

export interface ExperimentRun {
  config: ExperimentConfig;
  parameterValues: ParameterValues;
  parameters: ModelParameters;
  population: Population;
  state: CaseState;
  calendar: ContactCalendar;
  /** Arm index per debtor. */
  assignment: Uint8Array;
  arms: ArmRun[];
}

export interface RunProgress {
  /** Called with a message key and its parameters; the caller translates. */
  (key: string, params?: Record<string, string | number>): void;
}

/** Resolve the parameter values of a config: defaults, then the parameter set, then the config's own overrides. */
export async function resolveConfigParameters(config: ExperimentConfig): Promise<ParameterValues> {
  const set = await loadParameterSet(config.parameterSet);
  return resolveParameters(parameterDefinitions, { ...set.values, ...config.parameters });
}

export async function runExperiment(config: ExperimentConfig, progress: RunProgress = () => {}): Promise<ExperimentRun> {
  const parameterValues = await resolveConfigParameters(config);
  const parameters = compileParameters(parameterValues);
  const factories = config.arms.map((arm) => strategyFactory(arm.strategy));

  progress("progress.population", { size: config.population });
  const population = generatePopulation(parameters, { size: config.population, seed: config.seed, horizonDays: config.horizonDays });
  const state = createCaseState(population);
  const calendar = createContactCalendar(config.startDate, config.horizonDays);
  const assignment = assignArmsByDesign(population, config.arms.map((arm) => arm.weight), config.seed, config.assignment);
  const members = armMembers(assignment, config.arms.length);

  const arms: ArmRun[] = [];
  for (let index = 0; index < config.arms.length; index++) {
    const armConfig = config.arms[index];
    const strategy = factories[index](armConfig.options);
    const result = runArm({
      config,
      parameters,
      population,
      state,
      calendar,
      members: members[index],
      strategy,
      armId: armConfig.id,
      recordEvents: config.recordEvents,
      protectedView: buildProtectedView(population, armConfig.allowProtected, armConfig.id),
      onDay: (day) => {
        if (day % 30 === 29 || day === config.horizonDays - 1) {
          progress("progress.arm", { arm: armConfig.id, day: day + 1, horizon: config.horizonDays });
        }
      }
    });
    arms.push({ ...result, id: armConfig.id, index, members: members[index], strategyReads: strategy.reads });
  }
  return { config, parameterValues, parameters, population, state, calendar, assignment, arms };
}

export interface RunArmInput {
  config: Pick<ExperimentConfig, "seed" | "horizonDays" | "startDate" | "compliance" | "desk">;
  parameters: ModelParameters;
  population: Population;
  state: CaseState;
  calendar: ContactCalendar;
  members: Int32Array;
  strategy: ReturnType<ReturnType<typeof strategyFactory>>;
  armId: string;
  recordEvents: boolean;
  /** Protected attributes the strategy may read; undefined when the arm config allows none. */
  protectedView?: ProtectedView;
  onDay?: (day: number) => void;
}

/** Run one arm on its members; used by experiments and by the benchmark. */
export function runArm(input: RunArmInput): Omit<ArmRun, "id" | "index" | "members" | "strategyReads"> {
  const { config, parameters, population, state, calendar, strategy } = input;
  const sim = createSimulation({
    seed: config.seed,
    horizonDays: config.horizonDays,
    startDate: config.startDate,
    compliance: config.compliance,
    parameters,
    population,
    state,
    calendar,
    strategy,
    recordEvents: input.recordEvents
  });
  const { guard, log } = sim;
  if (config.compliance.preset === "UK") {
    // the UK preset routes vulnerable debtors to a separate path, so the guard must know them
    const vulnerability = population.protected.vulnerability;
    for (const debtor of input.members) {
      if (vulnerability[debtor] !== 0) guard.setVulnerable(debtor, vulnerability[debtor]);
    }
  }
  const desk = config.desk === undefined ? undefined : new InboundDesk(config.desk, config.seed, input.armId);
  simulateArm(sim, {
    desk,
    members: input.members,
    random: createStream(deriveSeed(config.seed, input.armId), "strategy"),
    protectedView: input.protectedView,
    onDay: input.onDay
  });
  return {
    log,
    receivedByDay: sim.receivedByDay,
    costByDay: sim.costByDay,
    guardCounts: guard.counts(),
    learned: strategy.finish?.(),
    decisions: strategy.decisions?.(),
    desk: desk?.summary()
  };
}
