import { startAppCluster } from "../../scripts/app-cluster.mjs";
import { freshPostgres } from "../../scripts/durability-pg.mjs";
import { startCluster, stopCluster } from "../../scripts/pg-test.mjs";
import { instancePorts, lbPort } from "./ports";

// A throwaway PostgreSQL cluster, a fresh database migrated by the real
// runner, two instances and nginx. What the specs need to reach behind the
// load balancer (the database, the instances' process ids, nginx's access
// log) is passed on in the environment, which Playwright hands to workers.
export default async function globalSetup(): Promise<() => Promise<void>> {
  const pg = await startCluster();
  let app: Awaited<ReturnType<typeof startAppCluster>> | null = null;
  try {
    const databaseUrl = await freshPostgres(pg.url);
    app = await startAppCluster({
      ports: instancePorts,
      lbPort,
      env: {
        DATABASE_URL: databaseUrl,
        KRAVLOTS_OPERATOR_NAME: "Exempla kommun",
        KRAVLOTS_OPERATOR_EMAIL: "kravlots@exempla.example",
        AUTH_RATE_LIMIT_IP: "1000",
        AUTH_RATE_LIMIT_ACCOUNT: "4",
        AUTH_RATE_LIMIT_WINDOW_SECONDS: "60",
      },
    });
    process.env.CLUSTER_DATABASE_URL = databaseUrl;
    process.env.CLUSTER_ACCESS_LOG = app.accessLogFile;
    process.env.CLUSTER_PIDS = app.instances.map((instance) => instance.child.pid).join(",");
  } catch (error) {
    await app?.stop();
    stopCluster(pg);
    throw error;
  }
  const started = app;
  return async () => {
    await started.stop();
    stopCluster(pg);
  };
}
