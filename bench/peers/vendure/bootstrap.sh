#!/usr/bin/env bash
# Installs Vendure outside the repository (it must never become a Cloudmart dependency) into
# $VENDURE_DIR (default /tmp/cm-peers/vendure), pinned to the versions this bench was run with.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
DIR="${VENDURE_DIR:-/tmp/cm-peers/vendure}"
VERSION="${VENDURE_VERSION:-3.7.3}"
mkdir -p "$DIR"
cd "$DIR"
if [ ! -f package.json ]; then
  cat > package.json <<JSON
{ "name": "cm-peer-vendure", "private": true, "type": "commonjs" }
JSON
fi
if [ ! -d node_modules/@vendure/core ] || ! grep -q "\"version\": \"$VERSION\"" node_modules/@vendure/core/package.json; then
  npm install --no-audit --no-fund --save-exact "@vendure/core@$VERSION" pg@8
fi
# the config, server and populate scripts run from the install so `require` finds Vendure
cp "$HERE"/vendure-config.cjs "$HERE"/server.cjs "$HERE"/populate.cjs "$HERE"/products.csv "$DIR"/
echo "vendure $(node -p "require('@vendure/core/package.json').version") in $DIR"
