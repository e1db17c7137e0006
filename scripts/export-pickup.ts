// npm run test:export-pickup — two app instances on one database: instance A
// takes a pending export from the render queue at start-up, is killed with
// SIGKILL in the middle of the render, and instance B (another process on
// another port) must finish the job once A's lease runs out. Reads the result
// back from the database: the export is ready, holds a PDF, and was rendered
// on the second attempt by B. Writes bench-results/export-pickup.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import { sampleDocument, sampleSource } from "@/lib/testing/document-fixture";
import { ensureBuild, freshDatabase, startServer, stopServer } from "./durability-server.mjs";

const file = "data/export-pickup.db";
const portA = Number(process.env.PICKUP_PORT ?? 3127);
const portB = portA + 1;
const started = Date.now();
const hardLimit = setTimeout(() => {
  console.error("export-pickup: gave up after 150 s");
  process.exit(1);
}, 150_000);

type Row = { status: string; attempts: number; leaseOwner: string | null; bytes: Buffer | null; error: string | null };

ensureBuild();
freshDatabase(file);
const sqlite = new Database(file, { timeout: 5000 });
const exportId = seedPendingExport(sqlite);
const read = () =>
  sqlite.prepare("SELECT status, attempts, leaseOwner, bytes, error FROM Export WHERE id = ?").get(exportId) as Row;

async function until(what: string, test: (row: Row) => boolean, ms: number): Promise<Row> {
  const deadline = Date.now() + ms;
  for (;;) {
    const row = read();
    if (test(row)) return row;
    if (Date.now() > deadline)
      throw new Error(
        `export-pickup: timed out waiting for ${what}: ${JSON.stringify({ ...row, bytes: row.bytes?.length })}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const a = await startServer(portA, file);
let b: Awaited<ReturnType<typeof startServer>> | null = null;
let result;
try {
  const taken = await until("instance A to take the job", (row) => row.leaseOwner !== null, 30_000);
  await stopServer(a, "SIGKILL");
  const killedAt = Date.now();
  if (taken.status !== "pending") throw new Error(`export-pickup: A finished before it was killed (${taken.status})`);
  b = await startServer(portB, file);
  const done = await until("instance B to finish the job", (row) => row.status !== "pending", 90_000);
  const pdf = done.bytes?.subarray(0, 5).toString("latin1") === "%PDF-";
  result = {
    status: done.status,
    attempts: done.attempts,
    takenOverByAnotherInstance: done.leaseOwner !== null && done.leaseOwner !== taken.leaseOwner,
    pdf,
    secondsFromKillToReady: Math.round((Date.now() - killedAt) / 100) / 10,
  };
} finally {
  await stopServer(a, "SIGKILL");
  if (b) await stopServer(b);
  sqlite.close();
}
mkdirSync("bench-results", { recursive: true });
writeFileSync("bench-results/export-pickup.json", `${JSON.stringify(result)}\n`);
console.log(`export-pickup: ${JSON.stringify(result)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
clearTimeout(hardLimit);
const ok = result.status === "ready" && result.pdf && result.attempts === 2 && result.takenOverByAnotherInstance;
process.exit(ok ? 0 : 1);

// A user, a draft and a pending export of 400 requirements (a render of
// several seconds, so the kill lands mid-render), written as the app writes them.
function seedPendingExport(db: Database.Database): string {
  const now = new Date().toISOString().replace("Z", "+00:00");
  const userId = `u${randomBytes(8).toString("hex")}`;
  const draftId = `c${randomBytes(12).toString("hex")}`;
  const id = `e${randomBytes(12).toString("hex")}`;
  db.prepare(
    "INSERT INTO User (id, name, email, emailVerified, createdAt, updatedAt) VALUES (?, 'Exporttest', ?, 1, ?, ?)",
  ).run(userId, `${userId}@kommun.example`, now, now);
  db.prepare(
    `INSERT INTO Draft (id, createdById, title, context, status, version, answers, completedSteps, createdAt, updatedAt)
     VALUES (?, ?, 'Exporttest', '{}', 'draft', 1, '{}', '[]', ?, ?)`,
  ).run(draftId, userId, now, now);
  db.prepare(
    `INSERT INTO Export (id, draftId, draftVersion, format, sequence, status, locale, snapshot, createdAt, createdById)
     VALUES (?, ?, 1, 'pdf', 1, 'pending', 'sv', ?, ?, ?)`,
  ).run(id, draftId, JSON.stringify(sampleDocument(sampleSource(400))), now, userId);
  return id;
}
