#!/usr/bin/env bash
# A real, local Elasticsearch for tests and development.
#
#   scripts/elasticsearch.sh fetch    download + unpack the distribution (cached)
#   scripts/elasticsearch.sh start    start (no-op when already running), wait for yellow, print URL
#   scripts/elasticsearch.sh stop     stop cleanly and wait
#   scripts/elasticsearch.sh status   print state; exit 0 when running, 3 when not
#   scripts/elasticsearch.sh url      print the URL
#
# A local cluster of the same build (three nodes by default; see "cluster" below):
#
#   scripts/elasticsearch.sh cluster-start    start the nodes not running, wait for green, print
#                                             the archive URL (every node, comma-separated)
#   scripts/elasticsearch.sh cluster-stop     stop every node (all at once) and wait
#   scripts/elasticsearch.sh cluster-status   one line per node, then health; exit 0 when all
#                                             run, 3 when none, 4 when some
#   scripts/elasticsearch.sh cluster-url      print the archive URL
#   scripts/elasticsearch.sh cluster-kill N   SIGKILL node N, as a crashed machine (fault drills)
#   scripts/elasticsearch.sh cluster-ca       print the CA certificate's path (ES_CLUSTER_SECURE=1)
#   scripts/elasticsearch.sh cluster-password print the `elastic` user's password (ES_CLUSTER_SECURE=1)
#   scripts/elasticsearch.sh cluster-api-key [NAME]  create and print an API key (ES_CLUSTER_SECURE=1;
#                                             needs a build whose security index can be created)
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
#   ES_TRANSPORT_PORT  transport port (default: the first free one from 9300)
#   ES_NODE_NAME       node name (default press-archive-test)
#   ES_JAVA_HOME       JDK to run with (default: newest JDK >= 21 under /usr/lib/jvm)
#   ES_HEAP            heap size for -Xms/-Xmx (default 512m)
#   ES_START_TIMEOUT   seconds to wait for yellow health (default 120)
#   ES_USER            user to run as when invoked as root (default esrun; created if missing)
#   ES_FRESH=1         on start, wipe the node's data first
#   ES_HUNSPELL_DIR    where the hunspell dictionaries are (default /usr/share/hunspell;
#                      as root, Debian's hunspell-en-us and hunspell-ru are installed
#                      when missing)
# Cluster environment:
#   ES_CLUSTER_PORT    HTTP port of node 1 (default 9400); node i uses ES_CLUSTER_PORT+i-1
#   ES_CLUSTER_TRANSPORT_PORT  transport port of node 1 (default ES_CLUSTER_PORT+100)
#   ES_CLUSTER_NODES   number of nodes (default 3)
#   ES_CLUSTER_HEAP    heap of each node (default 512m)
#   ES_CLUSTER_JAVA_OPTS  more JVM options for every node
#   ES_CLUSTER_SECURE=1  security on: TLS on HTTP and transport (certificates made by
#                      elasticsearch-certutil), the `elastic` user's password in each keystore
#   ES_CLUSTER_TIMEOUT seconds to wait for green (default 240)
#   ES_FRESH=1         on cluster-start, wipe the cluster's state (data, certificates) first
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
        -Enode.name="${ES_NODE_NAME:-press-archive-test}" \
        -Enetwork.host=127.0.0.1 \
        -Ehttp.port="$ES_PORT" \
        ${ES_TRANSPORT_PORT:+-Etransport.port="$ES_TRANSPORT_PORT"} \
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

# --- cluster --------------------------------------------------------------------
#
# Several nodes of the same build on 127.0.0.1, discovering each other through their
# transport ports: node i (1..ES_CLUSTER_NODES) serves HTTP on ES_CLUSTER_PORT+i-1 and
# transport on ES_CLUSTER_TRANSPORT_PORT+i-1, with its own folder (config copy, data,
# logs, pid) under <state>/cluster-<ES_CLUSTER_PORT>/node-<i>. docker-compose.yml's
# cluster profile uses the same settings.

