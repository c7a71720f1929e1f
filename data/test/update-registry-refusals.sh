#!/usr/bin/env bash
# Tests data/update-registry.sh: every refusal, and a failure while putting the update in place, leaves
# the data byte for byte as it was; a real update still applies. It runs the script on a scratch copy
# of the tree (a git repository of its own), so that the working tree is never touched.
#
#   data/test/update-registry-refusals.sh [path/to/portinfo.jar]
#
# Prints one line a case and "N passed, N failed" at the end; exits 1 when a case failed.
set -uo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
jar=${1:-$root/sample/target/portinfo.jar}
[ -f "$jar" ] || { echo "no $jar: build it first (mvn -B -q package -DskipTests)" >&2; exit 2; }
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
tree="$scratch/tree"
mkdir -p "$tree"
(cd "$root" && tar --exclude=data/target -cf - README.md data) | tar -C "$tree" -xf -
(cd "$tree" && git init -q && git add -A && git -c user.name=t -c user.email=t@t commit -qm base)

registry="$root/data/registry"
older="$registry/service-names-port-numbers-2026-02-25.csv"
newest="$registry/service-names-port-numbers-2026-04-09.csv"
# The tree's bundled registry goes back to 2026-02-25, so that 2026-04-09 is an update.
cp "$older" "$tree/data/src/main/resources/io/portolan/data/iana.csv"
(cd "$tree" && git add -A && git -c user.name=t -c user.email=t@t commit -qm older)

passed=0 failed=0
pass() {
  passed=$((passed + 1))
  echo "ok      $1"
}
fail() {
  failed=$((failed + 1))
  echo "FAILED  $1"
  sed 's/^/        /' "$scratch/out.txt"
}
# Runs the script with $2...; expects exit status $1 and an unchanged tree.
refused() {
  local want=$1 name=$2
  shift 2
  local status=0
  (cd "$tree" && PORTINFO="$jar" bash data/update-registry.sh "$@") > "$scratch/out.txt" 2>&1 || status=$?
  local changes
  changes=$(cd "$tree" && git status --porcelain)
  if [ "$status" -eq "$want" ] && [ -z "$changes" ]; then
    pass "$name (exit $status, data unchanged)"
  else
    fail "$name: exit $status (wanted $want), changes: ${changes:-none}"
    (cd "$tree" && git checkout -q -- . && git clean -qfd)
  fi
}

# Cut at a record boundary, 60% in and inside the DNS-SD tail (the last 825 records).
total=$(wc -l < "$newest")
head -n $((total * 60 / 100)) "$newest" > "$scratch/cut-60.csv"
head -n $((total - 825)) "$newest" > "$scratch/cut-tail.csv"
# Cut inside a record: no line end at the end.
head -c $(( $(wc -c < "$newest") - 10 )) "$newest" > "$scratch/cut-inside.csv"
# Carriage returns alone.
tr '\n' '\r' < "$newest" | tr -d '\n' > "$scratch/cr-only.csv"
# A record dated 9999-12-31.
sed '2s/,20[0-9][0-9]-[0-9][0-9]-[0-9][0-9],/,9999-12-31,/' "$newest" > "$scratch/far-future.csv"
grep -q 9999-12-31 "$scratch/far-future.csv" || { echo "the far-future case could not be made" >&2; exit 2; }

refused 2 "a copy cut at 60%" "$scratch/cut-60.csv"
refused 2 "a copy cut inside the DNS-SD tail" "$scratch/cut-tail.csv"
refused 2 "a copy cut inside a record" "$scratch/cut-inside.csv"
refused 2 "a copy with carriage returns alone" "$scratch/cr-only.csv"
refused 2 "a record dated 9999-12-31" "$scratch/far-future.csv"
refused 2 "no such file" "$scratch/missing.csv"
refused 0 "a copy not newer than the bundled one" "$older"
printf 'this is no port table\n' > "$scratch/not-a-table.csv"
refused 2 "a file that is no port table" "$scratch/not-a-table.csv"
if grep -q "$scratch/not-a-table.csv" "$scratch/out.txt" && ! grep -q 'new\.csv' "$scratch/out.txt"; then
  pass "its error names the file given, not the script's copy"
else
  fail "its error does not name the file given:"
fi

# A constant that two rows of iana-retired.csv give: refused before anything is written.
retired="$tree/data/src/main/resources/io/portolan/data/iana-retired.csv"
cp "$retired" "$scratch/retired.csv"
tail -n 1 "$retired" | sed 's/^[^,]*,[^,]*,/clash,99,/' >> "$retired"
(cd "$tree" && git add -A && git -c user.name=t -c user.email=t@t commit -qm clash)
refused 2 "a constant two rows of iana-retired.csv give" "$newest"
cp "$scratch/retired.csv" "$retired"
(cd "$tree" && git add -A && git -c user.name=t -c user.email=t@t commit -qm unclash)

# --history onto a committed report.
refused 2 "--history onto a committed report" --history "$registry/service-names-port-numbers-2024-04-30.csv" "$older"

# A failure while putting the update in place, at its last file: what was replaced is restored.
last=$(cd "$tree" && printf '%s\n' README.md data/README.md "data/registry-changes/2026-04-09.md" \
  "data/registry/service-names-port-numbers-2026-04-09.csv" data/src/main/resources/io/portolan/data/iana-date.txt \
  data/src/main/resources/io/portolan/data/iana-retired.csv data/src/main/resources/io/portolan/data/iana.csv \
  data/src/test/java/io/portolan/data/WellKnownCatalogTest.java | sort | tail -n 1)
UPDATE_REGISTRY_FAIL_AT="$last" refused 1 "a failure at the last file put in place ($last)" "$newest"

# And the real update applies: the bundled copy is the newest, and the report is the committed one.
status=0
(cd "$tree" && PORTINFO="$jar" bash data/update-registry.sh "$newest") > "$scratch/out.txt" 2>&1 || status=$?
if [ "$status" -eq 0 ] && cmp -s "$newest" "$tree/data/src/main/resources/io/portolan/data/iana.csv" \
    && cmp -s "$root/data/registry-changes/2026-04-09.md" "$tree/data/registry-changes/2026-04-09.md"; then
  pass "the update to 2026-04-09 applies and writes the committed report"
else
  fail "the update to 2026-04-09: exit $status"
fi

echo "update-registry: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
