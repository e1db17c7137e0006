// The catalog's changelog, newest first. A release that changes suggestions
// or their sources adds an entry here and regenerates lib/catalog/revisions.json
// (`npm run catalog:revisions`); drafts that adopted a changed suggestion then
// show "Källan har reviderats" with a word diff (lib/catalog/revision.ts).
export type CatalogRelease = {
  release: string; // ISO date of the release
  summary: string; // Swedish, shown to procurers
  // Suggestions whose text or sources changed in this release ("all" for a
  // release that re-checked every entry).
  changed: readonly string[] | "all";
};

export const catalogChangelog: readonly CatalogRelease[] = [
  {
    release: "2026-11-29",
    summary:
      "Katalogen utökad till över 200 kravförslag med korta rubriker. Alla källor kontrollerade mot utgivarens egen sida med datum; lagrum uppdaterade (10 kap. 2 a § OSL och lagen (2020:914), cybersäkerhetslagen (2025:1506) för alla kommuner och regioner, AFS 2023, Myndigheten för civilt försvar, eSams vägledning för utkontraktering 2023, dataakten).",
    changed: "all",
  },
];

export const latestRelease: CatalogRelease = catalogChangelog[0]!;
