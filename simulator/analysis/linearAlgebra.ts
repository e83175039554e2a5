/**
 * Small dense linear algebra for the statistics in this folder: the log-rank test's
 * (k − 1)-square covariance matrix and the normal equations of a regression with a few
 * covariates. Matrices are arrays of rows.
 */

/**
 * Invert a square matrix by Gauss–Jordan elimination with partial pivoting.
 *
 * @throws {RangeError} if the matrix is singular, i.e. a pivot is smaller than 1e-12 times
 *   the largest entry, which happens when a covariate is constant or repeats another one
 */
export function invertMatrix(matrix: readonly (readonly number[])[], statistic: string): number[][] {
  const size = matrix.length;
  const scale = Math.max(...matrix.map((row) => Math.max(...row.map(Math.abs))));
  const work = matrix.map((row, i) => [...row, ...Array.from({ length: size }, (_, j) => (i === j ? 1 : 0))]);

  for (let column = 0; column < size; column++) {
    // Pick the row with the largest entry in this column to keep rounding errors small.
    let pivotRow = column;
    for (let row = column + 1; row < size; row++) {
      if (Math.abs(work[row][column]) > Math.abs(work[pivotRow][column])) pivotRow = row;
    }
    if (!(Math.abs(work[pivotRow][column]) > 1e-12 * scale)) {
      throw new RangeError(`${statistic}: the matrix is singular, so the estimate is undefined. Remove constant or repeated covariates.`);
    }
    [work[column], work[pivotRow]] = [work[pivotRow], work[column]];

    // Scale the pivot row to 1 and clear the column in every other row.
    const pivot = work[column][column];
    for (let j = 0; j < 2 * size; j++) work[column][j] /= pivot;
    for (let row = 0; row < size; row++) {
      if (row === column) continue;
      const factor = work[row][column];
      if (factor === 0) continue;
      for (let j = 0; j < 2 * size; j++) work[row][j] -= factor * work[column][j];
    }
  }
  return work.map((row) => row.slice(size));
}

/** Multiply a matrix by a vector. */
export function multiplyMatrixVector(matrix: readonly (readonly number[])[], vector: readonly number[]): number[] {
  return matrix.map((row) => row.reduce((sum, value, j) => sum + value * vector[j], 0));
}
