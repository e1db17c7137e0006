// What a production build is made from: a hash over the files `next build`
// reads and the settings that change its output. `npm start` builds only when
// this differs from the hash stored beside the last build it made.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const folders = ["app", "components", "lib", "messages", "workers", "public", "i18n"];
const files = [
  "next.config.ts",
  "proxy.ts",
  "tsconfig.json",
  "postcss.config.mjs",
  "package.json",
  "package-lock.json",
  "prisma/schema.prisma",
];
// The generated Prisma client follows from prisma/schema.prisma.
const skipped = new Set(["node_modules", "generated"]);

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return skipped.has(entry.name) ? [] : walk(full);
    return [full];
  });
}

export function sourceHash(root = ".") {
  const hash = createHash("sha256");
  const all = [
    ...folders.flatMap((dir) => walk(path.join(root, dir))),
    ...files.map((file) => path.join(root, file)).filter(existsSync),
  ].sort();
  for (const file of all) {
    hash.update(`${path.relative(root, file)}\0`);
    hash.update(readFileSync(file));
    hash.update("\0");
  }
  // A test build (KRAVLOTS_TEST_BUILD) has extra routes; another Node may build differently.
  hash.update(`test-build=${process.env.KRAVLOTS_TEST_BUILD === "1"};node=${process.version}`);
  return hash.digest("hex");
}
