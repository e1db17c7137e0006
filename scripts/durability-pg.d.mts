// Types for scripts/durability-pg.mjs, used from TypeScript (e2e/cluster).
export function freshPostgres(adminUrl: string): Promise<string>;
export function seedDraftsPostgres(url: string, email: string, count: number): Promise<string[]>;
export function checkPostgres(url: string): Promise<{ integrity: string; revisions: number }>;
