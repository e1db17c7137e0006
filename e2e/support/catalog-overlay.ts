import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// A test catalog revision: the e2e server reads this file (KRAVLOTS_CATALOG_OVERLAY,
// lib/catalog/current.ts) as if a later release had changed these suggestions.
export const catalogOverlayPath = path.join(
  tmpdir(),
  `kravlots-e2e-catalog-overlay-${process.env.E2E_PORT ?? 3100}.json`,
);

export function reviseSuggestion(
  id: string,
  patch: { text?: string; motiv?: string; verifikat?: string; uppfoljning?: string },
) {
  writeFileSync(catalogOverlayPath, JSON.stringify({ suggestions: { [id]: patch } }));
}

export function clearCatalogRevision() {
  rmSync(catalogOverlayPath, { force: true });
}
