#!/usr/bin/env bash
# A real, local Elasticsearch for tests and development.
#
#   scripts/elasticsearch.sh fetch    download + unpack the distribution (cached)
#   scripts/elasticsearch.sh start    start (no-op when already running), wait for yellow, print URL
#   scripts/elasticsearch.sh stop     stop cleanly and wait
#   scripts/elasticsearch.sh status   print state; exit 0 when running, 3 when not
#   scripts/elasticsearch.sh url      print the URL
#
# The distribution is Elastic's `integ-test-zip` (org.elasticsearch.distribution.
# integ-test-zip:elasticsearch:<version>:zip), fetched from Maven Central with Maven.
# It is the bare server: no bundled JDK and almost no modules (see docs/elasticsearch.md
# for what analysis it supports). It listens on 127.0.0.1 only, single node, no security.
#
# Environment:
#   ES_VERSION         distribution version (default below)
#   ES_CACHE           cache dir for the zip, the unpacked server and the node's state
#                      (default <repo>/.cache/elasticsearch)
#   ES_PORT            HTTP port (default 9201); transport binds 127.0.0.1 too
#   ES_JAVA_HOME       JDK to run with (default: newest JDK >= 21 under /usr/lib/jvm)
#   ES_HEAP            heap size for -Xms/-Xmx (default 512m)
#   ES_START_TIMEOUT   seconds to wait for yellow health (default 120)
#   ES_USER            user to run as when invoked as root (default esrun; created if missing)
#   ES_FRESH=1         on start, wipe the node's data first
#   ES_HUNSPELL_DIR    where the hunspell dictionaries are (default /usr/share/hunspell;
#                      as root, Debian's hunspell-en-us and hunspell-ru are installed
#                      when missing)
set -euo pipefail

ES_VERSION_DEFAULT=9.5.4
# sha256 of the default version's zip (Maven Central serves no checksum files for it).
ES_SHA256_DEFAULT=d9b0c28e08e499f6510b52ad66ec4bf9cdceab97cc28b3456989b8744b896934

ES_VERSION=${ES_VERSION:-$ES_VERSION_DEFAULT}
REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ES_CACHE=${ES_CACHE:-$REPO_ROOT/.cache/elasticsearch}
ES_PORT=${ES_PORT:-9201}
ES_HEAP=${ES_HEAP:-512m}
ES_START_TIMEOUT=${ES_START_TIMEOUT:-120}
ES_USER=${ES_USER:-esrun}
ES_HUNSPELL_DIR=${ES_HUNSPELL_DIR:-/usr/share/hunspell}
HUNSPELL_LOCALES="en_US ru_RU"
HUNSPELL_PACKAGES="hunspell-en-us hunspell-ru"
CLUSTER_NAME=press-archive
ARTIFACT=org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1

ZIP=$ES_CACHE/dist/elasticsearch-$ES_VERSION.zip

log() { echo "elasticsearch.sh: $*" >&2; }
die() { log "error: $*"; exit 1; }

is_root() { [ "$(id -u)" = 0 ]; }

# Run a command as the user the server runs as.
as_es() {
    if is_root; then runuser -u "$ES_USER" -- "$@"; else "$@"; fi
}

ensure_user() {
    is_root || return 0
    if ! id -u "$ES_USER" >/dev/null 2>&1; then
        log "creating system user $ES_USER"
        useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$ES_USER" \
            || id -u "$ES_USER" >/dev/null 2>&1 || die "could not create user $ES_USER"
    fi
}

# Where the unpacked server and the node's state live. Normally inside ES_CACHE; when
# running as root and the server user cannot reach ES_CACHE (a parent dir is private),
# a dir under /var/tmp keyed by the cache path.
run_root() {
    if is_root && ! runuser -u "$ES_USER" -- test -x "$ES_CACHE" 2>/dev/null; then
        local key
        key=$(printf '%s' "$ES_CACHE" | sha256sum | cut -c1-12)
        echo "/var/tmp/press-archive-elasticsearch-$key"
    else
        echo "$ES_CACHE"
    fi
}

