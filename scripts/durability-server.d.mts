import type { ChildProcess } from "node:child_process";

// Types for scripts/durability-server.mjs, used from TypeScript scripts.
export const host: string;
export function ensureBuild(): void;
export function freshDatabase(file: string): void;
export function serverEnv(port: number, file: string): NodeJS.ProcessEnv;
export function startServer(port: number, file: string, options?: { nextStart?: boolean }): Promise<ChildProcess>;
export function stopServer(child: ChildProcess, signal?: NodeJS.Signals): Promise<void>;
export function signUp(port: number): Promise<{ email: string; cookie: string }>;
export function seedDrafts(file: string, email: string, count: number): string[];
export function startValues(title: string): Record<string, unknown>;
export function percentile(sorted: number[], p: number): number;
