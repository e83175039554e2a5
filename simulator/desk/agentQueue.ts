/**
 * A first-come-first-served queue in front of `agents` human agents, with abandonment:
 * each request arrives at a time, needs a handling time and waits at most its patience.
 *
 * Because service is in arrival order, the start of each request follows from the times
 * the agents become free (a Lindley-type recursion for c servers): start = max(arrival,
 * earliest free agent). A request whose wait would exceed its patience, or whose start
 * falls after closing time, abandons and takes no agent time.
 */

export interface QueueResult {
  /** Seconds waited per request (until answer or abandonment). */
  wait: Float64Array;
  /** 1 when the request abandoned. */
  abandoned: Uint8Array;
}

/**
 * Serve requests given in arrival order. All times are in seconds from opening.
 *
 * @param patience seconds each request waits at most (Infinity: never abandons).
 * @param closing no request is answered after this time.
 */
export function serveQueue(arrival: ArrayLike<number>, handling: ArrayLike<number>, patience: ArrayLike<number>, agents: number, closing = Infinity): QueueResult {
  const count = arrival.length;
  const wait = new Float64Array(count);
  const abandoned = new Uint8Array(count);
  const freeAt = new Float64Array(Math.max(0, agents));

  for (let r = 0; r < count; r++) {
    // the agent who becomes free first
    let agent = -1;
    for (let a = 0; a < freeAt.length; a++) if (agent < 0 || freeAt[a] < freeAt[agent]) agent = a;
    const start = agent < 0 ? Infinity : Math.max(arrival[r], freeAt[agent]);
    const waited = start - arrival[r];
    if (waited > patience[r] || start >= closing) {
      abandoned[r] = 1;
      wait[r] = Math.min(patience[r], closing - arrival[r]);
      continue;
    }
    wait[r] = waited;
    freeAt[agent] = start + handling[r];
  }
  return { wait, abandoned };
}
