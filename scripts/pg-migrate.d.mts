export const pgMigrationsDir: string;
export function migrationFolders(dir?: string): string[];
export function checksum(sql: string): string;
export function migratePostgres(
  connectionString: string,
  options?: { dir?: string; log?: (line: string) => void },
): Promise<string[]>;
