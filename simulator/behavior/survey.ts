/**
 * The NPS survey: a share of debtors answers "How likely are you to recommend …" on a
 * 0–10 scale when the case closes, or at the horizon for open cases. The score follows
 * the debtor's trust and experience (tone, pressure, plans, complaints, court letters).
 */

import type { Simulation } from "../engine/simulation.js";
import { P } from "../random/purposes.js";
import { normal, uniform } from "../random/counterRandom.js";
import { EVENT_TYPES } from "../population/codes.js";

const SURVEY = EVENT_TYPES.indexOf("survey");

/** Survey the debtor once; non-respondents keep the score -1. */
export function recordSurvey(sim: Simulation, debtor: number, day: number): void {
  const hidden = sim.state.hidden;
  if (hidden.npsScore[debtor] >= 0) return;
  const nps = sim.parameters.nps;
  // the response draw is addressed by debtor only, so the same debtors answer in every arm
  if (uniform(sim.seed, debtor, 0, P.survey) >= nps.responseRate) return;
  const mean = nps.base + nps.trustWeight * (hidden.trust[debtor] - 0.5) + hidden.experience[debtor];
  const score = Math.round(mean + nps.noise * normal(sim.seed, debtor, 0, P.surveyScore));
  hidden.npsScore[debtor] = Math.min(10, Math.max(0, score));
  sim.log.add(debtor, day, SURVEY, -1, -1, -1, -1, hidden.npsScore[debtor], 0);
}