lock() {
    mkdir -p "$ES_CACHE"
    exec 9>"$ES_CACHE/.lock"
    flock -w 600 9 || die "timed out waiting for $ES_CACHE/.lock"
}

# --- hunspell -----------------------------------------------------------------

# The mappings stem English and Russian with the core `hunspell` token filter, which
# reads <config>/hunspell/<locale>/*.aff|dic when an index first uses them.
have_hunspell() {
    local l
    for l in $HUNSPELL_LOCALES; do
        [ -s "$ES_HUNSPELL_DIR/$l.aff" ] && [ -s "$ES_HUNSPELL_DIR/$l.dic" ] || return 1
    done
}

ensure_hunspell() {
    have_hunspell && return 0
    is_root && command -v apt-get >/dev/null \
        || die "hunspell dictionaries missing in $ES_HUNSPELL_DIR (apt-get install $HUNSPELL_PACKAGES)"
    log "installing $HUNSPELL_PACKAGES"
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $HUNSPELL_PACKAGES >/dev/null 2>&1 || {
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 || true
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $HUNSPELL_PACKAGES >/dev/null 2>&1
    } || die "could not install $HUNSPELL_PACKAGES"
    have_hunspell || die "no $HUNSPELL_LOCALES dictionaries in $ES_HUNSPELL_DIR after installing"
}

install_hunspell() { # config dir of the node
    local l
    for l in $HUNSPELL_LOCALES; do
        mkdir -p "$1/hunspell/$l"
        cp "$ES_HUNSPELL_DIR/$l.aff" "$ES_HUNSPELL_DIR/$l.dic" "$1/hunspell/$l/"
    done
    chmod -R a+rX "$1/hunspell"
}

# --- fetch --------------------------------------------------------------------

fetch_zip() {
    if [ -s "$ZIP" ]; then return 0; fi
    command -v mvn >/dev/null || die "mvn not found (apt-get install maven)"
    log "fetching $ARTIFACT from Maven Central"
    local tmp
    tmp=$(mktemp -d "$ES_CACHE/fetch.XXXXXX")
    # Run outside the repo so no pom.xml is picked up.
    if ! (cd "$tmp" && mvn -B -q -Dstyle.color=never "$DEPENDENCY_PLUGIN:copy" -Dartifact="$ARTIFACT" \
            -DoutputDirectory="$tmp/out" </dev/null >"$tmp/mvn.log" 2>&1); then
        tail -n 30 "$tmp/mvn.log" >&2
        rm -rf "$tmp"
        die "could not fetch $ARTIFACT (is ES_VERSION=$ES_VERSION published?)"
    fi
    local got=$tmp/out/elasticsearch-$ES_VERSION.zip
    [ -s "$got" ] || { rm -rf "$tmp"; die "maven produced no $got"; }
    if [ "$ES_VERSION" = "$ES_VERSION_DEFAULT" ]; then
        local sum
        sum=$(sha256sum "$got" | cut -d' ' -f1)
        [ "$sum" = "$ES_SHA256_DEFAULT" ] || { rm -rf "$tmp"; die "sha256 mismatch for $got: $sum"; }
    fi
    mkdir -p "$ES_CACHE/dist"
    mv "$got" "$ZIP"
    rm -rf "$tmp"
}

unzip_to() { # zip dest — keeps file modes (bin/ scripts must stay executable)
    if command -v unzip >/dev/null; then
        unzip -q "$1" -d "$2"
    else
        python3 - "$1" "$2" <<'PY'
import os, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    for info in z.infolist():
        path = z.extract(info, sys.argv[2])
        mode = info.external_attr >> 16 & 0o777
        if mode:
            os.chmod(path, mode)
PY
    fi
}

