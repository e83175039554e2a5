/**
 * The Erlang C formula of the M/M/c queue (Poisson arrivals, exponential handling times,
 * c agents, first come first served, no abandonment): the probability that a request
 * must wait, its mean wait, and the agents needed for a service level. Formulas as in
 * Gross, Shortle, Thompson & Harris, "Fundamentals of Queueing Theory" (4th ed., 2008),
 * section 2.3; the probability is computed through the Erlang B recursion
 * B(k) = A·B(k−1) / (k + A·B(k−1)), C = c·B / (c − A·(1 − B)), which avoids factorials.
 */

/**
 * Probability that a request waits, for `agents` agents and an offered load of
 * `load` = arrival rate × mean handling time (Erlangs).
 *
 * @returns 1 when the load is at or above the number of agents (the queue grows without bound).
 * @throws {RangeError} when agents is not a positive integer or the load is negative.
 * @example erlangCWaitProbability(10, 8) // 0.4092
 */
export function erlangCWaitProbability(agents: number, load: number): number {
  if (!Number.isInteger(agents) || agents < 1) throw new RangeError(`erlangCWaitProbability: agents must be a positive integer, got ${agents}.`);
  if (!(load >= 0)) throw new RangeError(`erlangCWaitProbability: the offered load must be 0 or more Erlangs, got ${load}.`);
  if (load >= agents) return 1;
  let blocking = 1;
  for (let k = 1; k <= agents; k++) blocking = (load * blocking) / (k + load * blocking);
  return (agents * blocking) / (agents - load * (1 - blocking));
}

/**
 * Mean wait of all requests (those served at once count as 0), in the unit of the
 * handling time: C / (c/h − λ) with h the mean handling time.
 *
 * @returns Infinity when the load is at or above the number of agents.
 */
export function erlangCMeanWait(agents: number, arrivalRate: number, meanHandleTime: number): number {
  const load = arrivalRate * meanHandleTime;
  if (load >= agents) return Infinity;
  return erlangCWaitProbability(agents, load) / (agents / meanHandleTime - arrivalRate);
}

/** Share of requests answered within `target` (same time unit): 1 − C·e^{−(c/h − λ)·target}. */
export function erlangCServiceLevel(agents: number, arrivalRate: number, meanHandleTime: number, target: number): number {
  const load = arrivalRate * meanHandleTime;
  if (load >= agents) return 0;
  return 1 - erlangCWaitProbability(agents, load) * Math.exp(-(agents / meanHandleTime - arrivalRate) * target);
}

/**
 * Return the fewest agents that answer at least `share` of requests within `target`.
 *
 * @returns 0 when no requests arrive.
 * @example agentsForServiceLevel(100 / 3600, 300, 0.8, 20) // 12 agents for 100 calls an hour of 5 minutes, 80 % in 20 s
 */
export function agentsForServiceLevel(arrivalRate: number, meanHandleTime: number, share: number, target: number): number {
  if (!(arrivalRate >= 0) || !(meanHandleTime > 0)) {
    throw new RangeError(`agentsForServiceLevel: needs an arrival rate ≥ 0 and a handling time > 0, got ${arrivalRate} and ${meanHandleTime}.`);
  }
  if (!(share > 0 && share < 1)) throw new RangeError(`agentsForServiceLevel: the service-level share must lie between 0 and 1, got ${share}.`);
  if (arrivalRate === 0) return 0;
  let agents = Math.max(1, Math.floor(arrivalRate * meanHandleTime) + 1);
  while (erlangCServiceLevel(agents, arrivalRate, meanHandleTime, target) < share) agents++;
  return agents;
}
