#!/usr/bin/env bash
# Bdis: one script to set up, run and test on a fresh Debian/Ubuntu machine with the .NET 10 SDK.
#   ./bdis.sh run     install what is missing, build, start the embedded database and serve http://localhost:5080
#   ./bdis.sh test    install what is missing, build, run every test
#   ./bdis.sh cli ARGS  run the `bdis` command with the same configuration
#   ./bdis.sh bench-load [S]  the load benchmark (wrk, S seconds a run) of docs/benchmarks.md
#   ./bdis.sh data-dir  print the folder of the embedded database, checked as `run` checks it
# Every step is idempotent: a second run installs nothing and rebuilds only what changed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
CONFIGURATION="${BDIS_CONFIGURATION:-Release}"

say() { printf '\033[1m[bdis]\033[0m %s\n' "$*" >&2; }
die() { printf '[bdis] %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@";
  elif command -v sudo >/dev/null 2>&1; then sudo "$@";
  else die "Need root (or sudo) to install: $*"; fi
}

# Debian packages the app and its tests need. Chromium drives the browser tests.
APT_RUN=(postgresql postgresql-15-postgis-3 postgresql-contrib)
APT_TEST=(chromium)

apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null 2>&1 || die "Missing packages (${missing[*]}) and no apt-get to install them."
  say "Installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

check_dotnet() {
  command -v dotnet >/dev/null 2>&1 || die "The .NET 10 SDK is required (https://learn.microsoft.com/dotnet/core/install/linux-debian)."
  local major
  major="$(dotnet --version | cut -d. -f1)"
  [ "$major" -ge 10 ] || die "The .NET SDK $(dotnet --version) is too old: Bdis needs .NET 10."
}

npm_install() {
  # Front-end packages (Leaflet…) come from the npm registry and are served by the app itself.
  for dir in "$ROOT/src/Bdis.Web" "$ROOT/tests/Bdis.E2E"; do
    [ -f "$dir/package.json" ] || continue
    command -v npm >/dev/null 2>&1 || apt_install nodejs npm
    if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
      say "npm ci in ${dir#$ROOT/}"
      (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    fi
  done
}

# The embedded cluster's folder. As root, the cluster runs as the unprivileged `postgres` account, which must be able
# to cross every folder above it: a clone under /root (mode 700) cannot hold it. Checked before building. When the
# default folder ($ROOT/.bdis) cannot be used, the data goes to a folder of this clone's own under $STATE_ROOT, named
# after a hash of the clone's path so every run finds it again; home folders keep their permissions.
STATE_ROOT="${BDIS_STATE_ROOT:-/var/lib/bdis}"

nearest_existing() {
  local path="$1"
  while [ ! -e "$path" ]; do path="$(dirname "$path")"; done
  printf '%s\n' "$path"
}

# Succeeds when the cluster can live in $1; otherwise sets WHY_NOT to the reason.
data_dir_usable() {
  local existing
  existing="$(nearest_existing "$1")"
  if [ ! -d "$existing" ]; then
    WHY_NOT="$existing is a file"
  elif [ "$(id -u)" -eq 0 ]; then
    # No postgres account yet: the PostgreSQL package brings it, and the host checks again when it starts.
    id postgres >/dev/null 2>&1 || return 0
    runuser -u postgres -- test -x "$existing" && return 0
    WHY_NOT="the postgres account, which runs the database, cannot reach $existing, a folder above it being private"
  else
    [ -w "$existing" ] && return 0
    WHY_NOT="$existing cannot be written to"
  fi
  return 1
}

# Sets Bdis__DataDirectory to a folder the embedded cluster can use, or stops with one sentence.
resolve_data_dir() {
  if [ -n "${ConnectionStrings__Bdis:-}" ]; then
    # An external server: no embedded cluster, the folder holds the search index only.
    export Bdis__DataDirectory="${Bdis__DataDirectory:-$ROOT/.bdis}"
    return 0
  fi
  if [ -n "${Bdis__DataDirectory:-}" ]; then
    data_dir_usable "$Bdis__DataDirectory" || die "Bdis__DataDirectory=$Bdis__DataDirectory cannot hold the database: $WHY_NOT."
    return 0
  fi
  export Bdis__DataDirectory="$ROOT/.bdis"
  data_dir_usable "$Bdis__DataDirectory" && return 0
  local why="$WHY_NOT" own
  own="$STATE_ROOT/$(printf '%s' "$ROOT" | sha256sum | cut -c1-16)"
  data_dir_usable "$own" || die "No folder can hold the database: $why, and $own cannot be used either ($WHY_NOT). Set Bdis__DataDirectory."
  say "$ROOT/.bdis cannot hold the database: $why. The data is kept in $own instead."
  export Bdis__DataDirectory="$own"
}

build() {
  say "Building ($CONFIGURATION)"
  dotnet build "$ROOT/Bdis.sln" -c "$CONFIGURATION" -nologo -clp:ErrorsOnly -v:quiet
}

setup() {
  check_dotnet
  apt_install "${APT_RUN[@]}" "$@"
  npm_install
  build
}

run_tests() {
  setup "${APT_TEST[@]}"
  local log status
  log="$(mktemp)"
  say "Running the tests"
  set +e
  dotnet test "$ROOT/Bdis.sln" -c "$CONFIGURATION" --no-build -nologo "$@" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  set -e
  # One closing line for the whole run, summed over the test assemblies.
  awk '/(Passed|Failed)!? +- +Failed: /{
         for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1));
           if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
       END { printf "Total: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
  rm -f "$log"
  return "$status"
}

case "${1:-}" in
  run)
    shift
    check_dotnet
    apt_install "${APT_RUN[@]}"
    resolve_data_dir
    setup
    say "Starting Bdis on ${ASPNETCORE_URLS:-http://localhost:5080} (data in $Bdis__DataDirectory); Ctrl-C stops it"
    bin="$ROOT/src/Bdis.Web/bin/$CONFIGURATION/net10.0"
    # exec: the host gets SIGINT/SIGTERM itself and stops the embedded database cleanly.
    exec dotnet "$bin/Bdis.Web.dll" --contentRoot "$bin" "$@"
    ;;
  test)
    shift
    run_tests "$@"
    ;;
  cli)
    shift
    check_dotnet
    resolve_data_dir
    bin="$ROOT/tools/Bdis.Cli/bin/$CONFIGURATION/net10.0"
    dotnet build "$ROOT/tools/Bdis.Cli" -c "$CONFIGURATION" -nologo -clp:ErrorsOnly -v:quiet >&2
    exec dotnet "$bin/bdis.dll" "$@"
    ;;
  bench-load)
    shift
    check_dotnet
    apt_install "${APT_RUN[@]}"
    resolve_data_dir
    setup
    apt_install wrk
    exec "$ROOT/tools/bench/load.sh" "$@"
    ;;
  setup)
    shift
    setup "${APT_TEST[@]}"
    ;;
  data-dir)
    resolve_data_dir
    printf '%s\n' "$Bdis__DataDirectory"
    ;;
  *)
    echo "Usage: ./bdis.sh run | test [dotnet test args] | cli ARGS | bench-load [seconds] | setup | data-dir" >&2
    exit 2
    ;;
esac
