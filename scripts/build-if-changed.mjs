// Part of `npm start`: runs `next build` only when the sources changed since
// the build this script last made, so a restart after a crash serves again in
// seconds instead of rebuilding. The stamp names the BUILD_ID it belongs to,
// so any other build in between (npm run build, a test build) forces a build.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { sourceHash } from "./source-hash.mjs";

const stampFile = ".next/kravlots-build-stamp.json";
const buildIdFile = ".next/BUILD_ID";

function currentStamp() {
  if (!existsSync(stampFile) || !existsSync(buildIdFile)) return null;
  try {
    return JSON.parse(readFileSync(stampFile, "utf8"));
  } catch {
    return null;
  }
}

const hash = sourceHash();
const stamp = currentStamp();
if (stamp && stamp.hash === hash && stamp.buildId === readFileSync(buildIdFile, "utf8").trim()) {
  console.log("build: sources unchanged since the last build; using it");
  process.exit(0);
}
console.log(
  stamp ? "build: sources changed since the last build; building" : "build: no build of these sources yet; building",
);
const result = spawnSync("node_modules/.bin/next", ["build"], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(stampFile, `${JSON.stringify({ hash, buildId: readFileSync(buildIdFile, "utf8").trim() })}\n`);
