#!/usr/bin/env bash
# Side-by-side peer benchmark: ParticleContracts' client vs particle-api-js 12.0.3 and a raw HttpClient + JsonDocument
# baseline, against one simulator process.
# Not part of CI's test run. Usage (from the repository root):
#   bash benchmarks/peers/run.sh [calls=2000] [rounds=3] [events=600000]
# Needs dotnet, node and npm (particle-api-js is installed from the npm registry into a temporary folder).
# Each workload runs in a fresh client process per round, the three clients rotating which goes first; every reply is
# checked; client CPU per call is user+system time from /proc/self/stat over the timed calls (after a warm-up); the
# simulator's CPU per call is user+system time from /proc/<simulator pid>/stat around each client's whole workload
# (warm-up included) divided by every call it served.
set -euo pipefail

CALLS="${1:-2000}"
ROUNDS="${2:-3}"
EVENTS="${3:-600000}"
WARMUP=$(( CALLS / 5 > 200 ? CALLS / 5 : 200 ))
# A fresh .NET process reaches optimised code for the event path only after a few hundred thousand events (measured:
# 1.98 µs CPU per event over events 100k..600k, 1.0 µs over 300k..600k, at load ≈ 25), so every client starts its
# clock halfway through the stream: the same warm-up for all three.
EVENT_WARMUP=$(( EVENTS / 2 ))
API_JS_VERSION="12.0.3"
TOKEN="peer-benchmark-token"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH_DIR="$ROOT/benchmarks/ParticleContracts.Benchmarks"
BENCH_DLL="$BENCH_DIR/bin/Release/net10.0/ParticleContracts.Benchmarks.dll"
SIM_DLL="$BENCH_DIR/bin/Release/net10.0/ParticleContracts.Simulator.dll"
CLK_TCK="$(getconf CLK_TCK)"
WORK="$(mktemp -d -t particle-peers-XXXXXX)"
RESULTS="$WORK/results.jsonl"
SIM_PID=""
SSE_PID=""

cleanup() {
  [[ -n "$SIM_PID" ]] && kill "$SIM_PID" 2>/dev/null || true
  [[ -n "$SSE_PID" ]] && kill "$SSE_PID" 2>/dev/null || true
  exec 7>&- 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== build (Release) and npm install particle-api-js@$API_JS_VERSION into $WORK"
dotnet build -c Release "$BENCH_DIR" -nologo -v quiet >/dev/null
(cd "$WORK" && npm install "particle-api-js@$API_JS_VERSION" --no-audit --no-fund --no-save --loglevel=error >/dev/null)

echo "== simulator (standalone command, rate limit off, no call history)"
dotnet "$SIM_DLL" --port 0 --token "$TOKEN" --no-rate-limit --call-history 0 --firmware "$ROOT/firmware/weather-station" >"$WORK/simulator.log" 2>&1 &
SIM_PID=$!
for _ in $(seq 1 300); do
  grep -q "Press Ctrl+C" "$WORK/simulator.log" && break
  sleep 0.1
done
BASE_URL="$(grep -o 'http://[0-9.:]*' "$WORK/simulator.log" | head -n1)"
[[ -n "$BASE_URL" ]] || { cat "$WORK/simulator.log"; echo "simulator did not start" >&2; exit 1; }

echo "== recorded SSE source ($EVENTS sequenced events, ':ok' then a pause)"
mkfifo "$WORK/sse.in"
dotnet "$BENCH_DLL" peer-sse-source "$EVENTS" <"$WORK/sse.in" >"$WORK/sse.out" 2>&1 &
SSE_PID=$!
exec 7>"$WORK/sse.in"
for _ in $(seq 1 300); do
  grep -q READY "$WORK/sse.out" && break
  sleep 0.1
done
SSE_URL="http://127.0.0.1:$(awk '/READY/ {print $2}' "$WORK/sse.out")"

# The simulator's user+system ticks so far (fields 14 and 15 of /proc/<pid>/stat, counted after the parenthesised name).
sim_ticks() { sed 's/^.*) //' "/proc/$SIM_PID/stat" | awk '{print $12 + $13}'; }

# Runs one client's workload and records the simulator's CPU during it (calls workloads only; the SSE source is not the simulator).
with_simulator_cpu() {
  local client="$1" workload="$3" calls="$6" warmup="$7" concurrency="$8"; shift
  local before after
  before="$(sim_ticks)"
  "$@"
  after="$(sim_ticks)"
  if [[ "$workload" != events ]]; then
    printf '{"kind":"simulator","client":"%s","workload":"%s","concurrency":%s,"calls":%s,"cpuSeconds":%s}\n' \
      "$client" "$workload" "$concurrency" "$(( calls + warmup ))" "$(awk -v t=$(( after - before )) -v hz="$CLK_TCK" 'BEGIN { printf "%.4f", t / hz }')" >>"$RESULTS"
  fi
}

ours() { dotnet "$BENCH_DLL" peer-load "$@" "$CLK_TCK" >>"$RESULTS"; }
raw() { local workload="$1"; shift; dotnet "$BENCH_DLL" peer-load "raw-$workload" "$@" "$CLK_TCK" >>"$RESULTS"; }
theirs() { node "$ROOT/benchmarks/peers/api-js-load.cjs" "$WORK" "$1" "$2" "$3" "$4" "$5" "$6" "$CLK_TCK" >>"$RESULTS"; }
run_ours() { with_simulator_cpu ParticleContracts ours "$@"; }
run_theirs() { with_simulator_cpu particle-api-js theirs "$@"; }
run_raw() { with_simulator_cpu HttpClient+JsonDocument raw "$@"; }
CLIENTS=(run_ours run_theirs run_raw)

# Runs one workload with every client, the order rotated by round so no client always goes first.
run_all() {
  local round="$1"; shift
  for i in 0 1 2; do
    "${CLIENTS[$(( (i + round) % 3 ))]}" "$@"
  done
}

START_LOAD="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "== $ROUNDS interleaved rounds: $CALLS calls after $WARMUP warm-up, sequential and 16 in flight; $EVENTS events, clock from event $EVENT_WARMUP"
echo "   clients: ParticleContracts (generated proxy), particle-api-js $API_JS_VERSION, HttpClient + JsonDocument (raw baseline)"
for round in $(seq 1 "$ROUNDS"); do
  for spec in "variable 1" "function 1" "variable 16" "function 16"; do
    set -- $spec
    run_all "$round" "$1" "$BASE_URL" "$TOKEN" "$CALLS" "$WARMUP" "$2"
  done
  run_all "$round" events "$SSE_URL" "$TOKEN" "$EVENTS" "$EVENT_WARMUP" 1
  echo "   round $round done (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
done

echo
echo "Machine: $(nproc) cores, load average $START_LOAD at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end; $(date -u '+%Y-%m-%d %H:%M UTC')"
node "$ROOT/benchmarks/peers/report.cjs" "$RESULTS"
