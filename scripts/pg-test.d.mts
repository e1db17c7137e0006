// Types for scripts/pg-test.mjs, used from TypeScript (e2e/cluster).
export type PgCluster = { dir: string; data: string; port: number; url: string };
export function startCluster(): Promise<PgCluster>;
export function stopCluster(cluster: PgCluster): void;
