#!/usr/bin/env bash
# Updates the bundled IANA registry to a newer copy and records what changed.
#
#   data/update-registry.sh NEW.csv
#       NEW.csv is the registry as IANA serves it
#       (https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.csv).
#       Compares it with the bundled iana.csv (portinfo diff), then
#       - keeps it unchanged as data/registry/service-names-port-numbers-DATE.csv,
#       - copies it over data/src/main/resources/io/portolan/data/iana.csv,
#       - writes the change report data/registry-changes/DATE.md,
#       - appends the names it retires to data/src/main/resources/io/portolan/data/iana-retired.csv,
#         each with the constant the registry catalog keeps for it (deprecated, same number),
#       - writes the registry date to iana-date.txt beside iana.csv,
#       - moves the sha256 pin (data/README.md, WellKnownCatalogTest) and the registry date (README.md,
#         data/README.md) to the new copy.
#       DATE is the newest registration or modification date inside NEW.csv.
#
#   data/update-registry.sh --history OLD.csv NEW.csv
#       Writes the report and the retired names for two older copies, bundling nothing.
#
# Before it changes anything it checks the new copy: at least 1,000 records ending in line feeds (a
# copy with carriage returns alone has none), not fewer than 99% of the bundled copy's and a last line
# that ends (so that a copy cut short is refused), a newest date no later than tomorrow, a report and retired names that portinfo diff can
# write, and no constant that two rows of iana-retired.csv give. Everything it writes is made in a
# temporary directory first and then put in place; when putting it in place fails, what was already
# replaced is restored, so data/ is left as it was by every refusal and every failure. (For the
# script's own test, UPDATE_REGISTRY_FAIL_AT=PATH makes putting that file in place fail.)
#
# It builds sample/target/portinfo.jar when it is missing (PORTINFO=path/to/portinfo.jar to use
# another). Review the new rows of iana-retired.csv and the report, then run mvn -B verify and commit;
# the catalogs' stability gate (catalogs/api/) then says whether a constant disappeared or moved.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
data="$root/data"
resources="$data/src/main/resources/io/portolan/data"
bundled="$resources/iana.csv"
retired="$resources/iana-retired.csv"
jar=${PORTINFO:-$root/sample/target/portinfo.jar}

usage() {
  echo "usage: data/update-registry.sh NEW.csv | --history OLD.csv NEW.csv" >&2
  exit 2
}

refuse() {
  echo "update-registry: $*" >&2
  echo "update-registry: nothing was changed" >&2
  exit 2
}

