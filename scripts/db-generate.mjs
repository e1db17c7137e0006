// npm run db:generate — `prisma generate`, skipped when the client in
// lib/generated/prisma was generated from this very schema by this Prisma
// version (a restart need not spend seconds regenerating it).
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { prisma } from "./prisma-quiet.mjs";

const stampFile = "lib/generated/prisma/.kravlots-schema-hash";
const hash = createHash("sha256")
  .update(readFileSync("prisma/schema.prisma"))
  .update(readFileSync("node_modules/prisma/package.json"))
  .digest("hex");
if (
  existsSync("lib/generated/prisma/client.ts") &&
  existsSync(stampFile) &&
  readFileSync(stampFile, "utf8").trim() === hash
) {
  console.log("db:generate: the Prisma client is up to date with prisma/schema.prisma");
  process.exit(0);
}
try {
  prisma(["generate"]);
} catch {
  process.exit(1);
}
writeFileSync(stampFile, `${hash}\n`);
