// A throwaway PostgreSQL cluster on a loopback port for tests and local
// trials: initdb into a temp folder (as the postgres user when run as root,
// since initdb and postgres refuse to run as root), started with pg_ctl.
//   node scripts/pg-test.mjs run -- <command…>   PG up, command, PG down (always)
//   node scripts/pg-test.mjs start               prints the URL; state in $TMPDIR
//   node scripts/pg-test.mjs stop                stops the one `start` began
// The command gets KRAVLOTS_PG_URL (superuser URL of the "postgres"
// database); it creates its own databases. KRAVLOTS_PG_FAST=1 turns fsync off
// (unit tests); leave it unset where durability is measured.
import { spawn, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

// Debian's server binaries, newest installed major version first.
const pgRoot = "/usr/lib/postgresql";
const binDir = (existsSync(pgRoot) ? readdirSync(pgRoot) : [])
  .sort((a, b) => Number(b) - Number(a))
  .map((version) => path.join(pgRoot, version, "bin"))
  .find((dir) => existsSync(path.join(dir, "initdb")));
const stateFile = path.join(tmpdir(), "kravlots-pg-test.json");
const asRoot = process.getuid?.() === 0;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// As root the cluster's files must belong to the postgres user.
function pgTool(tool, args) {
  const bin = path.join(binDir, tool);
  const [cmd, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
  const result = spawnSync(cmd, argv, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${tool} failed (${result.status}): ${result.stderr || result.stdout}`);
  return result.stdout;
}

export async function startCluster() {
  if (!binDir) throw new Error("PostgreSQL server binaries not found: apt-get install -y postgresql");
  const dir = mkdtempSync(path.join(tmpdir(), "kravlots-pg-"));
  if (asRoot) {
    const uid = Number(spawnSync("id", ["-u", "postgres"], { encoding: "utf8" }).stdout);
    const gid = Number(spawnSync("id", ["-g", "postgres"], { encoding: "utf8" }).stdout);
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, "data");
  // C.UTF-8: ILIKE and lower() fold å/Å like the SQLite search does.
  pgTool("initdb", ["-D", data, "-U", "kravlots", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
  const port = Number(process.env.KRAVLOTS_PG_PORT) || (await freePort());
  const fast =
    process.env.KRAVLOTS_PG_FAST === "1" ? " -c fsync=off -c synchronous_commit=off -c full_page_writes=off" : "";
  const options = `-k ${dir} -h 127.0.0.1 -p ${port} -c max_connections=200${fast}`;
  pgTool("pg_ctl", ["-D", data, "-l", path.join(dir, "postgres.log"), "-o", options, "-w", "start"]);
  const url = `postgresql://kravlots@127.0.0.1:${port}/postgres`;
  return { dir, data, port, url };
}

export function stopCluster(cluster) {
  try {
    pgTool("pg_ctl", ["-D", cluster.data, "-m", "fast", "-w", "stop"]);
  } finally {
    rmSync(cluster.dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [verb, ...rest] = process.argv.slice(2);
  if (verb === "start") {
    const cluster = await startCluster();
    writeFileSync(stateFile, JSON.stringify(cluster));
    console.log(cluster.url);
  } else if (verb === "stop") {
    if (!existsSync(stateFile)) throw new Error(`no cluster recorded in ${stateFile}`);
    stopCluster(JSON.parse(readFileSync(stateFile, "utf8")));
    rmSync(stateFile);
  } else if (verb === "run" && rest[0] === "--" && rest.length > 1) {
    const cluster = await startCluster();
    console.log(`pg-test: PostgreSQL on ${cluster.url}`);
    let code = 1;
    try {
      const child = spawn(rest[1], rest.slice(2), {
        stdio: "inherit",
        env: { ...process.env, KRAVLOTS_PG_URL: cluster.url },
      });
      // Ctrl-C reaches the child through the terminal; wait for it, then stop PG.
      for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
      code = await new Promise((resolve) => child.on("exit", (status, signal) => resolve(status ?? (signal ? 1 : 0))));
    } finally {
      stopCluster(cluster);
    }
    process.exit(code);
  } else {
    console.error("usage: node scripts/pg-test.mjs start | stop | run -- <command…>");
    process.exit(2);
  }
}
