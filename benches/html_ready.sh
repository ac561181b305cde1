#!/usr/bin/env bash
# How long headless Chromium takes to DOMContentLoaded on the reference
# page of a 5,000-code catalogue (each code with its example body), against
# the analytics page (52 codes) as the baseline of the same run; and the
# pages' sizes. Chromium and playwright-core come from tests/html/setup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
folder=target/html-checks
bash tests/html/setup.sh "$folder"
cargo bench -q -p error-catalog-benches --bench html_page -- "$PWD/$folder/generated-5000.html" >/dev/null
cargo run -q --example analytics -- --html > "$folder/analytics-page.html"
rounds=9
big=$(node benches/html_ready.mjs "$PWD/$folder" "$folder/generated-5000.html" $rounds)
small=$(node benches/html_ready.mjs "$PWD/$folder" "$folder/analytics-page.html" $rounds)
echo "| page | size | DOMContentLoaded, median of $rounds loads | ratio to the analytics page |"
echo "|---|---|---|---|"
echo "| analytics, 52 codes | $(wc -c < "$folder/analytics-page.html") bytes | ${small} ms | 1.00x |"
echo "| generated, 5,000 codes | $(wc -c < "$folder/generated-5000.html") bytes | ${big} ms | $(python3 -c "print(f'{$big / max($small, 1):.1f}x')") |"
