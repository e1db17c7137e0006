// Bör-krav weights are shares of the evaluation and must sum to 100 % (the
// weightSum rule of lib/review/lint.ts). Catalog weights are relative: they
// say how much one criterion matters against another, not a share of a
// whole, so they are turned into shares of the draft's actual set here.

export const weightTotal = 100;

// Scales the weights to sum to exactly 100, keeping their ratios as closely
// as whole percent allow (largest-remainder rounding; ties go to the earlier
// row, so the result is deterministic). A missing weight counts as the mean
// of the given ones; every row keeps at least 1 %, the schema's minimum.
// With more rows than percent the sum cannot be 100: every row gets 1.
export function distributeWeights(weights: readonly (number | null | undefined)[]): number[] {
  const count = weights.length;
  if (count === 0) return [];
  if (count >= weightTotal) return weights.map(() => 1);
  const given = weights.filter((weight): weight is number => typeof weight === "number" && weight > 0);
  const mean = given.length === 0 ? 1 : given.reduce((sum, weight) => sum + weight, 0) / given.length;
  const relative = weights.map((weight) => (typeof weight === "number" && weight > 0 ? weight : mean));
  const sum = relative.reduce((total, weight) => total + weight, 0);
  const quotas = relative.map((weight) => (weight * weightTotal) / sum);
  const shares = quotas.map((quota) => Math.max(1, Math.floor(quota)));
  let left = weightTotal - shares.reduce((total, share) => total + share, 0);
  const byRemainder = quotas
    .map((quota, index) => ({ index, remainder: quota - Math.floor(quota) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let i = 0; left > 0; i = (i + 1) % count, left -= 1) shares[byRemainder[i]!.index]! += 1;
  // Raising tiny quotas to 1 % can overshoot: take it back from the rows
  // that lost least by rounding down, never below 1 %.
  for (let i = byRemainder.length - 1; left < 0; i = (i - 1 + count) % count) {
    const index = byRemainder[i]!.index;
    if (shares[index]! > 1) {
      shares[index]! -= 1;
      left += 1;
    }
  }
  return shares;
}

export type WeightedRow = { id: string; weight: number | null; catalogWeight?: number };

// The weights after accepting a bör suggestion with the given catalog weight:
// the newcomer is placed on the draft's own scale (anchored on the rows that
// came from the catalog and still carry a weight; without such rows it gets
// the mean of the others), then the set is scaled to 100 %. Rows without a
// weight stay without one: the lint names them and the procurer decides.
export function weightsAfterAccept(
  rows: readonly WeightedRow[],
  catalogWeight: number,
): { rows: Map<string, number>; added: number } {
  const weighted = rows.filter((row): row is WeightedRow & { weight: number } => row.weight !== null);
  if (weighted.length === 0) return { rows: new Map(), added: weightTotal };
  const anchored = weighted.filter((row) => row.catalogWeight !== undefined);
  const scale =
    anchored.length > 0
      ? anchored.reduce((sum, row) => sum + row.weight, 0) /
        anchored.reduce((sum, row) => sum + (row.catalogWeight ?? 0), 0)
      : weighted.reduce((sum, row) => sum + row.weight, 0) / weighted.length / catalogWeight;
  const shares = distributeWeights([...weighted.map((row) => row.weight), catalogWeight * scale]);
  return { rows: new Map(weighted.map((row, index) => [row.id, shares[index]!])), added: shares[weighted.length]! };
}
