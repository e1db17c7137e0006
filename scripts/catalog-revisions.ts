// Writes lib/catalog/revisions.json: the catalog revision (content hash) of
// every suggestion in this release. lib/catalog/changelog.test.ts fails when a
// suggestion or its sources change without this file and the changelog being
// updated, so every content change is a deliberate, logged release.
import { writeFileSync } from "node:fs";
import { suggestions } from "@/lib/catalog";
import { latestRelease } from "@/lib/catalog/changelog";
import { suggestionRevision } from "@/lib/catalog/revision";

const revisions = Object.fromEntries(suggestions.map((suggestion) => [suggestion.id, suggestionRevision(suggestion)]));
writeFileSync(
  "lib/catalog/revisions.json",
  `${JSON.stringify({ release: latestRelease.release, revisions }, null, 2)}\n`,
);
console.log(`lib/catalog/revisions.json: ${suggestions.length} suggestions, release ${latestRelease.release}`);