ES_CLUSTER_PORT=${ES_CLUSTER_PORT:-9400}
ES_CLUSTER_TRANSPORT_PORT=${ES_CLUSTER_TRANSPORT_PORT:-$(( ES_CLUSTER_PORT + 100 ))}
ES_CLUSTER_NODES=${ES_CLUSTER_NODES:-3}
ES_CLUSTER_HEAP=${ES_CLUSTER_HEAP:-512m}
ES_CLUSTER_SECURE=${ES_CLUSTER_SECURE:-0}
ES_CLUSTER_TIMEOUT=${ES_CLUSTER_TIMEOUT:-240}
CLUSTER_NAME_MANY=press-archive-cluster

CLUSTER=""
cluster_paths() {
    ROOT=$(run_root)
    CLUSTER=$ROOT/cluster-$ES_CLUSTER_PORT
    [[ "$ES_CLUSTER_NODES" =~ ^[1-9]$ ]] || die "ES_CLUSTER_NODES must be 1-9"
}

cluster_lock() {
    mkdir -p "$ES_CACHE"
    exec 8>"$ES_CACHE/.lock-cluster-$ES_CLUSTER_PORT"
    flock -w 600 8 || die "timed out waiting for $ES_CACHE/.lock-cluster-$ES_CLUSTER_PORT"
}

node_http() { echo $(( ES_CLUSTER_PORT + $1 - 1 )); }
node_transport() { echo $(( ES_CLUSTER_TRANSPORT_PORT + $1 - 1 )); }
node_dir() { echo "$CLUSTER/node-$1"; }
node_name() { echo "press-archive-$1"; }
cluster_scheme() { if [ "$ES_CLUSTER_SECURE" = 1 ]; then echo https; else echo http; fi; }
cluster_node_url() { echo "$(cluster_scheme)://127.0.0.1:$(node_http "$1")"; }

cluster_url() { # every node, comma-separated: the archive URL of the cluster
    local i out=""
    for i in $(seq 1 "$ES_CLUSTER_NODES"); do out=${out:+$out,}$(cluster_node_url "$i"); done
    echo "$out"
}

node_pid() { # pid of node $1 if alive
    local f pid
    f=$(node_dir "$1")/elasticsearch.pid
    [ -f "$f" ] || return 1
    pid=$(cat "$f" 2>/dev/null) || return 1
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    grep -q 'org.elasticsearch' "/proc/$pid/cmdline" 2>/dev/null || return 1
    echo "$pid"
}

# --- security (ES_CLUSTER_SECURE=1): TLS on HTTP and transport, the `elastic` user's
# password in each node's keystore, certificates made by elasticsearch-certutil as the
# compose set-up makes them.

