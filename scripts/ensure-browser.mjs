// End-to-end tests drive Debian's Chromium and read PDFs with pdftotext; both
// come from apt because these machines cannot download browser builds.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const needs = [
  ["/usr/bin/chromium", "chromium"],
  ["/usr/bin/pdftotext", "poppler-utils"],
].filter(([path]) => !existsSync(path));

if (needs.length === 0) process.exit(0);
const packages = needs.map(([, name]) => name).join(" ");
if (process.getuid?.() !== 0) {
  console.error(`Missing ${packages}. Install with: sudo apt-get install -y ${packages}`);
  process.exit(1);
}
console.log(`Installing ${packages} from Debian…`);
execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`, { stdio: "inherit" });
