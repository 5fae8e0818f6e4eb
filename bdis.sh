#!/usr/bin/env bash
# Bdis: one script to set up, run and test on a fresh Debian/Ubuntu machine with the .NET 10 SDK.
#   ./bdis.sh run     install what is missing, build, start the embedded database and serve http://localhost:5080
#   ./bdis.sh test    install what is missing, build, run every test
#   ./bdis.sh cli ARGS  run the `bdis` command with the same configuration
# Every step is idempotent: a second run installs nothing and rebuilds only what changed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export Bdis__DataDirectory="${Bdis__DataDirectory:-$ROOT/.bdis}"
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
    bin="$ROOT/tools/Bdis.Cli/bin/$CONFIGURATION/net10.0"
    dotnet build "$ROOT/tools/Bdis.Cli" -c "$CONFIGURATION" -nologo -clp:ErrorsOnly -v:quiet >&2
    exec dotnet "$bin/bdis.dll" "$@"
    ;;
  bench-load)
    shift
    setup
    apt_install wrk
    exec "$ROOT/tools/bench/load.sh" "$@"
    ;;
  setup)
    shift
    setup "${APT_TEST[@]}"
    ;;
  *)
    echo "Usage: ./bdis.sh run | test [dotnet test args] | cli ARGS | bench-load [seconds] | setup" >&2
    exit 2
    ;;
esac
