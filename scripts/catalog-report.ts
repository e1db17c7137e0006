// npm run catalog:report: the catalog's figures (lib/catalog/report.ts defines
// each one; docs/CONTENT.md explains them). Prints a table and writes
// bench-results/catalog.json. Exits 0 whatever the figures are: the goals are
// checked by the tests, this only measures.
import { mkdirSync, writeFileSync } from "node:fs";
import { guidanceModels, suggestions } from "@/lib/catalog";
import { checklistTopics } from "@/lib/catalog/checklist";
import { expectationsByPerspective, profiles } from "@/lib/catalog/profiles";
import { catalogReport, profileFailures, type ReportInput } from "@/lib/catalog-quality/report";

const input: ReportInput = {
  suggestions,
  models: guidanceModels,
  checklistTopics,
  profiles,
  expectations: expectationsByPerspective,
};
const report = catalogReport(input);
const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
const rows: [string, string][] = [
  [
    "suggestions",
    `${report.suggestions} (KN ${report.perPerspective.KN}, JU ${report.perPerspective.JU}, AM ${report.perPerspective.AM}, OR ${report.perPerspective.OR})`,
  ],
  ["models", String(report.models)],
  ["verifiedShare (models + suggestions)", percent(report.verifiedShare)],
  ["primarySourceShare (models)", percent(report.primarySourceShare)],
  ["checklistTopics", String(report.checklistTopics)],
  ["checklistCoverage", percent(report.checklistCoverage)],
  ["lintWarnings", String(report.lintWarnings)],
  ["profilesPassing", `${report.profilesPassing} of ${report.profiles}`],
];
for (const [label, value] of rows) console.log(`${label.padEnd(40)} ${value}`);
const failing = profiles.flatMap((profile) => profileFailures(input, profile));
if (failing.length > 0) console.log(`\nProfile expectations not met:\n  ${failing.join("\n  ")}`);
mkdirSync("bench-results", { recursive: true });
writeFileSync("bench-results/catalog.json", `${JSON.stringify(report)}\n`);
console.log("\nWrote bench-results/catalog.json");
