#!/usr/bin/env bash
# Load benchmark: the host on the demo data, on loopback, under 50, 200 and 1,000 concurrent connections, with the
# product's load bounds (bounded) and without them (unbounded: the request pool as large as the server allows and no
# queue in front of it), side by side in the same run. With BDIS_BENCH_BASELINE_BIN (the build folder of another
# commit's Bdis.Web), that build runs first as "baseline". Prints a Markdown table for docs/benchmarks.md.
#   tools/bench/load.sh [seconds per run, default 10]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SECONDS_PER_RUN="${1:-10}"
PORT="${BDIS_BENCH_PORT:-5391}"
BIN="$ROOT/src/Bdis.Web/bin/${BDIS_CONFIGURATION:-Release}/net10.0"
DATA="${Bdis__DataDirectory:-$ROOT/.bdis}"
LUA="$ROOT/tools/bench/status-codes.lua"
command -v wrk >/dev/null || { echo "wrk is missing (./bdis.sh bench-load installs it)" >&2; exit 1; }

host_pid=""
stop_host() { [ -n "$host_pid" ] && kill "$host_pid" 2>/dev/null && wait "$host_pid" 2>/dev/null; host_pid=""; }
trap stop_host EXIT

start_host() {
  local log="$1"; shift
  env Logging__LogLevel__Default=Warning "$@" Bdis__DataDirectory="${HOST_DATA:-$DATA}" ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
    dotnet "$HOST_BIN/Bdis.Web.dll" --contentRoot "$HOST_BIN" >"$log" 2>&1 &
  host_pid=$!
  for _ in $(seq 1 300); do
    curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && return 0
    kill -0 "$host_pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.5
  done
  echo "the host did not become ready" >&2; exit 1
}

SLUG=""
ENDPOINTS=()
pick_endpoints() {
  SLUG="$(curl -sf "http://127.0.0.1:$PORT/api/initiatives?pageSize=1" | sed -E 's/.*"slug":"([^"]+)".*/\1/')"
  ENDPOINTS=("/initiatives/$SLUG" "/api/initiatives/$SLUG" "/api/search?q=recyclerie" "/")
}

run_config() {
  local name="$1"; shift
  local log; log="$(mktemp)"
  start_host "$log" "$@"
  pick_endpoints
  for path in "${ENDPOINTS[@]}"; do
    # A warm-up pass, so that the first level does not pay for the JIT (2 s was too short: tiered compilation was
    # still running and the 50-connection figure came out low).
    wrk -t2 -c50 -d6s "http://127.0.0.1:$PORT$path" >/dev/null 2>&1 || true
    for c in 50 200 1000; do
      local out rps ok s503 other p50 p99 timeouts
      out="$(wrk -t2 -c"$c" -d"${SECONDS_PER_RUN}s" --timeout 10s -s "$LUA" "http://127.0.0.1:$PORT$path" 2>&1)"
      rps="$(awk '/^Requests\/sec:/{print $2}' <<<"$out")"
      ok="$(awk '$1=="status" && $2<400 {n+=$3} END{print n+0}' <<<"$out")"
      s503="$(awk '$1=="status" && $2==503 {n+=$3} END{print n+0}' <<<"$out")"
      other="$(awk '$1=="status" && $2>=500 && $2!=503 {n+=$3} END{print n+0}' <<<"$out")"
      timeouts="$(awk '$1=="timeouts"{print $2}' <<<"$out")"
      p50="$(awk '$1=="p50ms"{print $2}' <<<"$out")"
      p99="$(awk '$1=="p99ms"{print $2}' <<<"$out")"
      printf '| %s | `%s` | %s | %s | %.0f | %s | %s | %s | %s | %s |\n' "$name" "$path" "$c" "$rps" \
        "$(awk -v n="$ok" -v s="$SECONDS_PER_RUN" 'BEGIN{print n/s}')" "$s503" "$other" "$timeouts" "$p50" "$p99"
    done
  done
  echo "<!-- $name host log: $(grep -c '^fail' "$log" || true) logged failures; $(grep -m1 'Database connections' "$log" || true) -->"
  stop_host
  rm -f "$log"
}

echo "| host | path | connections | responses/s | 2xx-3xx/s | 503 | other 5xx | timeouts | p50 ms | p99 ms |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
if [ -n "${BDIS_BENCH_BASELINE_BIN:-}" ]; then
  HOST_DATA="$DATA-baseline" HOST_BIN="$BDIS_BENCH_BASELINE_BIN" run_config baseline Logging__LogLevel__Default=Information
fi
[ -n "${BDIS_BENCH_SKIP_UNBOUNDED:-}" ] || HOST_BIN="$BIN" run_config unbounded Bdis__Load__Enabled=false Bdis__Database__ServerShare=1 Bdis__Database__MaxPoolSize=100 Logging__LogLevel__Default=Information
HOST_BIN="$BIN" run_config bounded Logging__LogLevel__Default=Information
