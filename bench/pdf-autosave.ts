import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { sampleStart } from "@/lib/testing/sample-start";
import { sampleRequirements } from "@/lib/testing/document-fixture";
import { percentile } from "./pdf-stats";
import { signUpThroughAction } from "../scripts/sign-up-action.mjs";

// Autosave latency against a real `next start` (built app, worker pool) on
// 127.0.0.1:3114: the Start step's save server action in a loop, first idle,
// then while four 150-requirement exports render. Bounded in time and count.
const port = Number(process.env.BENCH_PORT ?? 3114);
const origin = `http://127.0.0.1:${port}`;
const dbFile = "data/bench.db";
const savers = 4;

function actionId(exportedName: string, file: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const hit = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === exportedName && entry.filename?.includes(file),
  );
  if (!hit) throw new Error(`server action ${exportedName} not found in the build; run next build first`);
  return hit[0];
}

async function waitForServer(deadline: number) {
  while (performance.now() < deadline) {
    try {
      if ((await fetch(`${origin}/sign-in`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("next start did not come up");
}

async function callAction(id: string, pagePath: string, cookie: string, args: unknown[]): Promise<string> {
  const response = await fetch(`${origin}${pagePath}`, {
    method: "POST",
    headers: {
      "next-action": id,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin,
      cookie,
    },
    body: JSON.stringify(args),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`action ${pagePath} answered ${response.status}`);
  return text;
}

export async function autosaveBenchmark(): Promise<{
  idle: number;
  during: number;
  idleCount: number;
  duringCount: number;
}> {
  if (!existsSync(".next/BUILD_ID")) throw new Error("run `npx next build` first");
  mkdirSync("data", { recursive: true });
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(dbFile + suffix, { force: true });
  const env = {
    ...process.env,
    DATABASE_URL: `file:./${dbFile}`,
    BETTER_AUTH_URL: origin,
    BETTER_AUTH_SECRET: "bench-only-secret-that-is-long-enough-0123456789",
    // Four savers back to back are far above one person's write rate; the limiter would answer instead.
    WRITE_RATE_LIMIT_PER_MINUTE: "1000000",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env, stdio: "ignore" });
  const server: ChildProcess = spawn(process.execPath, ["server.mjs", "-p", String(port), "-H", "127.0.0.1"], {
    env,
    stdio: "ignore",
  });
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${path.resolve(dbFile)}` }) });
  try {
    await waitForServer(performance.now() + 60_000);
    const email = `bench-${Date.now()}@kommun.example`;
    const cookie = await signUpThroughAction(origin, {
      name: "Bench Användare",
      email,
      password: "Bench-lösenord-123456",
    });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const { title, ...context } = sampleStart;
    const newDraft = () => db.draft.create({ data: { createdById: user.id, title, context, version: 1 } });
    const saveDrafts = await Promise.all(Array.from({ length: savers }, newDraft));
    const exportDrafts = await Promise.all(Array.from({ length: 4 }, newDraft));
    for (const draft of exportDrafts) {
      await db.requirement.createMany({
        data: sampleRequirements(150).map((r) => ({ ...r, draftId: draft.id, createdById: user.id })),
      });
    }
    const saveId = actionId("saveStartStepAction", "lib/drafts/actions");
    const exportId = actionId("exportPdfAction", "lib/exports/actions");

    // Each saver saves its own draft back to back, naming the version it read.
    const runSavers = async (until: () => boolean) => {
      const latencies: number[] = [];
      await Promise.all(
        saveDrafts.map(async (draft) => {
          while (!until()) {
            const { version } = await db.draft.findUniqueOrThrow({
              where: { id: draft.id },
              select: { version: true },
            });
            const start = performance.now();
            const body = await callAction(saveId, `/drafts/${draft.id}/start`, cookie, [
              draft.id,
              version,
              { ...sampleStart, title: `${title} ${version}` },
            ]);
            latencies.push(performance.now() - start);
            if (!body.includes('"ok":true'))
              throw new Error(
                `save refused: ${body.split("\n").find((line) => line.startsWith("1:")) ?? body.slice(0, 200)}`,
              );
          }
        }),
      );
      return latencies;
    };

    // Warm the server and one worker (first render loads react-pdf and the fonts).
    await runSavers(
      (
        (n) => () =>
          n-- <= 0
      )(20),
    );
    await callAction(exportId, `/drafts/${exportDrafts[0]!.id}/export`, cookie, [exportDrafts[0]!.id]);
    while ((await db.export.count({ where: { status: "pending" } })) > 0) await new Promise((r) => setTimeout(r, 200));
    // That first long export starts the worker's PDF helper thread, which then
    // warms up in the background (components/pdf/render.tsx): let it finish
    // before measuring, so neither phase pays for it.
    await new Promise((r) => setTimeout(r, Number(process.env.BENCH_HELPER_WARM_MS ?? 12_000)));

    const idleEnd = performance.now() + Number(process.env.BENCH_IDLE_MS ?? 8000);
    const idle = await runSavers(() => performance.now() > idleEnd);

    const before = await db.export.count();
    await Promise.all(
      exportDrafts.map((draft) => callAction(exportId, `/drafts/${draft.id}/export`, cookie, [draft.id])),
    );
    let done = false;
    const hardStop = performance.now() + 180_000;
    const watcher = (async () => {
      while (!done && performance.now() < hardStop) {
        const settled = await db.export.count({ where: { status: { in: ["ready", "failed"] } } });
        if (settled >= before + 4) done = true;
        else await new Promise((r) => setTimeout(r, 100));
      }
      done = true;
    })();
    const during = await runSavers(() => done);
    await watcher;
    const failed = await db.export.count({ where: { status: "failed" } });
    if (failed > 0) throw new Error(`${failed} exports failed during the benchmark`);
    return {
      idle: percentile(idle, 99),
      during: percentile(during, 99),
      idleCount: idle.length,
      duringCount: during.length,
    };
  } finally {
    await db.$disconnect();
    server.kill("SIGTERM");
  }
}
