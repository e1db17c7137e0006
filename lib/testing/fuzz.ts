import { appendFileSync } from "node:fs";
import fc from "fast-check";

// Shared by the property tests of `npm run test:fuzz` (*.fuzz.ts): hostile
// inputs, and a runner that counts every generated input so scripts/fuzz.mjs
// can report the total in bench-results/fuzz.json.

const oneMegabyte = 1024 * 1024;

// Characters that break naive text handling: right-to-left and bidi
// overrides, zero-width and joiners, controls, a lone surrogate, emoji with
// modifiers and flags, combining marks, Swedish letters.
export const trickyPieces = [
  "مرحبا بالعالم",
  "שלום עולם",
  "\u202Eevil\u202C",
  "\u2067rtl\u2069",
  "\u200B",
  "\u200C\u200D",
  "\uFEFF",
  "\u0000",
  "\u0007\u0008\u001B[31m",
  "\r\n\t",
  "\u2028\u2029",
  "\uD800",
  "\uDFFF",
  "👩‍⚕️",
  "🇸🇪",
  "👍🏽",
  "🚀",
  "e\u0301\u0301\u0301",
  "Z̸̢̛̛̛̜̝̞̟",
  "åäöÅÄÖ",
  "<script>alert(1)</script>",
  "'; DROP TABLE Draft; --",
  "{{page}}",
  "%s%n",
  "__proto__",
  "constructor",
] as const;

const longWord = fc.integer({ min: 100, max: 3000 }).map((n) => "ö".repeat(n));

// Text of every kind the browser (or an attacker) can send.
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .array(
        fc.oneof(
          fc.constantFrom(...trickyPieces),
          fc.constantFrom("a", " ", "ö", "Krav"),
          fc.string({ unit: "grapheme", maxLength: 4 }),
          fc.string({ unit: "binary", maxLength: 4 }),
        ),
        { maxLength: 20 },
      )
      .map((pieces) => pieces.join("")),
  },
  { weight: 1, arbitrary: longWord },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "   \t\n  ", "0", "-1", "NaN", "1e309", "true", "null") },
);

// Rarely: a 1 MB string (one shared instance, so the cost is the schema's).
const huge = "ä".repeat(oneMegabyte / 2) + "x".repeat(oneMegabyte / 2);
export const hugeString = fc.constantFrom(huge, trickyPieces.join("").repeat(Math.ceil(oneMegabyte / 200)));

export function deeplyNested(depth: number): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i += 1) value = i % 2 ? [value] : { answers: value, a: value === null ? 1 : undefined };
  return value;
}

export const hostileNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -0, -1, 1, 2 ** 31, 2 ** 53 + 1, Number.MAX_VALUE, Number.NaN, Infinity, -Infinity),
);

// Any JSON-ish value, with hostile leaves, occasionally huge or very deep.
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.letrec((tie) => ({
      leaf: fc.oneof(hostileString, hostileNumber, fc.boolean(), fc.constant(null), fc.constant(undefined)),
      node: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        tie("leaf"),
        fc.array(tie("node"), { maxLength: 4 }),
        fc.dictionary(
          fc.oneof(hostileString, fc.constantFrom("answers", "title", "text", "level", "__proto__")),
          tie("node"),
          { maxKeys: 4 },
        ),
      ),
    })).node,
  },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 5000 }).map(deeplyNested) },
);

// An object shaped like `valid` with some fields replaced by hostile values,
// so a schema is probed past its first field.
export function mutatedObject(valid: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(valid);
  return fc
    .record({
      replace: fc.subarray(keys),
      values: fc.array(hostileValue, { minLength: keys.length, maxLength: keys.length }),
      extra: fc.dictionary(hostileString, hostileValue, { maxKeys: 2 }),
      drop: fc.subarray(keys, { maxLength: Math.min(2, keys.length) }),
    })
    .map(({ replace, values, extra, drop }) => {
      const out: Record<string, unknown> = { ...extra, ...valid };
      replace.forEach((key, i) => (out[key] = values[i]));
      for (const key of drop) delete out[key];
      return out;
    });
}

function recorder(name: string) {
  let runs = 0;
  return {
    count: () => (runs += 1),
    record: () => {
      if (process.env.FUZZ_COUNTS) appendFileSync(process.env.FUZZ_COUNTS, `${JSON.stringify({ name, runs })}\n`);
    },
  };
}

// fc.assert that also counts the inputs it generated (FUZZ_COUNTS names the
// file scripts/fuzz.mjs sums). Every generated input must pass `check`.
export function fuzz<T>(name: string, arbitrary: fc.Arbitrary<T>, check: (value: T) => void, numRuns: number): void {
  const counter = recorder(name);
  try {
    fc.assert(
      fc.property(arbitrary, (value) => {
        counter.count();
        check(value);
      }),
      { numRuns, endOnFailure: true },
    );
  } finally {
    counter.record();
  }
}

export async function fuzzAsync<T>(
  name: string,
  arbitrary: fc.Arbitrary<T>,
  check: (value: T) => Promise<void>,
  numRuns: number,
): Promise<void> {
  const counter = recorder(name);
  try {
    await fc.assert(
      fc.asyncProperty(arbitrary, async (value) => {
        counter.count();
        await check(value);
      }),
      { numRuns, endOnFailure: true },
    );
  } finally {
    counter.record();
  }
}