history=false
if [ "${1:-}" = "--history" ]; then
  [ $# -eq 3 ] || usage
  history=true
  old=$2
  new=$3
else
  [ $# -eq 1 ] || usage
  old=$bundled
  new=$1
fi
for file in "$old" "$new"; do
  [ -f "$file" ] || refuse "no such file: $file"
done

if [ ! -f "$jar" ]; then
  echo "== Building portinfo"
  (cd "$root" && mvn -B -q package -pl sample -am -DskipTests)
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Fixed names, so that the report names the copies by their dates only; an error names the user's files.
cp "$old" "$work/old.csv"
cp "$new" "$work/new.csv"
diff_to() {
  if ! (cd "$work" && java -jar "$jar" diff old.csv new.csv "$@") 2> "$work/diff-errors.txt"; then
    sed -e "s|old\.csv|$old|g" -e "s|new\.csv|$new|g" "$work/diff-errors.txt" >&2
    refuse "portinfo diff could not compare the two copies"
  fi
}
diff_to > "$work/report.txt"
diff_to --format retired > "$work/retired.csv"

# The heading line is "Changes from old.csv (OLD_DATE) to new.csv (NEW_DATE):".
old_date=$(sed -n '1s/^Changes from old\.csv (\([0-9-]*\)) to .*/\1/p' "$work/report.txt")
new_date=$(sed -n '1s/.* to new\.csv (\([0-9-]*\)):$/\1/p' "$work/report.txt")
if [ -z "$old_date" ] || [ -z "$new_date" ]; then
  refuse "both copies must be IANA registry CSVs with dates inside"
fi
if [[ "$new_date" > "$(date -u -d tomorrow +%F)" ]]; then
  refuse "$new holds the date $new_date, which is in the future: a registry is dated by its newest record"
fi
if [[ ! "$new_date" > "$old_date" ]]; then
  echo "update-registry: $new is of $new_date, not newer than $old_date: nothing to do"
  exit 0
fi

# Records, not lines: a line break inside a quoted field leaves an odd number of quotes behind it.
count_records() {
  awk '{ quotes += gsub(/"/, "&") } quotes % 2 == 0 { n++ } END { print n - 1 }' "$1"
}
new_records=$(count_records "$new")
old_records=$(count_records "$old")
if [ "$new_records" -lt 1000 ]; then
  refuse "$new has $new_records records (lines that end in a line feed); the registry has over 14,000"
fi
if [ $((new_records * 100)) -lt $((old_records * 99)) ]; then
  refuse "$new has $new_records records, fewer than 99% of the $old_records of $old: is it cut short?"
fi
if [ "$(tail -c 1 "$new" | od -An -c | tr -d ' ')" != '\n' ]; then
  refuse "$new does not end with a line end: is it cut short?"
fi

old_sha=$(sha256sum < "$old" | cut -d' ' -f1)
new_sha=$(sha256sum < "$new" | cut -d' ' -f1)
copy="$data/registry/service-names-port-numbers-$new_date.csv"
if [ -f "$copy" ] && ! cmp -s "$copy" "$new"; then
  refuse "$copy exists with other content"
fi
report="$data/registry-changes/$new_date.md"

# Everything this update writes, made in $stage first: a file there replaces the file of the same
# path under $root.
stage="$work/stage"
staged() {
  local path="$stage/${1#"$root"/}"
  mkdir -p "$(dirname "$path")"
  [ -f "$path" ] || { [ -f "$1" ] && cp "$1" "$path"; } || true
  echo "$path"
}

# The names this update retires, after those already listed (a line already there is not repeated).
retired_stage=$(staged "$retired")
[ -f "$retired_stage" ] || head -n 1 "$work/retired.csv" > "$retired_stage"
{ cat "$retired_stage"; tail -n +2 "$work/retired.csv"; } | awk '!seen[$0]++' > "$work/retired-all.csv"
added_retired=$(( $(wc -l < "$work/retired-all.csv") - $(wc -l < "$retired_stage") ))
retiring=$(( $(wc -l < "$work/retired.csv") - 1 ))
cp "$work/retired-all.csv" "$retired_stage"
# Each row's constant (the last column) is pinned: the registry catalog keeps it as a deprecated constant.
# A constant that two rows give (a name retired again on another port) must be told apart by hand.
clashes=$(awk -F, 'NR > 1 && $NF != "" { n[$NF]++ } END { for (c in n) if (n[c] > 1) print c }' "$retired_stage")
if [ -n "$clashes" ]; then
  echo "update-registry: constants given by more than one row of ${retired#"$root"/}: $clashes" >&2
  refuse "give each later row its own constant (such as NAME_PORT) in ${retired#"$root"/}, then run again"
fi

if [ -f "$report" ] && $history; then
  refuse "${report#"$root"/} exists; remove it first to write it again"
fi
{
  echo "# IANA registry: $old_date to $new_date"
  echo
  echo "- From: the registry of $old_date, sha256 \`$old_sha\`"
  echo "- To: the registry of $new_date, \`registry/$(basename "$copy")\`, sha256 \`$new_sha\`"
  echo "- Written by \`data/update-registry.sh\` with \`portinfo diff\`; a service is one name on one"
  echo "  port with one transport, as \`RegistryDiff\` defines it."
  echo "- Rows for \`iana-retired.csv\` (one per retired name and port): $retiring"
  echo
  tail -n 1 "$work/report.txt"
  echo
  echo '```text'
  sed -e '1d' -e '$d' "$work/report.txt"
  echo '```'
} > "$(staged "$report")"

if ! $history; then
  cp "$new" "$(staged "$copy")"
  cp "$new" "$(staged "$bundled")"
  # The pin of the bundled copy moves; the table of copies in data/README.md keeps the old one's line
  # and gets one for the new copy.
  data_readme=$(staged "$data/README.md")
  catalog_test=$(staged "$data/src/test/java/io/portolan/data/WellKnownCatalogTest.java")
  readme=$(staged "$root/README.md")
  sed -i "/registry\/service-names-port-numbers-/!s/$old_sha/$new_sha/g" "$data_readme"
  sed -i "s/$old_sha/$new_sha/g" "$catalog_test"
  sed -i "s/registry of $old_date/registry of $new_date/g" "$readme" "$data_readme"
  # The date the processor names as the source of the bundled catalogs' assignments.
  echo "$new_date" > "$(staged "$resources/iana-date.txt")"
  records=$(echo "$new_records" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')
  row="  | \`registry/$(basename "$copy")\` | $records | \`$new_sha\` |"
  sed -i "s/assertEquals([0-9_]*, iana.size())/assertEquals(${records//,/_}, iana.size())/" "$catalog_test"
  awk -v row="$row" 'FNR == NR { if (/^  \| `registry\/service-names-port-numbers-/) last = FNR; next }
    { print } FNR == last { print row }' "$data_readme" "$data_readme" > "$work/README.md"
  cp "$work/README.md" "$data_readme"
fi

# Put everything in place, or nothing: each file replaced is kept first, and put back if any step fails.
backup="$work/backup"
applied=()
restore() {
  for path in "${applied[@]}"; do
    if [ -f "$backup/$path" ]; then cp "$backup/$path" "$root/$path"; else rm -f "$root/$path"; fi
  done
  echo "update-registry: could not put the update in place; data/ is as it was" >&2
  exit 1
}
trap 'restore' ERR
while IFS= read -r path; do
  if [ -f "$root/$path" ]; then
    mkdir -p "$(dirname "$backup/$path")"
    cp "$root/$path" "$backup/$path"
  fi
  applied+=("$path")
  mkdir -p "$(dirname "$root/$path")"
  [ "$path" != "${UPDATE_REGISTRY_FAIL_AT:-}" ]
  cp "$stage/$path" "$root/$path"
done < <(cd "$stage" && find . -type f | sed 's|^\./||' | sort)
trap - ERR

echo "update-registry: $old_date -> $new_date"
tail -n 1 "$work/report.txt"
echo "report: ${report#"$root"/}"
echo "retired names added: $added_retired (${retired#"$root"/}); check each one's reason against the report"
if ! $history; then
  echo "bundled: ${bundled#"$root"/} is now the registry of $new_date; kept as ${copy#"$root"/}"
  echo "next: review the report and iana-retired.csv, add a line to CHANGES.md, then mvn -B verify"
fi
