#!/usr/bin/env bash
# What the HTML page's checks need, installed when missing: Debian's
# Chromium, and the pinned packages of package-lock.json (playwright-core,
# which drives that Chromium, and axe-core) in the folder given, beside a
# copy of check.mjs.
#
# usage: bash tests/html/setup.sh TARGET_FOLDER
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="$1"
if ! command -v chromium >/dev/null; then
    echo "installing Debian's chromium" >&2
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq && apt-get install -y -qq chromium >&2
    else
        sudo apt-get update -qq && sudo apt-get install -y -qq chromium >&2
    fi
fi
mkdir -p "$target"
cp "$here/package.json" "$here/package-lock.json" "$here/check.mjs" "$target/"
if ! cmp -s "$here/package-lock.json" "$target/node_modules/.package-lock.json.installed" 2>/dev/null; then
    (cd "$target" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2)
    cp "$here/package-lock.json" "$target/node_modules/.package-lock.json.installed"
fi
