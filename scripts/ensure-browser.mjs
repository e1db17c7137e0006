// End-to-end tests drive Debian's Chromium and read PDFs with pdftotext; the
// unit tests open the Word and Excel exports with LibreOffice (installed
// without its recommends, ~220 MB). All come from apt because these machines
// cannot download browser builds.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const needs = [
  ["/usr/bin/chromium", "chromium"],
  ["/usr/bin/pdftotext", "poppler-utils"],
  ["/usr/bin/soffice", "--no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui"],
].filter(([path]) => !existsSync(path));

if (needs.length === 0) process.exit(0);
const packages = needs.map(([, name]) => name).join(" ");
// One install per line so the LibreOffice flag does not apply to Chromium.
const installs = needs.map(([, name]) => `DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${name}`).join(" && ");
if (process.getuid?.() !== 0) {
  console.error(`Missing ${packages}. Install with: sudo apt-get install -y ${packages}`);
  process.exit(1);
}
console.log(`Installing ${packages} from Debian…`);
execSync(`apt-get update -qq && ${installs}`, { stdio: "inherit" });
