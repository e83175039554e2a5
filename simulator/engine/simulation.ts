/**
 * The shared context of one arm's run: population, case state, parameters, calendar,
 * event log and daily cashflow. Behaviour functions take it as their first argument.
 */

import type { ContactCalendar } from "../compliance/contactCalendar.js";
import { ComplianceGuard } from "../compliance/guard.js";
import type { ComplianceConfig } from "../compliance/presets.js";
import type { ModelParameters } from "../params/modelParameters.js";
import type { Population } from "../population/population.js";
import type { CaseState } from "./caseState.js";
import { EventLog } from "./eventLog.js";
import type { Strategy } from "./strategyApi.js";

export interface Simulation {
  seed: number;
  population: Population;
  state: CaseState;
  parameters: ModelParameters;
  calendar: ContactCalendar;
  horizonDays: number;
  /** Experiment start date, YYYY-MM-DD; fee tables are chosen by it. */
  startDate: string;
  log: EventLog;
  strategy: Strategy;
  /** The compliance guard every proposed action passes. */
  guard: ComplianceGuard;
  /** Day of the month per day index. */
  dayOfMonth: Uint8Array;
  /** Month number since the start per day index. */
  monthIndex: Int16Array;
  /** Day index of the next month's turn (payday) at or after each day. */
  nextPayday: Int16Array;
  /** Share of the month's free cash still available on each day. */
  cashCurve: Float64Array;
  /** decay^k for k = 0 … horizon, for attention and pressure. */
  alertDecay: Float64Array;
  pressureDecay: Float64Array;
  /** € principal received per day. */
  receivedByDay: Float64Array;
  /** € of costs per day. */
  costByDay: Float64Array;
}

/** Build the calendar tables of a run (paydays at the month's turn). */
export function buildCalendarTables(startDate: string, horizonDays: number, endOfMonthCash: number) {
  const start = Date.parse(`${startDate}T00:00:00Z`);
  const dayOfMonth = new Uint8Array(horizonDays + 1);
  const monthIndex = new Int16Array(horizonDays + 1);
  const cashCurve = new Float64Array(horizonDays + 1);
  const nextPayday = new Int16Array(horizonDays + 1);
  const startDateValue = new Date(start);
  const startMonth = startDateValue.getUTCFullYear() * 12 + startDateValue.getUTCMonth();
  for (let day = 0; day <= horizonDays; day++) {
    const date = new Date(start + day * 86_400_000);
    const dom = date.getUTCDate();
    const daysInMonth = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
    dayOfMonth[day] = dom;
    monthIndex[day] = date.getUTCFullYear() * 12 + date.getUTCMonth() - startMonth;
    // free cash is highest right after payday and falls to `endOfMonthCash` before the next one
    cashCurve[day] = endOfMonthCash + (1 - endOfMonthCash) * (1 - (dom - 1) / daysInMonth);
  }
  let payday = horizonDays + 31;
  for (let day = horizonDays; day >= 0; day--) {
    if (dayOfMonth[day] === 1) payday = day;
    nextPayday[day] = Math.min(payday, 32767);
  }
  return { dayOfMonth, monthIndex, cashCurve, nextPayday };
}

/** Table of decay^k for k = 0 … length − 1. */
export function decayTable(decayPerDay: number, length: number): Float64Array {
  const table = new Float64Array(length);
  let value = 1;
  for (let k = 0; k < length; k++) {
    table[k] = value;
    value *= decayPerDay;
  }
  return table;
}

export interface SimulationSetup {
  seed: number;
  horizonDays: number;
  /** Experiment start date, YYYY-MM-DD. */
  startDate: string;
  compliance: ComplianceConfig;
  parameters: ModelParameters;
  population: Population;
  state: CaseState;
  calendar: ContactCalendar;
  strategy: Strategy;
  recordEvents: boolean;
}

/** Build the context of one arm's run: a fresh guard, event log, calendar tables and cashflow. */
export function createSimulation(setup: SimulationSetup): Simulation {
  const { parameters, population, calendar, horizonDays } = setup;
  const tables = buildCalendarTables(setup.startDate, horizonDays, parameters.liquidity.endOfMonthCash);
  const guard = new ComplianceGuard({
    preset: setup.compliance,
    size: population.size,
    calendar,
    state: population.observable.state,
    horizonDays
  });
  return {
    seed: setup.seed,
    population,
    state: setup.state,
    parameters,
    calendar,
    horizonDays,
    startDate: setup.startDate,
    log: new EventLog(setup.recordEvents),
    strategy: setup.strategy,
    guard,
    dayOfMonth: tables.dayOfMonth,
    monthIndex: tables.monthIndex,
    nextPayday: tables.nextPayday,
    cashCurve: tables.cashCurve,
    alertDecay: decayTable(parameters.response.alertDecayPerDay, horizonDays + 1),
    pressureDecay: decayTable(Math.exp(-1 / parameters.response.pressureWindow), horizonDays + 1),
    receivedByDay: new Float64Array(horizonDays),
    costByDay: new Float64Array(horizonDays)
  };
}
