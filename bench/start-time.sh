#!/usr/bin/env bash
# Start time of the hub: seconds from `java` starting to the hub's first request to the store, as the benchmark
# measures it (docs/operations.md#start-time). Builds nothing: run `./mvnw -B -q -o package -DskipTests` first.
# Starts the sandbox (a small catalogue), then the hub `--runs` times (3) in each of four cases: a fresh H2 database
# or the one the previous run left (warm), each without and with the class-data-sharing archive of `./hub run`
# (target/cloudsync-hub.jsa, written first by one run with -XX:ArchiveClassesAtExit as `./hub` does when it is
# missing or older than the jar). The hub is stopped as soon as its first store request is seen.
# Prints wall/CPU seconds per run (CPU: the hub process's user + system time, steadier than wall on a shared machine);
# the hubs' logs stay in bench/work/start/<case>-<n>.log (each begins with the time java was started).
# Options: --runs N (3)   --cases "fresh-nocds warm-nocds fresh-cds warm-cds"   --hub-opts "..." (after jvm.options)
#          --jar PATH (target/cloudsync-hub.jar; another build to compare, with its sandbox jar and archive next to it)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=3
CASES="fresh-nocds warm-nocds fresh-cds warm-cds"
HUB_OPTS=""
JAR_OPTION=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    --jar) JAR_OPTION=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); shift 2 ;;
    --cases) CASES=$2; shift 2 ;;
    --hub-opts) HUB_OPTS=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
ROOT=$PWD
JAR=${JAR_OPTION:-$ROOT/target/cloudsync-hub.jar}
ARCHIVE=$(dirname "$JAR")/cloudsync-hub.jsa
[[ -f $JAR && -f $(dirname "$JAR")/cloudsync-sandbox.jar ]] || { echo "no $JAR: build it first" >&2; exit 2; }
WORK=$PWD/bench/work/start
HUB_DIR=$WORK/hub
mkdir -p "$WORK"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
STORE_PORT=$(free_port); MS_PORT=$(free_port)
STORE=http://127.0.0.1:$STORE_PORT
SANDBOX_PID=""
HUB_PID=""
cleanup() {
  [[ -n $HUB_PID ]] && kill "$HUB_PID" 2>/dev/null || true
  [[ -n $SANDBOX_PID ]] && kill "$SANDBOX_PID" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT

(cd "$WORK" && exec java -Xmx512m -Dhub.sandbox.store-port="$STORE_PORT" -Dhub.sandbox.marketsync-port="$MS_PORT" \
  -Dhub.sandbox.products=200 -Dhub.sandbox.activity-per-minute=0 -Dhub.sandbox.customers=20 -Dhub.sandbox.orders=20 \
  -Dhub.sandbox.marketsync-orders-per-minute=0 -jar "$JAR" sandbox >"$WORK/sandbox.log" 2>&1) &
SANDBOX_PID=$!
for _ in $(seq 600); do
  curl -sf "$STORE/_sandbox/store" >/dev/null 2>&1 && curl -sf "http://127.0.0.1:$MS_PORT/_sandbox/stats" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -sf "$STORE/_sandbox/store" >/dev/null || { echo "the sandbox did not start (see $WORK/sandbox.log)" >&2; exit 1; }

# one hub start (HUB_PID: the process); SEEN: wall/CPU seconds to the first store request ("-": none within 120 s).
# Not called in $(…): the pid must stay in this shell for stop_hub.
start_hub() { # name fresh(0/1) extra-jvm-options...
  local name=$1 fresh=$2; shift 2
  if [[ $fresh == 1 ]]; then
    rm -rf "$HUB_DIR"; mkdir -p "$HUB_DIR"; cp -r routes mapping "$HUB_DIR/"
  fi
  curl -sf -X DELETE "$STORE/_sandbox/requests" >/dev/null
  local t0 now total
  t0=$(date +%s%N)
  echo "# java started $(date +%H:%M:%S.%N | cut -c1-12)" >"$WORK/$name.log"
  (cd "$HUB_DIR" && exec java @"$ROOT/jvm.options" "$@" $HUB_OPTS -Dhub.store.url="$STORE" \
    -Dhub.marketsync.url="http://127.0.0.1:$MS_PORT" -Dhub.poll.products=1s -Dhub.poll.stock=10s \
    -Dcamel.server.port="$(free_port)" -Dcamel.management.port="$(free_port)" -jar "$JAR" run >>"$WORK/$name.log" 2>&1) &
  HUB_PID=$!
  SEEN="-"
  while kill -0 "$HUB_PID" 2>/dev/null; do
    now=$(date +%s%N)
    if (( (now - t0) > 120000000000 )); then break; fi
    total=$(curl -sf "$STORE/_sandbox/requests" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("total",0))' 2>/dev/null || echo 0)
    if [[ ${total:-0} -gt 0 ]]; then
      # wall seconds / CPU seconds of the hub's process (user + system, clock ticks of 1/100 s)
      SEEN=$(awk -v d=$((now - t0)) -v cpu="$(awk '{ print $14 + $15 }' "/proc/$HUB_PID/stat")" \
        'BEGIN { printf "%.2f/%.1f", d / 1e9, cpu / 100 }'); break
    fi
    sleep 0.02
  done
}
stop_hub() {
  kill "$HUB_PID" 2>/dev/null || true
  wait "$HUB_PID" 2>/dev/null || true
  HUB_PID=""
}

if [[ " $CASES " == *"-cds "* || $CASES == *-cds ]] && { [[ ! -f $ARCHIVE ]] || [[ $JAR -nt $ARCHIVE ]]; }; then
  echo "writing the CDS archive $ARCHIVE (one run, as ./hub run does)…"
  rm -f "$ARCHIVE"
  start_hub archive 1 -XX:ArchiveClassesAtExit="$ARCHIVE" -Xlog:cds=off
  sleep 5 # let the first polls load their classes too
  stop_hub
fi

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
for case in $CASES; do
  cds=(); [[ $case == *-cds && $case != *-nocds ]] && cds=(-XX:SharedArchiveFile="$ARCHIVE")
  fresh=0; [[ $case == fresh-* ]] && fresh=1
  if [[ $fresh == 0 && ! -d $HUB_DIR/data ]]; then # a warm database: one run before to create it
    start_hub "$case-prepare" 1 "${cds[@]}"; sleep 2; stop_hub
  fi
  figures=()
  for n in $(seq "$RUNS"); do
    start_hub "$case-$n" "$fresh" "${cds[@]}"
    figures+=("$SEEN")
    sleep 2 # the first poll completes, so a warm database is one a hub has polled with
    stop_hub
  done
  printf '%-12s %s   (wall/CPU s; load %s)\n' "$case" "${figures[*]}" "$(cut -d' ' -f1 /proc/loadavg)"
done
