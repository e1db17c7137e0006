import { configurations } from "./autosave-setups.mjs";
import { groupCpuMs } from "./cpu.mjs";
const [config] = configurations();
const setup = await config.start(5);
const t = setup.target, id = setup.drafts[0];
async function measure(label, fn, n = 300) {
  for (let i = 0; i < 30; i++) await fn(i);
  const a = groupCpuMs(setup.pgids[0]); const s = performance.now();
  for (let i = 0; i < n; i++) await fn(i);
  console.log(label, ((groupCpuMs(setup.pgids[0]) - a) / n).toFixed(2), "ms cpu;", ((performance.now() - s) / n).toFixed(2), "ms wall");
}
try {
  await measure("GET /api/health", () => fetch(`${t}/api/health`).then(r => r.text()));
  await measure("PUT no cookie", () => fetch(`${t}/api/drafts/${id}/start`, { method: "PUT", headers: { "content-type": "application/json", origin: t }, body: "{}" }).then(r => r.text()));
  await measure("GET start with cookie", () => fetch(`${t}/api/drafts/${id}/start`, { headers: { cookie: setup.cookie } }).then(r => r.text()));
  await measure("PUT invalid with cookie", () => fetch(`${t}/api/drafts/${id}/start`, { method: "PUT", headers: { "content-type": "application/json", cookie: setup.cookie }, body: "{}" }).then(r => r.text()));
} finally { await setup.stop(); }
