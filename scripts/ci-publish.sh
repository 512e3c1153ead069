#!/usr/bin/env bash
# The build half of publishing, the same for every static host: install, test, check and build the
# data, build the site into dist/. Deploying dist/ is the host's own step (GitHub Pages: the deploy
# job of .github/workflows/publish.yml). Steps one by one, or all four in order without an argument:
#
#   scripts/ci-publish.sh install   npm ci
#   scripts/ci-publish.sh test      every test (./lm test: installs Debian's Chromium when run as root)
#   scripts/ci-publish.sh data      the data build from DATA_INPUT (default data/sample) into site-data/,
#                                   suppressed against the newest release in data/releases/; ACCEPT_DROP
#                                   (datasets separated by spaces or commas) becomes --accept-drop for each
#   scripts/ci-publish.sh site      the site build into dist/ (SITE_URL, BASE_PATH as astro.config.mjs reads them)
#   scripts/ci-publish.sh keep      after a deployment: keeps site-data/ (facts.csv, meta.json) as the release of its
#                                   as-of date in data/releases/ and commits it when it is new (never overwrites one)
#
# When the data build refuses the exports, this exits 1 and dist/ is not built, so nothing can be
# deployed. In GitHub Actions the data build's summary (counts and reasons; it holds no private value)
# goes to the job summary, and on refusal data:check's grouped reasons with cell values hidden. The
# reject report (reports/rejected-rows.csv) holds raw rows: it stays on the machine, never uploaded.
set -euo pipefail
cd "$(dirname "$0")/.."

input="${DATA_INPUT:-data/sample}"
ACCEPT_DROP="${ACCEPT_DROP:-}"
job_summary="${GITHUB_STEP_SUMMARY:-/dev/null}"

# Appends a titled log to the job summary as a text block. The log quotes file names and header cells
# from the exports; inside a fenced block nothing is markdown or HTML, and the fence is one backtick
# longer than the longest run of backticks in the log (at least three), so no line of it can close the
# block early (CommonMark). The last line of the log gets its line end if it lacks one.
summarise() {
  local fence
  fence=$(awk '{ while (match($0, /`+/)) { if (RLENGTH > n) n = RLENGTH; $0 = substr($0, RSTART + RLENGTH) } }
    END { n = n < 3 ? 3 : n + 1; while (n-- > 0) printf "`"; print "" }' "$2")
  { echo "$1"; echo; echo "${fence}text"; sed -e '$a\' "$2"; echo "$fence"; echo; } >> "$job_summary"
}

step_install() {
  npm ci --no-audit --no-fund
}

step_test() {
  ./lm test
}

step_data() {
  mkdir -p tmp
  local status=0 dataset
  local -a datasets accept=()
  # Read into words without glob expansion; the data build checks each name (exit 2 on a wrong one).
  read -r -a datasets <<< "${ACCEPT_DROP//,/ }"
  for dataset in "${datasets[@]}"; do accept+=(--accept-drop "$dataset"); done
  # Suppressed against the newest kept release before the as-of date (docs/data-rules.md, "Releases and revisions").
  npm run --silent data -- --input "$input" --out site-data --report reports/rejected-rows.csv --releases data/releases "${accept[@]}" 2>&1 | tee tmp/data-build.log || status=$?
  summarise "## Data build · Pembangunan data ($input)" tmp/data-build.log
  if [ "$status" -ne 0 ]; then
    npm run --silent data:check -- "$input" --hide-values > tmp/data-check.log 2>&1 || true
    summarise "### npm run data:check -- $input --hide-values" tmp/data-check.log
    echo "::error title=Data ditolak / data refused::The data build refused the exports in $input; nothing was published and the live site is unchanged. See the job summary, and run npm run data:check on the exports."
    return "$status"
  fi
}

step_site() {
  BASE_PATH="${BASE_PATH:-/}" npx astro build
}

step_keep() {
  node scripts/keep-release.ts --from site-data --releases data/releases
  git add data/releases
  if ! git diff --cached --quiet; then
    git -c user.name='github-actions[bot]' -c user.email='41898282+github-actions[bot]@users.noreply.github.com' \
      commit -q -m "Release $(node -p 'require("./site-data/meta.json").as_of')"
    git push -q
  fi
}

case "${1:-all}" in
  install) step_install ;;
  test) step_test ;;
  data) step_data ;;
  site) step_site ;;
  keep) step_keep ;;
  all) step_install; step_test; step_data; step_site ;;
  *) echo "usage: scripts/ci-publish.sh [install|test|data|site|keep]" >&2; exit 2 ;;
esac
