#!/usr/bin/env bash
# Runs the whole benchmark suite as benchmarks/README.md records it, from the repository root, after
# `mvn -q -B install -DskipTests`. About 10 minutes on an idle 2-core machine, 15 on a busy one.
# Output: benchmarks/target/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/target/results
mkdir -p "$OUT"
: > "$OUT/load.txt"

# Other work on the machine skews every number: log the load average around each step.
step() {
  echo "$(date -u +%FT%TZ) $1: load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/load.txt"
}

{
  date -u +%FT%TZ
  java -version 2>&1
  uname -srm
  echo "cores: $(nproc)"
  grep -m1 'model name' /proc/cpuinfo
  free -g | sed -n 2p
} > "$OUT/machine.txt"

step sanity
java -cp "$JAR" io.portolan.benchmarks.Sanity > "$OUT/sanity.txt"

step lookup
java -jar "$JAR" LookupBenchmark -f 2 -wi 3 -w 1s -i 5 -r 1s -prof gc \
  -rf json -rff "$OUT/lookup.json" > "$OUT/lookup.txt"

step cold
java -jar "$JAR" ColdStartBenchmark -f 20 -wi 0 -i 1 \
  -rf json -rff "$OUT/cold.json" > "$OUT/cold.txt"

# The whole pipeline needs a long warm-up: 1.2 s/op in the first 3 s iteration and 0.23-0.34 s/op
# from the second on, on an idle machine; at a load average of 7, 2.4 s/op and only from the 7th.
step processor
java -jar "$JAR" 'ProcessorBenchmark.pipeline$' -f 1 -wi 12 -w 3s -i 5 -r 3s -prof gc \
  -rf json -rff "$OUT/processor-pipeline.json" > "$OUT/processor-pipeline.txt"
java -jar "$JAR" 'ProcessorBenchmark.(parse|validate|generateTable|generateConstants)$' -f 1 -wi 8 -w 2s -i 5 -r 2s -prof gc \
  -rf json -rff "$OUT/processor-steps.json" > "$OUT/processor-steps.txt"

step javac-cold
java -jar "$JAR" JavacBenchmark -f 5 -wi 0 -i 1 \
  -rf json -rff "$OUT/javac-cold.json" > "$OUT/javac-cold.txt"

step javac-warm
java -jar "$JAR" JavacBenchmark -f 1 -wi 5 -i 5 \
  -rf json -rff "$OUT/javac-warm.json" > "$OUT/javac-warm.txt"

# Whole javac processes: without Portolan, with the prebuilt catalogs, through the processor;
# alternated in each round; medians.
step javac-processes
java -cp "$JAR" io.portolan.benchmarks.JavacProcesses 11 > "$OUT/javac-processes.txt"

# Whole java processes: an empty program against one first lookup in the prebuilt catalogs.
step cold-processes
java -cp "$JAR" io.portolan.benchmarks.ColdStartProcesses 31 > "$OUT/cold-processes.txt"

step cold-breakdown
for what in iana wellKnown; do
  for mode in "" lambdaFirst; do
    for i in 1 2 3 4 5; do
      java -cp "$JAR" io.portolan.benchmarks.ColdBreakdown $what $mode >> "$OUT/cold-breakdown.txt"
    done
  done
done
# The same in the interpreter alone: how much of the decoding the JIT saves.
for i in 1 2 3; do
  java -Xint -cp "$JAR" io.portolan.benchmarks.ColdBreakdown iana >> "$OUT/cold-breakdown.txt"
done

step footprint
java -Djdk.attach.allowAttachSelf=true -cp "$JAR" io.portolan.benchmarks.Footprint > "$OUT/footprint.txt"
for what in iana wellKnown hashMapIanaCsv; do
  java -XX:+UseSerialGC -cp "$JAR" io.portolan.benchmarks.Footprint heap "$what" >> "$OUT/footprint.txt"
done

step done
