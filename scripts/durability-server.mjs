// Shared by scripts/durability.mjs and bench/autosave.mjs: a built Kravlots
// server on 127.0.0.1 with its own fresh SQLite file, one signed-up user and
// drafts seeded for that user. Every process started here is stopped by PID.
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import Database from "better-sqlite3";
import { signUpThroughAction } from "./sign-up-action.mjs";

export const host = "127.0.0.1";

export function ensureBuild() {
  if (existsSync(".next/BUILD_ID")) return;
  console.log("No production build found: running next build …");
  execFileSync("node_modules/.bin/next", ["build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
}

export function freshDatabase(file) {
  mkdirSync("data", { recursive: true });
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:./${file}` },
    stdio: "ignore",
  });
}

// `database` is a SQLite file path or a postgresql:// URL.
export function serverEnv(port, database) {
  return {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: /^postgres(ql)?:\/\//.test(database) ? database : `file:./${database}`,
    BETTER_AUTH_URL: `http://${host}:${port}`,
    BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? "durability-only-secret-that-is-long-enough-0123",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    // One account saves as fast as it can on purpose: the per-user write
    // limit would turn that load into 429s.
    WRITE_RATE_LIMIT_PER_MINUTE: "1000000",
  };
}

// Its own process group, so SIGKILL reaches the server and anything it forked.
// `next start` instead of server.mjs only as a same-run baseline for
// bench:autosave (BENCH_CONFIGS=sqlite-1,sqlite-1-next).
export async function startServer(port, file, { nextStart = false } = {}) {
  const command = nextStart ? ["node_modules/next/dist/bin/next", "start"] : ["server.mjs"];
  const child = spawn(process.execPath, [...command, "-p", String(port), "-H", host], {
    env: serverEnv(port, file),
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`http://${host}:${port}/sign-in`);
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  stopServer(child, "SIGKILL");
  throw new Error("server did not start within 30 s");
}

export function stopServer(child, signal = "SIGTERM") {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
  return exited;
}

export async function signUp(port) {
  const stamp = randomBytes(4).toString("hex");
  const email = `last-${stamp}@kommun.example`;
  const cookie = await signUpThroughAction(`http://${host}:${port}`, {
    name: "Lasttest Användare",
    email,
    password: `Lösenord-${stamp}-säkert`,
  });
  return { email, cookie };
}

// Drafts go straight into SQLite (the same columns Prisma writes): the test is
// about saving, not about creating drafts.
export function seedDrafts(file, email, count) {
  const sqlite = new Database(file, { timeout: 5000 });
  const user = sqlite.prepare("SELECT id FROM User WHERE email = ?").get(email);
  const now = new Date().toISOString().replace("Z", "+00:00");
  const insert = sqlite.prepare(
    `INSERT INTO Draft (id, createdById, title, context, status, version, answers, completedSteps, createdAt, updatedAt)
     VALUES (?, ?, '', '{}', 'draft', 1, '{}', '[]', ?, ?)`,
  );
  const ids = [];
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const id = `c${randomBytes(12).toString("hex")}`;
      insert.run(id, user.id, now, now);
      ids.push(id);
    }
  })();
  sqlite.close();
  return ids;
}

export function startValues(title) {
  return {
    title,
    organisation: "Region Jämtland Härjedalen",
    procuredItem: "Ett system där invånare ansöker om färdtjänst och handläggare följer ärendet.",
    productTypes: ["e_service", "cloud_saas"],
    personalData: "sensitive",
    userGroups: ["citizens", "staff"],
    usersDescription: "Cirka 4 000 sökande per år och 25 handläggare.",
    userCounts: { citizens: "4000", staff: "25" },
    critical: "yes",
    aiComponent: "no",
    procedure: "open",
    estimatedValueSek: "6000000",
    contractMonths: "48",
  };
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
