// Runs the Prisma CLI without its misleading warning that the schema's
// datasource url "will NOT be used": the url must stay in the schema (without
// it the CLI tries to download a query engine) while prisma.config.ts supplies
// the driver adapter. Everything else the CLI prints is passed on.
import { spawnSync } from "node:child_process";

const misleading =
  /WARNING: Your schema specifies the following datasource properties[\s\S]*?The values from your schema will NOT be used!\n*(?:We recommend you to remove those properties[^\n]*\n*)?/;

export function prisma(args) {
  const result = spawnSync("node_modules/.bin/prisma", args, { encoding: "utf8", env: process.env });
  process.stdout.write((result.stdout ?? "").replace(misleading, ""));
  process.stderr.write((result.stderr ?? "").replace(misleading, ""));
  if (result.status !== 0) throw new Error(`prisma ${args.join(" ")} exited with ${result.status}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    prisma(process.argv.slice(2));
  } catch {
    process.exit(1);
  }
}
