// npm run bench:lighthouse — Lighthouse (desktop preset) in Debian's Chromium
// against the built app on 127.0.0.1, signed in as a seeded user: the
// dashboard with 50 drafts and a perspective step with 30 requirements.
// Prints the scores and writes bench-results/lighthouse.json. Needs a build
// (npm run build) and /usr/bin/chromium (scripts/ensure-browser.mjs).
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import Database from "better-sqlite3";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import {
  ensureBuild,
  freshDatabase,
  host,
  seedDrafts,
  signUp,
  startServer,
  startValues,
  stopServer,
} from "../scripts/durability-server.mjs";

const port = Number(process.env.BENCH_PORT ?? 3213);
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 1);
const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const file = "data/bench-lighthouse.db";
const origin = `http://${host}:${port}`;

async function put(path, cookie, body) {
  const response = await fetch(`${origin}${path}`, {
    method: "PUT",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`PUT ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

// Start answers through the app's own autosave route (stored exactly as the
// form stores them); requirement rows straight into SQLite, as e2e/support/review-factory.ts.
async function seed(email, cookie) {
  const ids = seedDrafts(file, email, 50);
  for (const [index, id] of ids.entries()) {
    await put(`/api/drafts/${id}/start`, cookie, {
      baseVersion: 1,
      values: startValues(`Upphandling ${index + 1}: e-tjänst för färdtjänst och skolskjuts`),
    });
  }
  const draftId = ids[0];
  const sqlite = new Database(file, { timeout: 5000 });
  const draft = sqlite.prepare(`SELECT createdById, updatedAt FROM "Draft" WHERE id = ?`).get(draftId);
  const insert = sqlite.prepare(
    `INSERT INTO "Requirement" (id, draftId, perspective, number, position, text, level, kravtyp, verifikat, weight, createdById, updatedAt)
     VALUES (?, ?, 'kundnytta', ?, ?, ?, ?, 'KF', ?, NULL, ?, ?)`,
  );
  sqlite.transaction(() => {
    for (let n = 1; n <= 30; n++) {
      insert.run(
        randomUUID(),
        draftId,
        n,
        n,
        `Krav ${n}: Invånaren ska kunna ansöka, följa sitt ärende och få besked digitalt utan att behöva ringa.`,
        n % 3 === 0 ? "bor" : "ska",
        "Leverantören visar funktionen vid en demonstration.",
        draft.createdById,
        draft.updatedAt,
      );
    }
    sqlite.prepare(`UPDATE "Draft" SET nextNumberKn = 31, version = version + 1 WHERE id = ?`).run(draftId);
  })();
  sqlite.close();
  return draftId;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function audit(url, cookie, chrome) {
  const result = await lighthouse(
    url,
    { port: chrome.port, output: "json", logLevel: "error", extraHeaders: { cookie } },
    desktopConfig,
  );
  const { categories, audits, configSettings, runtimeError } = result.lhr;
  // A run Lighthouse could not score (e.g. no paint in time on a loaded machine) has null scores.
  if (categories.performance.score === null) return { error: runtimeError?.code ?? "NO_SCORE" };
  return {
    performance: Math.round(categories.performance.score * 100),
    accessibility: Math.round(categories.accessibility.score * 100),
    bestPractices: Math.round(categories["best-practices"].score * 100),
    tbtMs: Math.round(audits["total-blocking-time"].numericValue),
    lcpMs: Math.round(audits["largest-contentful-paint"].numericValue),
    failing: Object.entries(categories)
      .flatMap(([, category]) => category.auditRefs.map((ref) => audits[ref.id]))
      .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
      .map((a) => a.id),
    // Where the main thread's time went (script evaluation, style and layout, …), in ms.
    mainThreadMs: Object.fromEntries(
      (audits["mainthread-work-breakdown"].details?.items ?? []).map((item) => [item.group, Math.round(item.duration)]),
    ),
    settings: { formFactor: configSettings.formFactor, throttling: configSettings.throttling },
  };
}

ensureBuild();
freshDatabase(file);
const server = await startServer(port, file);
let chrome;
try {
  const { email, cookie } = await signUp(port);
  const draftId = await seed(email, cookie);
  chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
  });
  const targets = [
    { name: "dashboard (50 drafts)", url: `${origin}/drafts` },
    { name: "perspective step (30 requirements)", url: `${origin}/drafts/${draftId}/kundnytta` },
  ];
  const pages = [];
  let settings;
  for (const target of targets) {
    // A warm-up load so the first measured run does not pay for compiling routes.
    await fetch(target.url, { headers: { cookie } });
    const results = [];
    const errors = [];
    for (let i = 0; i < runs; i++) {
      const run = await audit(target.url, cookie, chrome);
      if (run.error) errors.push(run.error);
      else results.push(run);
    }
    if (results.length === 0) throw new Error(`${target.name}: no scored run (${errors.join(", ")})`);
    // The run with the median performance score stands for the page.
    const chosen = results.find((r) => r.performance === median(results.map((x) => x.performance)));
    const { failing, settings: chosenSettings, ...scores } = chosen;
    settings = chosenSettings;
    // The file holds exactly the keys issue 14 names; the rest is printed.
    const { performance, accessibility, bestPractices, tbtMs, lcpMs, mainThreadMs } = scores;
    pages.push({ name: target.name, performance, accessibility, bestPractices, tbtMs, lcpMs });
    console.log(
      `${target.name}: performance ${performance}, accessibility ${accessibility}, ` +
        `best practices ${bestPractices}, TBT ${tbtMs} ms, LCP ${lcpMs} ms` +
        (failing.length ? ` (failing: ${failing.join(", ")})` : ""),
    );
    console.log(
      `  runs ${results.map((r) => r.performance).join("/")}${errors.length ? `, unscored ${errors.join(", ")}` : ""}; ` +
        `main thread ${JSON.stringify(mainThreadMs)}`,
    );
  }
  // The machine's load decides TBT more than the page does when others share it.
  const loadAverage = os.loadavg().map((value) => Math.round(value * 10) / 10);
  console.log(
    `Lighthouse desktop preset, throttling ${JSON.stringify(settings.throttling)}, load average ${loadAverage}`,
  );
  mkdirSync("bench-results", { recursive: true });
  writeFileSync("bench-results/lighthouse.json", JSON.stringify({ pages }, null, 2) + "\n");
} finally {
  await chrome?.kill();
  await stopServer(server);
}
