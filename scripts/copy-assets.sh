#!/usr/bin/env bash
# Copies pinned npm assets into the web project. The output is committed so that
# `dotnet run` needs no npm; run this after changing package.json.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/@gouvfr/dsfr ] || npm ci
web=src/Passerelle.Web
dsfr=node_modules/@gouvfr/dsfr/dist
out=$web/wwwroot/lib/dsfr
rm -rf "$out" && mkdir -p "$out/utility/icons"
cp "$dsfr"/dsfr.min.css "$dsfr"/dsfr.module.min.js "$dsfr"/dsfr.nomodule.min.js "$out/"
cp -r "$dsfr"/fonts "$dsfr"/favicon "$dsfr"/icons "$out/"
cp "$dsfr"/utility/icons/icons.min.css "$out/utility/icons/"
node scripts/extract-communes.mjs > "$web/Features/Communes/communes.csv"
echo "assets copied into $out and communes written"
