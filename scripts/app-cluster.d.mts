import type { ChildProcess } from "node:child_process";

// Types for scripts/app-cluster.mjs, used from TypeScript (e2e/cluster).
export const host: string;
export function nginxBinary(): string | null;
export function stopProcess(child: ChildProcess | null, signal?: NodeJS.Signals): Promise<void>;
export function startInstance(
  port: number,
  env: Record<string, string>,
): Promise<{ port: number; child: ChildProcess }>;
export function startAppCluster(options: { ports: number[]; lbPort: number; env: Record<string, string> }): Promise<{
  origin: string;
  instances: { port: number; child: ChildProcess }[];
  stop(): Promise<void>;
  accessLogFile: string;
}>;
