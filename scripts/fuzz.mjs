// npm run test:fuzz: the property tests (*.fuzz.ts, fast-check) and then a
// black-box pass against the built server (scripts/fuzz-server.ts). Writes
// bench-results/fuzz.json {"inputs", "failures", "serverRequests", "server5xx"}
// and fails unless failures and server5xx are both 0.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";

const port = process.env.FUZZ_PORT ?? "3107";
const base = `http://localhost:${port}`;
const dbFile = "data/fuzz.db";
const countsFile = "bench-results/fuzz-counts.ndjson";
mkdirSync("bench-results", { recursive: true });
rmSync(countsFile, { force: true });
const started = Date.now();

// 1. Properties. Each fuzz() call appends how many inputs it generated.
const vitest = spawnSync(
  "node_modules/.bin/vitest",
  ["run", "--reporter=default", "--reporter=json", "--outputFile=bench-results/fuzz-vitest.json"],
  {
    stdio: "inherit",
    env: { ...process.env, KRAVLOTS_FUZZ: "1", FUZZ_COUNTS: countsFile },
  },
);
const report = existsSync("bench-results/fuzz-vitest.json")
  ? JSON.parse(readFileSync("bench-results/fuzz-vitest.json", "utf8"))
  : null;
const propertyFailures = report ? report.numFailedTests + (report.numFailedTestSuites ?? 0) : 1;
const inputs = existsSync(countsFile)
  ? readFileSync(countsFile, "utf8")
      .trim()
      .split("\n")
      .filter(Boolean)
      .reduce((sum, line) => sum + JSON.parse(line).runs, 0)
  : 0;
if (vitest.status !== 0 && propertyFailures === 0) throw new Error("vitest failed without a report");

// 2. The server, built with the test-only action route (the same build npm run test:e2e makes).
const manifest = ".next/server/app-paths-manifest.json";
const hasTestRoute =
  existsSync(manifest) &&
  Object.keys(JSON.parse(readFileSync(manifest, "utf8"))).some((r) => r.startsWith("/api/test/actions"));
if (!hasTestRoute) {
  execFileSync("node_modules/.bin/next", ["build"], {
    stdio: "inherit",
    env: { ...process.env, KRAVLOTS_TEST_BUILD: "1", NEXT_TELEMETRY_DISABLED: "1" },
  });
}
// The server's JSON log lines go to a file: a finding names the call, the
// log says where it failed.
const serverLog = openSync(dbFile.replace(/\.db$/, "-server.log"), "w");
const server = spawn("node", ["scripts/e2e-server.mjs"], {
  stdio: ["ignore", serverLog, "inherit"],
  env: {
    ...process.env,
    PORT: port,
    E2E_DB_FILE: dbFile,
    KRAVLOTS_TEST_ROUTES: "1",
    // The pass sends many requests from one address and account on purpose.
    AUTH_RATE_LIMIT_IP: "100000",
    AUTH_RATE_LIMIT_ACCOUNT: "100000",
    WRITE_RATE_LIMIT_PER_MINUTE: "100000",
  },
});
let blackBox;
try {
  for (let i = 0; ; i += 1) {
    try {
      if ((await fetch(`${base}/sign-in`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 120) throw new Error("fuzz: the server did not start");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const run = spawnSync("node_modules/.bin/tsx", ["scripts/fuzz-server.ts"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, FUZZ_BASE_URL: base, FUZZ_DB_FILE: dbFile },
    maxBuffer: 16 * 1024 * 1024,
  });
  blackBox = JSON.parse(run.stdout.trim().split("\n").at(-1));
} finally {
  server.kill("SIGTERM");
}

const result = {
  inputs,
  failures: propertyFailures + blackBox.unclear,
  serverRequests: blackBox.serverRequests,
  server5xx: blackBox.server5xx,
};
writeFileSync("bench-results/fuzz.json", `${JSON.stringify(result)}\n`);
console.log(
  `[fuzz] ${JSON.stringify(result)} in ${Math.round((Date.now() - started) / 1000)} s (seed ${blackBox.seed})`,
);
for (const example of blackBox.examples ?? []) console.log(`[fuzz] ${example}`);
process.exit(result.failures === 0 && result.server5xx === 0 ? 0 : 1);
