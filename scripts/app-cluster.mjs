// Several `next start` instances of the one build behind nginx (round robin),
// for the two-instance test (playwright.cluster.config.ts) and
// bench:autosave's multi-instance run. Every process is started here and
// stopped by PID; nginx runs in the foreground with its own config and
// folder (never the system service).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const host = "127.0.0.1";

export function nginxBinary() {
  const found = spawnSync("sh", ["-c", "command -v nginx || ls /usr/sbin/nginx"], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim().split("\n")[0] : null;
}

async function waitFor(url, child, what, ms = 45_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not answer ${url} within ${ms / 1000} s`);
}

export function stopProcess(child, signal = "SIGTERM") {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
  return exited;
}

// One instance: its own process group, so SIGKILL reaches everything it forked.
export async function startInstance(port, env) {
  const child = spawn(process.execPath, ["server.mjs", "-p", String(port), "-H", host], {
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), ...env },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  try {
    await waitFor(`http://${host}:${port}/api/health`, child, `instance on ${port}`);
  } catch (error) {
    await stopProcess(child, "SIGKILL");
    throw error;
  }
  return { port, child };
}

function nginxConfig(dir, lbPort, ports) {
  const asRoot = process.getuid?.() === 0;
  return `${asRoot ? "user root;\n" : ""}worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  log_format upstream '$request_method $uri $status $upstream_addr';
  access_log ${dir}/access.log upstream;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream kravlots {
${ports.map((port) => `    server ${host}:${port} max_fails=1 fail_timeout=10s;`).join("\n")}
    keepalive 64;
  }
  # A test may pin its requests to one instance with the header
  # x-kravlots-instance: 0, 1, … (round robin without it).
${ports.map((port, i) => `  upstream instance${i} { server ${host}:${port}; }`).join("\n")}
  map $http_x_kravlots_instance $pool {
    default kravlots;
${ports.map((_, i) => `    ${i} instance${i};`).join("\n")}
  }
  server {
    listen ${host}:${lbPort};
    client_max_body_size 25m;
    location / {
      proxy_pass http://$pool;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_read_timeout 120s;
      # A request to an instance that died is tried on the next one.
      proxy_next_upstream error timeout http_502;
    }
  }
}
`;
}

// N instances on `ports`, nginx on `lbPort`; `env` reaches every instance
// (DATABASE_URL, secrets). All share one origin: the load balancer's.
export async function startAppCluster({ ports, lbPort, env }) {
  const nginx = nginxBinary();
  if (!nginx) throw new Error("nginx not found: apt-get install -y nginx-light");
  const origin = `http://${host}:${lbPort}`;
  const shared = {
    BETTER_AUTH_URL: origin,
    BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? "cluster-only-secret-that-is-long-enough-0123456",
    // One key for every instance, so a server action's encrypted arguments
    // made by one instance are read by another (docs/DEPLOY.md).
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    ...env,
  };
  const instances = [];
  const dir = mkdtempSync(path.join(tmpdir(), "kravlots-nginx-"));
  chmodSync(dir, 0o755);
  let lb = null;
  const stop = async () => {
    await stopProcess(lb);
    await Promise.all(instances.map((instance) => stopProcess(instance.child)));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (const port of ports) instances.push(await startInstance(port, shared));
    writeFileSync(path.join(dir, "nginx.conf"), nginxConfig(dir, lbPort, ports));
    lb = spawn(nginx, ["-c", path.join(dir, "nginx.conf"), "-p", dir, "-g", "daemon off;"], {
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    });
    await waitFor(`${origin}/api/health`, lb, "nginx");
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    origin,
    instances,
    stop,
    // Which instance answered each request so far: "<method> <path> <status> <upstream>".
    accessLogFile: path.join(dir, "access.log"),
  };
}
