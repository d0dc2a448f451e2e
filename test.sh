#!/usr/bin/env bash
# The one test command (CI runs it through .ci/run). In order:
#   1. as root on Debian, installs what is missing (chromium, postgresql);
#   2. restores tools, builds in Release (warnings are errors), checks formatting and that
#      neither provider has model changes without a migration;
#   3. runs the integration tests on SQLite, then on a throwaway PostgreSQL cluster, then the
#      browser tests; each suite writes a TRX file into $RESULTS_DIR (default TestResults).
# A failing step does not stop the next ones, except a failed build (nothing left to run).
# Each check counts as one test in the totals. The last line is always "N passed, N failed",
# and the exit code is non-zero whenever anything failed.
set -euo pipefail
cd "$(dirname "$0")"

RESULTS_DIR=${RESULTS_DIR:-$PWD/TestResults}
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

total_passed=0
total_failed=0
summary=()
pg_dir=""
pg_bin=""
pg_as=()
stopped_by=""

step() { printf '\n==> %s\n' "$*"; }

elapsed() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }

# record NAME OK|FAILED SECONDS: a check that counts as one test.
record() {
    if [[ $2 == OK ]]; then total_passed=$((total_passed + 1)); else total_failed=$((total_failed + 1)); fi
    summary+=("$(printf '%-22s %s (%s)' "$1" "$2" "$(elapsed "$3")")")
}

# check NAME COMMAND...: runs a check and records its outcome; returns non-zero if it failed.
check() {
    local name=$1 start=$SECONDS
    shift
    step "$name"
    if "$@"; then
        record "$name" OK $((SECONDS - start))
    else
        record "$name" FAILED $((SECONDS - start))
        return 1
    fi
}

install_prerequisites() {
    local missing=()
    [[ -x /usr/bin/chromium ]] || missing+=(chromium)
    compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
    ((${#missing[@]} == 0)) && return 0
    if ((EUID != 0)) || ! command -v apt-get >/dev/null; then
        echo "error: missing ${missing[*]}; as root on Debian: apt-get install -y ${missing[*]}" >&2
        return 1
    fi
    step "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # Waits for another apt/dpkg run to release its lock instead of failing.
    local apt=(apt-get -o DPkg::Lock::Timeout=600 -q)
    if ! apt-cache show "${missing[@]}" >/dev/null 2>&1; then "${apt[@]}" update; fi
    "${apt[@]}" install -y "${missing[@]}" \
        || { "${apt[@]}" update && "${apt[@]}" install -y "${missing[@]}"; }
}

free_port() {
    local port
    for _ in {1..50}; do
        port=$((20000 + RANDOM % 40000))
        # Connection refused means nobody listens there.
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

# Starts a PostgreSQL cluster in a temporary directory (removed on exit); sets PG_PORT.
start_postgres() {
    pg_bin=$(compgen -G '/usr/lib/postgresql/*/bin' | sort -V | tail -n1)
    pg_dir=$(mktemp -d -t passerelle-pg.XXXXXX)
    mkdir "$pg_dir/socket"
    if ((EUID == 0)); then
        chown -R postgres:postgres "$pg_dir"
        pg_as=(runuser -u postgres --)
    fi
    local locale=(--no-locale)
    locale -a 2>/dev/null | grep -ix 'c.utf-\?8' >/dev/null && locale=(--locale=C.UTF-8)
    "${pg_as[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U postgres -E UTF8 "${locale[@]}" --no-sync >/dev/null
    for _ in 1 2 3; do
        PG_PORT=$(free_port) || break
        if "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/postgres.log" -w -t 60 start -o \
            "-p $PG_PORT -k $pg_dir/socket -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            >/dev/null; then
            echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
            return 0
        fi
    done
    echo "error: PostgreSQL did not start; end of its log:" >&2
    tail -n 20 "$pg_dir/postgres.log" >&2 || true
    return 1
}

stop_postgres() {
    [[ -n $pg_dir ]] || return 0
    if [[ -f $pg_dir/data/postmaster.pid ]]; then
        "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$pg_dir"
    pg_dir=""
}

# counter FILE NAME: one attribute of the TRX <Counters> element.
counter() {
    grep -o '<Counters [^>]*>' "$1" | grep -o " $2=\"[0-9]*\"" | grep -o '[0-9]\+' || echo 0
}

# suite NAME PROJECT [VAR=value...]: runs one test project, adds its TRX counts to the totals.
suite() {
    local name=$1 project=$2 start=$SECONDS rc=0
    shift 2
    local trx="$RESULTS_DIR/$name.trx"
    step "tests: $name"
    env -u PASSERELLE_TEST_POSTGRES "$@" dotnet test "$project" -c Release --no-build \
        --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS_DIR" || rc=$?
    local passed=0 failed=0 skipped=0
    if [[ -f $trx ]]; then
        passed=$(counter "$trx" passed)
        failed=$(($(counter "$trx" failed) + $(counter "$trx" error) + $(counter "$trx" timeout) + $(counter "$trx" aborted)))
        skipped=$(counter "$trx" notExecuted)
    fi
    # A crashed run (no TRX, or an error outside any test) still counts as a failure.
    [[ -f $trx ]] || failed=1
    ((rc != 0 && failed == 0)) && failed=1
    total_passed=$((total_passed + passed))
    total_failed=$((total_failed + failed))
    summary+=("$(printf '%-22s %d passed, %d failed, %d skipped (%s)' "tests $name" "$passed" "$failed" "$skipped" "$(elapsed $((SECONDS - start)))")")
}

finish() {
    local rc=$?
    trap - EXIT INT TERM
    stop_postgres
    # An interrupt or an unexpected stop (set -e) must show as a failure in the totals too.
    if [[ -n $stopped_by ]] || ((rc != 0 && total_failed == 0)); then
        total_failed=$((total_failed + 1))
        summary+=("${stopped_by:-aborted} (exit code $rc)")
    fi
    printf '\n==> Summary (%s)\n' "$(elapsed "$SECONDS")"
    printf '  %s\n' "${summary[@]}"
    echo "$total_passed passed, $total_failed failed"
    ((total_failed == 0)) || exit 1
    exit "$rc"
}
trap finish EXIT
trap 'stopped_by=interrupted; exit 130' INT TERM

main() {
    step "prerequisites"
    command -v dotnet >/dev/null || { echo "error: the .NET SDK (dotnet) is not installed" >&2; record prerequisites FAILED 0; return 1; }
    if ! install_prerequisites; then record prerequisites FAILED $SECONDS; return 1; fi
    rm -rf "$RESULTS_DIR" && mkdir -p "$RESULTS_DIR"

    check "tool restore" dotnet tool restore || true
    check build dotnet build Passerelle.slnx -c Release || return 1
    check format dotnet format Passerelle.slnx --verify-no-changes --no-restore || true
    for provider in Sqlite Postgres; do
        check "migrations ${provider,,}" dotnet ef migrations has-pending-model-changes \
            --project src/Passerelle.Web --context "${provider}AppDbContext" --no-build --configuration Release || true
    done

    suite sqlite tests/Passerelle.Tests
    local start=$SECONDS
    step "PostgreSQL cluster"
    if start_postgres; then
        suite postgres tests/Passerelle.Tests PASSERELLE_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres"
        stop_postgres
    else
        record "postgres cluster" FAILED $((SECONDS - start))
    fi
    suite browser tests/Passerelle.BrowserTests
}

main