# Unpack into <root>/elasticsearch-<version>; prints that path.
unpack() {
    local root=$1 home=$1/elasticsearch-$ES_VERSION
    if [ ! -x "$home/bin/elasticsearch" ]; then
        mkdir -p "$root"
        local tmp
        tmp=$(mktemp -d "$root/unpack.XXXXXX")
        unzip_to "$ZIP" "$tmp" || { rm -rf "$tmp"; die "could not unpack $ZIP"; }
        rm -rf "$home"
        mv "$tmp/elasticsearch-$ES_VERSION" "$home"
        rm -rf "$tmp"
        chmod -R a+rX "$home"
    fi
    echo "$home"
}

# --- java -----------------------------------------------------------------------

java_major() { # JAVA_HOME -> major version (or nothing)
    local v=""
    if [ -f "$1/release" ]; then
        v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release")
    fi
    if [ -z "$v" ] && [ -x "$1/bin/java" ]; then
        v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)
    fi
    v=${v#1.}
    echo "${v%%[.+-]*}"
}

pick_java() {
    if [ -n "${ES_JAVA_HOME:-}" ]; then
        [ -x "$ES_JAVA_HOME/bin/java" ] || die "ES_JAVA_HOME=$ES_JAVA_HOME has no bin/java"
        echo "$ES_JAVA_HOME"; return
    fi
    local best="" best_major=0 d m
    for d in /usr/lib/jvm/*/ ${JAVA_HOME:+"$JAVA_HOME/"}; do
        d=$(readlink -f "${d%/}")
        [ -x "$d/bin/java" ] || continue
        m=$(java_major "$d")
        [[ "$m" =~ ^[0-9]+$ ]] || continue
        if [ "$m" -ge 21 ] && [ "$m" -gt "$best_major" ]; then best=$d; best_major=$m; fi
    done
    [ -n "$best" ] || die "no JDK >= 21 found under /usr/lib/jvm (set ES_JAVA_HOME)"
    echo "$best"
}

# --- state ----------------------------------------------------------------------

ROOT=""; NODE=""; PIDFILE=""
set_paths() {
    ROOT=$(run_root)
    NODE=$ROOT/node-$ES_PORT
    PIDFILE=$NODE/elasticsearch.pid
}

url() { echo "http://127.0.0.1:$ES_PORT"; }

running_pid() { # prints pid of our server if alive
    [ -f "$PIDFILE" ] || return 1
    local pid
    pid=$(cat "$PIDFILE" 2>/dev/null) || return 1
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    grep -q 'org.elasticsearch' "/proc/$pid/cmdline" 2>/dev/null || return 1
    echo "$pid"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

healthy() { # yellow or green within $1 seconds
    curl -fsS -m $(( $1 + 5 )) \
        "$(url)/_cluster/health?wait_for_status=yellow&timeout=${1}s" 2>/dev/null \
        | grep -q '"timed_out":false'
}

log_tail() {
    local f
    for f in "$NODE/logs/launcher.log" "$NODE/logs/$CLUSTER_NAME.log"; do
        [ -s "$f" ] || continue
        echo "----- tail of $f -----" >&2
        tail -n 60 "$f" >&2
    done
}

# --- commands ---------------------------------------------------------------------

cmd_fetch() {
    lock
    ensure_user
    set_paths
    fetch_zip
    local home
    home=$(unpack "$ROOT")
    log "elasticsearch $ES_VERSION ready at $home"
}

cmd_start() {
    lock
    ensure_user
    set_paths
    ensure_hunspell
    if running_pid >/dev/null && healthy 30; then
        # Dictionaries load on first use, so a running node takes them as they come.
        install_hunspell "$NODE/config"
        url; return 0
    fi
    if running_pid >/dev/null; then
        log "a server is running (pid $(running_pid)) but not healthy; restarting it"
        stop_server
    fi
    if port_in_use "$ES_PORT"; then
        die "port $ES_PORT on 127.0.0.1 is taken by another process (set ES_PORT)"
    fi

    local t0=$SECONDS
    fetch_zip
    local home java
    home=$(unpack "$ROOT")
    java=$(pick_java)

    if [ "${ES_FRESH:-}" = 1 ]; then rm -rf "$NODE"; fi
    mkdir -p "$NODE/data" "$NODE/logs" "$NODE/tmp" "$NODE/config"
    # A private copy of config/ (the server writes its keystore there).
    cp -R "$home/config/." "$NODE/config/"
    install_hunspell "$NODE/config"
    rm -f "$PIDFILE"
    # Fresh logs each start: the tail printed on failure is this start's, and gc logs
    # (up to 32 x 64 MB by default) do not pile up.
    rm -rf "$NODE/logs"
    mkdir -p "$NODE/logs"
    : >"$NODE/logs/launcher.log"
    if is_root; then
        chmod a+x "$ROOT"
        chown -R "$ES_USER:" "$NODE"
    fi

    log "starting elasticsearch $ES_VERSION on $(url) (java: $java, state: $NODE)"
    local rc=0
    as_es env \
        ES_JAVA_HOME="$java" \
        ES_PATH_CONF="$NODE/config" \
        ES_TMPDIR="$NODE/tmp" \
        ES_JAVA_OPTS="-Xms$ES_HEAP -Xmx$ES_HEAP" \
        "$home/bin/elasticsearch" -d -p "$PIDFILE" \
        -Ecluster.name="$CLUSTER_NAME" \
        -Enode.name=press-archive-test \
        -Enetwork.host=127.0.0.1 \
        -Ehttp.port="$ES_PORT" \
        -Ediscovery.type=single-node \
        -Expack.security.enabled=false \
        -Ecluster.routing.allocation.disk.threshold_enabled=false \
        -Eaction.destructive_requires_name=false \
        -Epath.data="$NODE/data" \
        -Epath.logs="$NODE/logs" \
        </dev/null >>"$NODE/logs/launcher.log" 2>&1 9>&- || rc=$?
    if [ "$rc" != 0 ]; then
        log "elasticsearch failed to launch (exit $rc)"
        log_tail
        exit 1
    fi

    local deadline=$(( SECONDS + ES_START_TIMEOUT ))
    until healthy 2; do
        if ! running_pid >/dev/null && [ -f "$PIDFILE" ]; then
            log "elasticsearch exited during startup"
            log_tail
            exit 1
        fi
        if [ "$SECONDS" -ge "$deadline" ]; then
            log "elasticsearch not healthy after ${ES_START_TIMEOUT}s"
            log_tail
            stop_server || true
            exit 1
        fi
        sleep 1
    done
    log "started in $(( SECONDS - t0 ))s (pid $(running_pid))"
    url
}

stop_server() {
    local pid
    pid=$(running_pid) || { rm -f "$PIDFILE"; return 0; }
    kill -TERM "$pid" 2>/dev/null || true
    local i
    for i in $(seq 1 60); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "pid $pid still alive after 60s; killing"
        kill -KILL "$pid" 2>/dev/null || true
        sleep 1
    fi
    rm -f "$PIDFILE"
}

cmd_stop() {
    lock
    set_paths
    if running_pid >/dev/null; then
        log "stopping elasticsearch (pid $(running_pid))"
        stop_server
        log "stopped"
    else
        rm -f "$PIDFILE"
        log "not running"
    fi
}

cmd_status() {
    set_paths
    local pid
    if pid=$(running_pid); then
        local health
        health=$(curl -fsS -m 5 "$(url)/_cluster/health" 2>/dev/null \
            | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p') || true
        echo "running pid=$pid url=$(url) health=${health:-unknown} state=$NODE"
        return 0
    fi
    echo "not running (url would be $(url))"
    return 3
}

case "${1:-}" in
    fetch) cmd_fetch ;;
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    url) set_paths; url ;;
    *) echo "usage: $0 {fetch|start|stop|status|url}" >&2; exit 2 ;;
esac
