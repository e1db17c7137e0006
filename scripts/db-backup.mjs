// npm run db:backup — a checked snapshot of the database into data/backups/.
// The last line printed is the backup file's path (for scripts).
import { backupDatabase } from "./db-file.mjs";

try {
  const file = await backupDatabase();
  console.log("db:backup: integrity_check ok");
  console.log(file);
} catch (error) {
  console.error(`db:backup: ${error.message}`);
  process.exit(1);
}
