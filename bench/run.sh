#!/usr/bin/env bash
# The benchmark (see bench/README.md): builds the jar if needed, compiles the harness in bench/src against it, and runs
# the sandbox and the hub as separate processes. Options:
#   --products N        catalogue size (default 100000)       --quick        5,000 products
#   --latency-ms MS     added latency per request (20)         --no-naive     skip the naive sync
#   --naive-sample N    products the naive sync runs on (2000) --profile      JFR of the hub, summarised at the end
#   --hub-opts "..."    JVM options of the hub                 --poll-stock D stock poll period of the hub (10s)
#   --results FILE      where the table is appended (bench/results/<date>.md)
#   --db postgresql     the hub on a fresh PostgreSQL database, dropped at the end (default: h2)
#   --pg-url URL        jdbc:postgresql://127.0.0.1:5432   --pg-user U  postgres (password: PGPASSWORD)
#   --idle-minutes M    idle hour sampled over M minutes (10; --quick: 2)   --no-idle  skip it
#   --idle-warmup S     seconds from the restarted hub's first store request to sampling (90)
#   --no-cds            the hubs without ./hub run's class-data archive (and no start measured without it)
#   --hub.some.key V    any hub key, passed to the hub as -Dhub.some.key=V
set -euo pipefail
cd "$(dirname "$0")/.."
ORIG="$*"
ARGS=()
PROFILE=0
QUICK=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) ARGS+=(--products 5000); QUICK=1; shift ;;
    --profile) PROFILE=1; ARGS+=(--profile); shift ;;
    --no-naive|--no-hub|--no-idle|--no-cds) ARGS+=("$1"); shift ;;
    --*) ARGS+=("$1" "$2"); shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
JAR=target/cloudsync-hub.jar
if [[ ! -f $JAR ]] || [[ ! -f target/cloudsync-sandbox.jar ]] || [[ -n "$(find src/main sandbox/src/main pom.xml -newer "$JAR" -type f -print -quit)" ]]; then
  echo "building $JAR ..."
  ./mvnw -B -q -o package -DskipTests
fi
CLASSES=bench/work/classes
mkdir -p "$CLASSES"
if [[ $QUICK == 1 && " $ORIG " != *" --idle-minutes "* ]]; then ARGS+=(--idle-minutes 2); fi
javac -nowarn -d "$CLASSES" -cp "$JAR" bench/src/bench/*.java
rm -f bench/work/hub.jfr bench/work/hub-idle.jfr
java -Xmx${BENCH_HEAP:-4g} -cp "$CLASSES:$JAR" bench.Bench --jar "$JAR" --work bench/work --args "$ORIG" "${ARGS[@]}"
if [[ $PROFILE == 1 && -f bench/work/hub.jfr ]]; then
  echo; echo "== JFR profile of the hub (bench/work/hub.jfr)"
  java -cp "$CLASSES" bench.JfrTop bench/work/hub.jfr 1 | tee bench/work/profile.txt
fi
if [[ $PROFILE == 1 && -f bench/work/hub-idle.jfr ]]; then
  echo; echo "== JFR profile of the idle hub (bench/work/hub-idle.jfr)"
  java -cp "$CLASSES" bench.JfrTop bench/work/hub-idle.jfr 1 | tee bench/work/profile-idle.txt
fi
