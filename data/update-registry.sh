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
  [ -f "$file" ] || { echo "update-registry: no such file: $file" >&2; exit 2; }
done

if [ ! -f "$jar" ]; then
  echo "== Building portinfo"
  (cd "$root" && mvn -B -q package -pl sample -am -DskipTests)
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Fixed names, so that the report names the copies by their dates only.
cp "$old" "$work/old.csv"
cp "$new" "$work/new.csv"
(cd "$work" && java -jar "$jar" diff old.csv new.csv > report.txt)
(cd "$work" && java -jar "$jar" diff old.csv new.csv --format retired > retired.csv)

# The heading line is "Changes from old.csv (OLD_DATE) to new.csv (NEW_DATE):".
old_date=$(sed -n '1s/^Changes from old\.csv (\([0-9-]*\)) to .*/\1/p' "$work/report.txt")
new_date=$(sed -n '1s/.* to new\.csv (\([0-9-]*\)):$/\1/p' "$work/report.txt")
if [ -z "$old_date" ] || [ -z "$new_date" ]; then
  echo "update-registry: both copies must be IANA registry CSVs with dates inside" >&2
  exit 2
fi
if [[ ! "$new_date" > "$old_date" ]]; then
  echo "update-registry: $new is of $new_date, not newer than $old_date: nothing to do"
  exit 0
fi

old_sha=$(sha256sum < "$old" | cut -d' ' -f1)
new_sha=$(sha256sum < "$new" | cut -d' ' -f1)
copy="$data/registry/service-names-port-numbers-$new_date.csv"
if [ -f "$copy" ] && ! cmp -s "$copy" "$new"; then
  echo "update-registry: $copy exists with other content" >&2
  exit 2
fi
if ! $history; then
  cp "$new" "$copy"
  cp "$new" "$bundled"
fi

# The names this update retires, after those already listed (a line already there is not repeated).
[ -f "$retired" ] || head -n 1 "$work/retired.csv" > "$retired"
{ cat "$retired"; tail -n +2 "$work/retired.csv"; } | awk '!seen[$0]++' > "$work/retired-all.csv"
added_retired=$(( $(wc -l < "$work/retired-all.csv") - $(wc -l < "$retired") ))
retiring=$(( $(wc -l < "$work/retired.csv") - 1 ))
cp "$work/retired-all.csv" "$retired"
# Each row's constant (the last column) is pinned: the registry catalog keeps it as a deprecated constant.
# A constant that two rows give (a name retired again on another port) must be told apart by hand.
clashes=$(awk -F, 'NR > 1 && $NF != "" { n[$NF]++ } END { for (c in n) if (n[c] > 1) print c }' "$retired")
if [ -n "$clashes" ]; then
  echo "update-registry: constants given by more than one row of ${retired#"$root"/}: $clashes" >&2
  echo "update-registry: give each later row its own constant (such as NAME_PORT) before building" >&2
  exit 2
fi

mkdir -p "$data/registry-changes"
report="$data/registry-changes/$new_date.md"
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
} > "$report"

if ! $history; then
  # The pin of the bundled copy moves; the table of copies in data/README.md keeps the old one's line
  # and gets one for the new copy.
  sed -i "/registry\/service-names-port-numbers-/!s/$old_sha/$new_sha/g" "$data/README.md"
  sed -i "s/$old_sha/$new_sha/g" "$data/src/test/java/io/portolan/data/WellKnownCatalogTest.java"
  sed -i "s/registry of $old_date/registry of $new_date/g" "$root/README.md" "$data/README.md"
  # The date the processor names as the source of the bundled catalogs' assignments.
  echo "$new_date" > "$resources/iana-date.txt"
  # Records, not lines: a line break inside a quoted field leaves an odd number of quotes behind it.
  records=$(awk '{ quotes += gsub(/"/, "&") } quotes % 2 == 0 { n++ } END { print n - 1 }' "$new" \
    | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')
  row="  | \`registry/$(basename "$copy")\` | $records | \`$new_sha\` |"
  sed -i "s/assertEquals([0-9_]*, iana.size())/assertEquals(${records//,/_}, iana.size())/" \
    "$data/src/test/java/io/portolan/data/WellKnownCatalogTest.java"
  awk -v row="$row" 'FNR == NR { if (/^  \| `registry\/service-names-port-numbers-/) last = FNR; next }
    { print } FNR == last { print row }' "$data/README.md" "$data/README.md" > "$work/README.md"
  cp "$work/README.md" "$data/README.md"
fi

echo "update-registry: $old_date -> $new_date"
tail -n 1 "$work/report.txt"
echo "report: ${report#"$root"/}"
echo "retired names added: $added_retired (${retired#"$root"/}); check each one's reason against the report"
if ! $history; then
  echo "bundled: ${bundled#"$root"/} is now the registry of $new_date; kept as ${copy#"$root"/}"
  echo "next: review the report and iana-retired.csv, add a line to CHANGES.md, then mvn -B verify"
fi
