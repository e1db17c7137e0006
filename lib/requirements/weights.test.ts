import { describe, expect, it } from "vitest";
import { distributeWeights, weightsAfterAccept } from "@/lib/requirements/weights";

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe("distributeWeights", () => {
  it("scales to exactly 100 and keeps exact ratios", () => {
    // 115 in all: 26.09, 26.09, 17.39, 17.39, 13.04 → the one leftover percent to the first 17.39.
    expect(distributeWeights([30, 30, 20, 20, 15])).toEqual([26, 26, 18, 17, 13]);
    expect(distributeWeights([10, 30])).toEqual([25, 75]);
    expect(distributeWeights([50, 50])).toEqual([50, 50]);
  });

  it("gives leftover percent to the largest remainders, ties to the earlier row", () => {
    expect(distributeWeights([1, 1, 1])).toEqual([34, 33, 33]);
    // 33.33, 16.67, 16.67, 33.33: the two leftovers go to the .67 rows.
    expect(distributeWeights([2, 1, 1, 2])).toEqual([33, 17, 17, 33]);
  });

  it("counts a missing weight as the mean of the given ones", () => {
    // The missing one counts as 30: 22.2, 33.3, 44.4.
    expect(distributeWeights([20, null, 40])).toEqual([22, 33, 45]);
    expect(distributeWeights([null, undefined])).toEqual([50, 50]);
  });

  it("keeps at least 1 % on every row and still sums to 100", () => {
    const shares = distributeWeights([1, 1000, 1000]);
    expect(shares[0]).toBe(1);
    expect(sum(shares)).toBe(100);
    for (const count of [1, 3, 7, 33, 99])
      expect(sum(distributeWeights(Array.from({ length: count }, (_, i) => (i % 5) + 1)))).toBe(100);
  });

  it("handles the empty set and sets larger than 100 rows", () => {
    expect(distributeWeights([])).toEqual([]);
    expect(distributeWeights(Array.from({ length: 120 }, () => 5))).toEqual(Array.from({ length: 120 }, () => 1));
  });
});

describe("weightsAfterAccept", () => {
  it("gives the first bör-krav all of the evaluation", () => {
    expect(weightsAfterAccept([], 30)).toEqual({ rows: new Map(), added: 100 });
  });

  it("places the newcomer by catalog weight against the catalog rows and keeps 100 %", () => {
    const result = weightsAfterAccept([{ id: "a", weight: 100, catalogWeight: 30 }], 10);
    expect(result).toEqual({ rows: new Map([["a", 75]]), added: 25 });
    const three = weightsAfterAccept(
      [
        { id: "a", weight: 75, catalogWeight: 30 },
        { id: "b", weight: 25, catalogWeight: 10 },
      ],
      20,
    );
    expect(three).toEqual({
      rows: new Map([
        ["a", 50],
        ["b", 17],
      ]),
      added: 33,
    });
  });

  it("keeps the procurer's own ratios and gives the newcomer the mean without a catalog anchor", () => {
    const result = weightsAfterAccept(
      [
        { id: "a", weight: 60 },
        { id: "b", weight: 40 },
        { id: "c", weight: null },
      ],
      30,
    );
    expect(result).toEqual({
      rows: new Map([
        ["a", 40],
        ["b", 27],
      ]),
      added: 33,
    });
    expect(result.rows.has("c")).toBe(false);
  });
});