cluster_password() { # the elastic user's password, made once per cluster folder
    local f=$CLUSTER/elastic.password
    if [ ! -s "$f" ]; then
        mkdir -p "$CLUSTER"
        (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$f")
    fi
    cat "$f"
}

cluster_ca() { echo "$CLUSTER/certs/ca/ca.crt"; }

cluster_curl() { # path [curl args…] against the first live node
    local path=$1 i
    shift
    for i in $(seq 1 "$ES_CLUSTER_NODES"); do
        node_pid "$i" >/dev/null || continue
        if [ "$ES_CLUSTER_SECURE" = 1 ]; then
            curl -fsS --cacert "$(cluster_ca)" -u "elastic:$(cluster_password)" "$@" \
                "$(cluster_node_url "$i")$path" && return 0
        else
            curl -fsS "$@" "$(cluster_node_url "$i")$path" && return 0
        fi
    done
    return 1
}

make_keystore() { # home java — one keystore holding the bootstrap password, copied to each node
    [ -s "$CLUSTER/keystore/elasticsearch.keystore" ] && return 0
    mkdir -p "$CLUSTER/keystore"
    ES_JAVA_HOME=$2 ES_PATH_CONF=$CLUSTER/keystore "$1/bin/elasticsearch-keystore" create \
        >/dev/null 2>&1 || die "could not create a keystore"
    cluster_password | ES_JAVA_HOME=$2 ES_PATH_CONF=$CLUSTER/keystore \
        "$1/bin/elasticsearch-keystore" add -x bootstrap.password >/dev/null 2>&1 \
        || die "could not store the bootstrap password"
}

make_certs() { # home java
    [ -s "$CLUSTER/certs/ca/ca.crt" ] && return 0
    local tmp i
    tmp=$(mktemp -d "$ROOT/certs.XXXXXX")
    {
        echo "instances:"
        for i in $(seq 1 "$ES_CLUSTER_NODES"); do
            echo "  - name: $(node_name "$i")"
            echo "    dns: [localhost]"
            echo "    ip: [127.0.0.1]"
        done
    } >"$tmp/instances.yml"
    ES_JAVA_HOME=$2 ES_PATH_CONF=$1/config "$1/bin/elasticsearch-certutil" ca --silent --pem \
        -out "$tmp/ca.zip" >/dev/null 2>&1 || die "elasticsearch-certutil ca failed"
    unzip_to "$tmp/ca.zip" "$tmp/out"
    ES_JAVA_HOME=$2 ES_PATH_CONF=$1/config "$1/bin/elasticsearch-certutil" cert --silent --pem \
        --in "$tmp/instances.yml" --ca-cert "$tmp/out/ca/ca.crt" --ca-key "$tmp/out/ca/ca.key" \
        -out "$tmp/certs.zip" >/dev/null 2>&1 || die "elasticsearch-certutil cert failed"
    unzip_to "$tmp/certs.zip" "$tmp/out"
    rm -rf "$CLUSTER/certs"
    mkdir -p "$CLUSTER"
    mv "$tmp/out" "$CLUSTER/certs"
    rm -rf "$tmp"
}

secure_settings() { # node index -> -E settings
    local n
    n=$(node_name "$1")
    echo "-Expack.security.enabled=true"
    echo "-Expack.security.http.ssl.enabled=true"
    echo "-Expack.security.http.ssl.key=certs/$n/$n.key"
    echo "-Expack.security.http.ssl.certificate=certs/$n/$n.crt"
    echo "-Expack.security.http.ssl.certificate_authorities=certs/ca/ca.crt"
    echo "-Expack.security.transport.ssl.enabled=true"
    echo "-Expack.security.transport.ssl.verification_mode=certificate"
    echo "-Expack.security.transport.ssl.key=certs/$n/$n.key"
    echo "-Expack.security.transport.ssl.certificate=certs/$n/$n.crt"
    echo "-Expack.security.transport.ssl.certificate_authorities=certs/ca/ca.crt"
}

launch_node() { # index home java
    local i=$1 home=$2 java=$3 dir http transport seeds="" masters="" j
    dir=$(node_dir "$i")
    http=$(node_http "$i")
    transport=$(node_transport "$i")
    if node_pid "$i" >/dev/null; then return 0; fi
    for j in $(seq 1 "$ES_CLUSTER_NODES"); do
        seeds=${seeds:+$seeds,}127.0.0.1:$(node_transport "$j")
        masters=${masters:+$masters,}$(node_name "$j")
    done
    port_in_use "$http" && die "port $http on 127.0.0.1 is taken by another process (set ES_CLUSTER_PORT)"
    port_in_use "$transport" && die "port $transport on 127.0.0.1 is taken by another process (set ES_CLUSTER_TRANSPORT_PORT)"

    local bootstrap=()
    # The initial masters only count when a cluster forms for the first time; a node
    # with state of its own rejoins its cluster without them.
    if [ ! -d "$dir/data/_state" ]; then bootstrap=(-Ecluster.initial_master_nodes="$masters"); fi
    local security=(-Expack.security.enabled=false)
    if [ "$ES_CLUSTER_SECURE" = 1 ]; then mapfile -t security < <(secure_settings "$i"); fi

    mkdir -p "$dir/data" "$dir/tmp" "$dir/config"
    cp -R "$home/config/." "$dir/config/"
    install_hunspell "$dir/config"
    if [ "$ES_CLUSTER_SECURE" = 1 ]; then
        rm -rf "$dir/config/certs"
        cp -R "$CLUSTER/certs" "$dir/config/certs"
        cp "$CLUSTER/keystore/elasticsearch.keystore" "$dir/config/"
    fi
    rm -f "$dir/elasticsearch.pid"
    rm -rf "$dir/logs"
    mkdir -p "$dir/logs"
    : >"$dir/logs/launcher.log"
    if is_root; then
        chmod a+x "$ROOT" "$CLUSTER"
        chown -R "$ES_USER:" "$dir"
    fi
    log "starting node $i of $ES_CLUSTER_NODES on $(cluster_node_url "$i") (transport $transport, state: $dir)"
    local rc=0
    as_es env \
        ES_JAVA_HOME="$java" \
        ES_PATH_CONF="$dir/config" \
        ES_TMPDIR="$dir/tmp" \
        ES_JAVA_OPTS="-Xms$ES_CLUSTER_HEAP -Xmx$ES_CLUSTER_HEAP${ES_CLUSTER_JAVA_OPTS:+ $ES_CLUSTER_JAVA_OPTS}" \
        "$home/bin/elasticsearch" -d -p "$dir/elasticsearch.pid" \
        -Ecluster.name="$CLUSTER_NAME_MANY" \
        -Enode.name="$(node_name "$i")" \
        -Enetwork.host=127.0.0.1 \
        -Ehttp.port="$http" \
        -Etransport.port="$transport" \
        -Ediscovery.seed_hosts="$seeds" \
        "${bootstrap[@]}" \
        "${security[@]}" \
        -Ecluster.routing.allocation.disk.threshold_enabled=false \
        -Eaction.destructive_requires_name=false \
        -Epath.data="$dir/data" \
        -Epath.logs="$dir/logs" \
        </dev/null >>"$dir/logs/launcher.log" 2>&1 8>&- 9>&- || rc=$?
    if [ "$rc" != 0 ]; then
        log "node $i failed to launch (exit $rc)"
        NODE=$dir log_tail_cluster
        exit 1
    fi
}

log_tail_cluster() {
    local f
    for f in "$NODE/logs/launcher.log" "$NODE/logs/$CLUSTER_NAME_MANY.log"; do
        [ -s "$f" ] || continue
        echo "----- tail of $f -----" >&2
        tail -n 40 "$f" >&2
    done
}

cluster_health() { # field of _cluster/health (status, number_of_nodes…), or nothing
    cluster_curl "/_cluster/health" -m 5 2>/dev/null | sed -n "s/.*\"$1\":\"\{0,1\}\([a-z0-9]*\).*/\1/p"
}

cmd_cluster_start() {
    ensure_user
    ensure_hunspell
    # The distribution is fetched and unpacked under the single node's lock.
    lock
    cluster_paths
    fetch_zip
    local home java i
    home=$(unpack "$ROOT")
    java=$(pick_java)
    flock -u 9
    cluster_lock
    local t0=$SECONDS
    if [ "${ES_FRESH:-}" = 1 ]; then
        for i in $(seq 1 "$ES_CLUSTER_NODES"); do stop_node "$i" TERM; done
        rm -rf "$CLUSTER"
    fi
    mkdir -p "$CLUSTER"
    if [ "$ES_CLUSTER_SECURE" = 1 ]; then
        make_certs "$home" "$java"
        make_keystore "$home" "$java"
    fi
    # Launched side by side: a node's launch returns once it has joined a cluster (or
    # after discovery.initial_state_timeout), which needs the others up.
    local launches=() failed=0
    for i in $(seq 1 "$ES_CLUSTER_NODES"); do
        launch_node "$i" "$home" "$java" &
        launches+=($!)
    done
    for i in "${launches[@]}"; do wait "$i" || failed=1; done
    [ "$failed" = 0 ] || { cmd_cluster_stop_locked; exit 1; }

    local deadline=$(( SECONDS + ES_CLUSTER_TIMEOUT ))
    until cluster_curl "/_cluster/health?wait_for_status=green&wait_for_nodes=$ES_CLUSTER_NODES&timeout=2s" \
            -m 10 2>/dev/null | grep -q '"timed_out":false'; do
        for i in $(seq 1 "$ES_CLUSTER_NODES"); do
            if ! node_pid "$i" >/dev/null; then
                log "node $i exited during startup"
                NODE=$(node_dir "$i") log_tail_cluster
                exit 1
            fi
        done
        if [ "$SECONDS" -ge "$deadline" ]; then
            log "cluster not green with $ES_CLUSTER_NODES nodes after ${ES_CLUSTER_TIMEOUT}s"
            for i in $(seq 1 "$ES_CLUSTER_NODES"); do NODE=$(node_dir "$i") log_tail_cluster; done
            exit 1
        fi
        sleep 1
    done
    log "cluster of $ES_CLUSTER_NODES nodes green in $(( SECONDS - t0 ))s"
    cluster_url
}

stop_node() { # index signal
    local pid
    pid=$(node_pid "$1") || { rm -f "$(node_dir "$1")/elasticsearch.pid"; return 0; }
    kill "-$2" "$pid" 2>/dev/null || true
    local k
    for k in $(seq 1 60); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "node $1 (pid $pid) still alive after 60s; killing"
        kill -KILL "$pid" 2>/dev/null || true
        sleep 1
    fi
    rm -f "$(node_dir "$1")/elasticsearch.pid"
}

cmd_cluster_stop() {
    cluster_paths
    cluster_lock
    cmd_cluster_stop_locked
}

cmd_cluster_stop_locked() {
    local i pids=()
    # All nodes are asked at once, so none spends a minute re-electing a master.
    for i in $(seq 1 "$ES_CLUSTER_NODES"); do
        if node_pid "$i" >/dev/null; then stop_node "$i" TERM & pids+=($!); fi
    done
    if [ "${#pids[@]}" -gt 0 ]; then wait "${pids[@]}"; log "cluster stopped"; else log "not running"; fi
}

cmd_cluster_kill() { # node index: SIGKILL, as a crashed machine (for fault drills)
    cluster_paths
    local i=${1:-}
    [[ "$i" =~ ^[1-9]$ ]] && [ "$i" -le "$ES_CLUSTER_NODES" ] || die "usage: cluster-kill NODE (1-$ES_CLUSTER_NODES)"
    local pid
    pid=$(node_pid "$i") || die "node $i is not running"
    kill -KILL "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    rm -f "$(node_dir "$i")/elasticsearch.pid"
    log "node $i (pid $pid) killed"
}

cmd_cluster_status() {
    cluster_paths
    local i up=0 pid
    for i in $(seq 1 "$ES_CLUSTER_NODES"); do
        if pid=$(node_pid "$i"); then
            up=$(( up + 1 ))
            echo "node $i running pid=$pid url=$(cluster_node_url "$i") state=$(node_dir "$i")"
        else
            echo "node $i not running (url would be $(cluster_node_url "$i"))"
        fi
    done
    [ "$up" -gt 0 ] || return 3
    echo "health=$(cluster_health status || true) nodes=$(cluster_health number_of_nodes || true) url=$(cluster_url)"
    if [ "$ES_CLUSTER_SECURE" = 1 ]; then echo "ca=$(cluster_ca)"; fi
    [ "$up" = "$ES_CLUSTER_NODES" ] || return 4
}

cmd_cluster_api_key() { # name: an API key for the app, printed encoded (secure clusters)
    cluster_paths
    [ "$ES_CLUSTER_SECURE" = 1 ] || die "cluster-api-key needs ES_CLUSTER_SECURE=1"
    local answer
    answer=$(cluster_curl "/_security/api_key" -m 30 -X POST -H 'Content-Type: application/json' \
        -d "{\"name\": \"${1:-press-archive}\"}") || die "could not create an API key"
    echo "$answer" | sed -n 's/.*"encoded":"\([^"]*\)".*/\1/p'
}

case "${1:-}" in
    fetch) cmd_fetch ;;
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    url) set_paths; url ;;
    cluster-start) cmd_cluster_start ;;
    cluster-stop) cmd_cluster_stop ;;
    cluster-status) cmd_cluster_status ;;
    cluster-url) cluster_paths; cluster_url ;;
    cluster-kill) cmd_cluster_kill "${2:-}" ;;
    cluster-ca) cluster_paths; cluster_ca ;;
    cluster-password) cluster_paths; cluster_password ;;
    cluster-api-key) cmd_cluster_api_key "${2:-}" ;;
    *) echo "usage: $0 {fetch|start|stop|status|url|cluster-start|cluster-stop|cluster-status|cluster-url|cluster-kill N|cluster-ca|cluster-password|cluster-api-key [NAME]}" >&2; exit 2 ;;
esac
