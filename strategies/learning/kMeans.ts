/**
 * k-means clustering by Lloyd's algorithm with k-means++ seeding (Arthur & Vassilvitskii
 * 2007, "k-means++: the advantages of careful seeding", SODA). Deterministic for a given
 * random stream: ties go to the lower cluster index.
 */

import type { RandomStream } from "../../simulator/random/seededStream.js";

export interface KMeansFit {
  /** Cluster centres, one row per cluster. */
  centroids: number[][];
  /** Cluster index per point. */
  assignment: Int32Array;
  /** Sum of squared distances of the points to their centres. */
  withinSumOfSquares: number;
  iterations: number;
}

function squaredDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let total = 0;
  for (let j = 0; j < a.length; j++) {
    const difference = a[j] - b[j];
    total += difference * difference;
  }
  return total;
}

/** Return the index of the nearest centroid to a point. */
export function nearestCentroid(centroids: readonly (readonly number[])[], point: ArrayLike<number>): number {
  let best = 0;
  let bestDistance = Infinity;
  for (let c = 0; c < centroids.length; c++) {
    const distance = squaredDistance(centroids[c], point);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = c;
    }
  }
  return best;
}

/**
 * Cluster points into k groups.
 *
 * @throws {Error} when k is not an integer in 1 … number of points.
 */
export function kMeans(points: readonly ArrayLike<number>[], k: number, random: RandomStream, maxIterations = 100): KMeansFit {
  if (!Number.isInteger(k) || k < 1 || k > points.length) {
    throw new Error(`kMeans: k must be an integer from 1 to the number of points (${points.length}), got ${k}.`);
  }

  // k-means++: each further centre is drawn with probability proportional to D(x)²
  const centroids: number[][] = [Array.from(points[Math.floor(random() * points.length)])];
  const nearest = points.map((point) => squaredDistance(point, centroids[0]));
  while (centroids.length < k) {
    const total = nearest.reduce((sum, value) => sum + value, 0);
    let chosen = 0;
    if (total > 0) {
      let target = random() * total;
      for (chosen = 0; chosen < points.length - 1; chosen++) {
        target -= nearest[chosen];
        if (target < 0) break;
      }
    }
    centroids.push(Array.from(points[chosen]));
    for (let i = 0; i < points.length; i++) nearest[i] = Math.min(nearest[i], squaredDistance(points[i], centroids[centroids.length - 1]));
  }

  // Lloyd iterations until no point changes its cluster
  const assignment = new Int32Array(points.length).fill(-1);
  const d = points[0].length;
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    let changed = false;
    for (let i = 0; i < points.length; i++) {
      const cluster = nearestCentroid(centroids, points[i]);
      if (cluster !== assignment[i]) {
        assignment[i] = cluster;
        changed = true;
      }
    }
    if (!changed) break;
    const sums = Array.from({ length: k }, () => new Array<number>(d).fill(0));
    const counts = new Array<number>(k).fill(0);
    for (let i = 0; i < points.length; i++) {
      counts[assignment[i]]++;
      for (let j = 0; j < d; j++) sums[assignment[i]][j] += points[i][j];
    }
    // an empty cluster keeps its centre
    for (let c = 0; c < k; c++) {
      if (counts[c] > 0) centroids[c] = sums[c].map((value) => value / counts[c]);
    }
  }

  let withinSumOfSquares = 0;
  for (let i = 0; i < points.length; i++) withinSumOfSquares += squaredDistance(points[i], centroids[assignment[i]]);
  return { centroids, assignment, withinSumOfSquares, iterations };
}
