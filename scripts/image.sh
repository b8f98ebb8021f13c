#!/usr/bin/env bash
# The container images, built without a Docker daemon and without a registry (ADR 0023):
#
#   scripts/image.sh build   - the API's base: a jlinked Java 17 runtime on Debian 12's C libraries;
#                            - the API image on it, with Quarkus's Jib extension:
#                              api/target/aduan-api-image.tar
#                            - the web UI image: Debian's nginx and its libraries, web-ui/nginx.conf
#                              with web-ui/csp.conf (its Content-Security-Policy's origins: none),
#                              web-ui/api-upstream.conf (link previews from its own nginx: no API) and
#                              web-ui/dist: web-ui/target/aduan-web-ui-image.tar
#                            Both tarballs are in `docker save` form (`docker load`, `ctr import`,
#                            `crane push`, `skopeo copy docker-archive:...`).
#   scripts/image.sh check   unpacks each tarball as a runtime would and runs its entrypoint as its
#                            user in a chroot: the API against the database and Keycloak in the
#                            QUARKUS_* variables until ready, nginx until it serves the app, first as
#                            built, then with the Helm chart's config.js, csp.conf and
#                            api-upstream.conf mounted. Only root may chroot: for anyone else it
#                            checks nothing and exits with status 77 (skipped).
#
# Nothing but the JDK, Maven, Node, apt-get download and dpkg-deb is needed (and, for `check`, helm
# and PyYAML, which scripts/helm-check.sh installs). ADUAN_IMAGE_TAG sets
# the tag (default: the chart's appVersion; never `latest`).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=scripts/lib.sh
source "$ROOT/scripts/lib.sh"

WORK="$ADUAN_HOME/image"
BASE_TAR="$WORK/jre-base.tar"
IMAGE_TAR="$ROOT/api/target/aduan-api-image.tar"
WEB_TAR="$ROOT/web-ui/target/aduan-web-ui-image.tar"
TAG="${ADUAN_IMAGE_TAG:-$(sed -n 's/^appVersion: *"\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$ROOT/helm/aduan/Chart.yaml")}"
REGISTRY="${ADUAN_IMAGE_REGISTRY:-ghcr.io/aduan}"
# The C libraries the runtime links against (ldd of libjvm.so and libzip.so), from Debian 12.
DEBS=(libc6 libgcc-s1 libstdc++6 zlib1g)
# nginx and what it links against (ldd), from Debian 12.
WEB_DEBS=(nginx libc6 libssl3 libpcre2-8-0 zlib1g libcrypt1)
# What Quarkus and its libraries use of the JDK; `check` proves the API starts and serves on it.
MODULES=java.base,java.compiler,java.instrument,java.logging,java.management,java.management.rmi,java.naming,java.net.http,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,java.xml.crypto,java.desktop,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.jfr,jdk.management,jdk.management.jfr,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs,jdk.localedata

sha256() { sha256sum "$1" | cut -d' ' -f1; }

# Debian packages unpacked into ROOTFS without their documentation; prints "name=version" of each.
debs_into() { # ROOTFS PACKAGE...
  local rootfs=$1; shift
  deb_unpack "$rootfs" "$@"
  rm -rf "$rootfs/usr/share/doc" "$rootfs/usr/share/man" "$rootfs/usr/share/lintian"
}

# Writes ROOTFS as a one-layer image in `docker save` form, reproducibly (fixed owners and times).
# CONFIG is the JSON of the image's "config" object (Env, User, Entrypoint, Labels...).
write_image() { # ROOTFS OUT REPO_TAG CONFIG
  local rootfs=$1 out=$2 tag=$3 config=$4 dir
  dir="$(mktemp -d)"
  tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$rootfs" -cf "$dir/layer.tar" .
  printf '{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:00Z","config":%s,"rootfs":{"type":"layers","diff_ids":["sha256:%s"]},"history":[{"created":"1970-01-01T00:00:00Z","created_by":"scripts/image.sh"}]}\n' \
    "$config" "$(sha256 "$dir/layer.tar")" >"$dir/config.json"
  printf '[{"Config":"config.json","RepoTags":["%s"],"Layers":["layer.tar"]}]\n' "$tag" >"$dir/manifest.json"
  mkdir -p "$(dirname "$out")"
  tar --mtime=@0 --owner=0 --group=0 -C "$dir" -cf "$out" manifest.json config.json layer.tar
  rm -rf "$dir"
}

build_base() {
  require jlink tar sha256sum
  local rootfs="$WORK/rootfs" versions java_version
  rm -rf "$rootfs" && mkdir -p "$rootfs"
  log "base: Debian packages ${DEBS[*]}"
  versions="$(debs_into "$rootfs" "${DEBS[@]}" | tr '\n' ' ')"
  rm -rf "$rootfs/usr/share"
  log "base: jlink of $(java -version 2>&1 | head -1)"
  jlink --add-modules "$MODULES" --include-locales=en,id --strip-debug --no-man-pages --no-header-files \
    --compress=2 --output "$rootfs/opt/java"
  # Debian's JDK links its CA certificates to /etc/ssl: the runtime gets a copy of the file itself.
  rm -f "$rootfs/opt/java/lib/security/cacerts"
  cp -L "$(dirname "$(readlink -f "$(command -v java)")")/../lib/security/cacerts" "$rootfs/opt/java/lib/security/cacerts"
  mkdir -p "$rootfs/etc" "$rootfs/tmp" "$rootfs/deployments"
  chmod 1777 "$rootfs/tmp"
  printf 'root:x:0:0:root:/root:/sbin/nologin\naduan:x:185:185:Aduan:/deployments:/sbin/nologin\n' >"$rootfs/etc/passwd"
  printf 'root:x:0:\naduan:x:185:\n' >"$rootfs/etc/group"
  java_version="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.runtime.version = //p')"
  write_image "$rootfs" "$BASE_TAR" "aduan/jre-base:${java_version%%+*}" \
    "{\"Env\":[\"PATH=/opt/java/bin:/usr/bin:/bin\",\"JAVA_HOME=/opt/java\",\"LANG=C.UTF-8\"],\"Labels\":{\"org.opencontainers.image.title\":\"Aduan Java runtime\",\"id.aduan.java\":\"$java_version\",\"id.aduan.debian-packages\":\"${versions% }\"}}"
  rm -rf "$rootfs"
  log "base: $BASE_TAR ($(du -h "$BASE_TAR" | cut -f1)): Java $java_version, $versions"
}

build_web() {
  [[ -f "$ROOT/web-ui/dist/index.html" ]] || die "build the SPA first (cd web-ui && npm run build)"
  local rootfs="$WORK/web-rootfs" versions
  rm -rf "$rootfs" && mkdir -p "$rootfs"
  log "web: Debian packages ${WEB_DEBS[*]}"
  versions="$(debs_into "$rootfs" "${WEB_DEBS[@]}" | tr '\n' ' ')"
  # Only the binary and its libraries: the package's configuration, modules and service files go.
  rm -rf "$rootfs/etc" "$rootfs/usr/share" "$rootfs/usr/lib/nginx" "$rootfs/lib/systemd" "$rootfs/var" "$rootfs/usr/lib/systemd"
  mkdir -p "$rootfs/etc/nginx" "$rootfs/usr/share/nginx/html" "$rootfs/tmp" "$rootfs/var/cache/nginx" "$rootfs/var/run"
  chmod 1777 "$rootfs/tmp" "$rootfs/var/cache/nginx" "$rootfs/var/run"
  cp "$ROOT/web-ui/nginx.conf" "$rootfs/etc/nginx/nginx.conf"
  # nginx.conf includes them; the chart mounts its own over them.
  mkdir -p "$rootfs/etc/nginx/aduan"
  cp "$ROOT/web-ui/csp.conf" "$rootfs/etc/nginx/aduan/csp.conf"
  cp "$ROOT/web-ui/api-upstream.conf" "$rootfs/etc/nginx/aduan/api-upstream.conf"
  cp -r "$ROOT/web-ui/dist/." "$rootfs/usr/share/nginx/html/"
  printf 'root:x:0:0:root:/root:/sbin/nologin\nnginx:x:101:101:nginx:/nonexistent:/sbin/nologin\n' >"$rootfs/etc/passwd"
  printf 'root:x:0:\nnginx:x:101:\n' >"$rootfs/etc/group"
  write_image "$rootfs" "$WEB_TAR" "$REGISTRY/aduan-web-ui:$TAG" \
    "{\"User\":\"101:101\",\"WorkingDir\":\"/\",\"ExposedPorts\":{\"8080/tcp\":{}},\"Env\":[\"PATH=/usr/sbin:/usr/bin:/sbin:/bin\"],\"Entrypoint\":[\"nginx\",\"-e\",\"stderr\",\"-c\",\"/etc/nginx/nginx.conf\",\"-g\",\"daemon off;\"],\"Labels\":{\"org.opencontainers.image.title\":\"Aduan web UI\",\"org.opencontainers.image.version\":\"$TAG\",\"id.aduan.debian-packages\":\"${versions% }\"}}"
  rm -rf "$rootfs"
  log "web: $WEB_TAR ($(du -h "$WEB_TAR" | cut -f1)): $versions"
}

build_api() {
  [[ "$TAG" != latest && -n "$TAG" ]] || die "the image tag must be a version, not '${TAG:-empty}'"
  log "api: Jib (Quarkus), base tar://$BASE_TAR, to $IMAGE_TAR as $REGISTRY/aduan-api:$TAG"
  rm -f "$IMAGE_TAR"
  # Jib hands a daemon's `docker load` the finished image; the stand-in writes it to a file instead.
  ADUAN_IMAGE_TAR="$IMAGE_TAR" mvn -B -q -f "$ROOT/pom.xml" -pl api package -DskipTests \
    -Dquarkus.container-image.build=true \
    -Dquarkus.container-image.image="$REGISTRY/aduan-api:$TAG" \
    -Dquarkus.jib.base-jvm-image="tar://$BASE_TAR" \
    -Dquarkus.jib.docker-executable-name="$ROOT/scripts/image-load-to-file.sh" \
    -Dquarkus.jib.user=185:185 \
    -Dquarkus.jib.working-directory=/deployments \
    -Dquarkus.jib.ports=8080 \
    -Dquarkus.jib.use-current-timestamp=false \
    -Dquarkus.jib.labels.\"org.opencontainers.image.source\"=https://github.com/aduan/aduan \
    -Dquarkus.jib.labels.\"org.opencontainers.image.version\"="$TAG" \
    || die "the image build failed"
  [[ -s "$IMAGE_TAR" ]] || die "Jib wrote no image to $IMAGE_TAR"
  log "api: $IMAGE_TAR ($(du -h "$IMAGE_TAR" | cut -f1))"
}

# Unpacks an image's layers in order, as a container runtime would, puts the files of IMAGE_MOUNTS
# ("SOURCE:PATH", as a Deployment mounts ConfigMap keys) in place, and starts its entrypoint with its
# environment (plus the QUARKUS_* and ADUAN_* variables, as a Deployment passes them), user and
# working directory in a chroot; waits until URL answers.
IMAGE_MOUNTS=()
run_image() { # TAR NAME URL
  local tar=$1 name=$2 url=$3 dir="$WORK/check-$2"
  umount "$dir/rootfs/proc" 2>/dev/null || true
  rm -rf "$dir" && mkdir -p "$dir/image" "$dir/rootfs"
  tar -xf "$tar" -C "$dir/image"
  local run user workdir entrypoint env layer
  run="$(node "$ROOT/scripts/image-config.mjs" "$dir/image")" || die "$name: could not read the image's manifest"
  { read -r user; read -r workdir; read -r entrypoint; read -r env; } <<<"$run"
  while read -r layer; do
    tar -xzf "$dir/image/$layer" -C "$dir/rootfs" 2>/dev/null || tar -xf "$dir/image/$layer" -C "$dir/rootfs"
  done < <(tail -n +5 <<<"$run")
  local mount
  for mount in "${IMAGE_MOUNTS[@]}"; do
    install -D -m 0644 "${mount%%:*}" "$dir/rootfs${mount#*:}" || die "$name: could not mount $mount"
  done
  [[ -n "$user" && "$user" != 0* && "$user" != root* ]] || die "$name: the image runs as '${user:-root}'"
  chroot "$dir/rootfs" /bin/sh -c true 2>/dev/null && die "$name: the image has a shell: it should not"
  log "check $name: $entrypoint as $user in $workdir"
  mkdir -p "$dir/rootfs/proc"
  mount -t proc proc "$dir/rootfs/proc" 2>/dev/null && MOUNTED+=("$dir/rootfs/proc")
  local -a argv envv pass=()
  mapfile -t argv < <(node -e 'for (const a of JSON.parse(process.argv[1])) console.log(a)' "$entrypoint")
  mapfile -t envv < <(node -e 'for (const a of JSON.parse(process.argv[1])) console.log(a)' "$env")
  # chroot always starts in /, so a jar named relative to the working directory is named from it.
  local i v
  for i in "${!argv[@]}"; do [[ ${argv[i]} == *.jar && ${argv[i]} != /* ]] && argv[i]="$workdir/${argv[i]}"; done
  for v in $(compgen -e); do [[ $v == QUARKUS_* || $v == ADUAN_* ]] && pass+=("$v=${!v}"); done
  # Only the image's environment and what is passed: env -i, so chroot is named by its path.
  # Its output owned by its user, as runc hands a container its stdio (nginx reopens /proc/self/fd/1).
  : >"$dir/out.log" && chown "$user" "$dir/out.log"
  setsid env -i "${envv[@]}" "${pass[@]}" "$(command -v chroot)" --userspec="$user" "$dir/rootfs" "${argv[@]}" \
    >"$dir/out.log" 2>&1 </dev/null &
  local pid=$!
  STARTED_PIDS+=("$pid")
  for ((i = 0; i < 240; i++)); do
    http_ok "$url" && break
    kill -0 "$pid" 2>/dev/null || { tail -20 "$dir/out.log"; die "$name: the image's process exited"; }
    sleep 0.5
  done
  http_ok "$url" || { tail -20 "$dir/out.log"; die "$name: $url did not answer within 120 s"; }
  log "check $name: $url answers, the process running as $user (log: $dir/out.log)"
}

check_images() {
  # Not run is not passed: exit status 77, which ./aduan test lists as SKIP with this line.
  [[ $EUID -eq 0 ]] || { log "check: skipped, the images were built but not run (chroot needs root)"; exit 77; }
  local port="${ADUAN_IMAGE_CHECK_PORT:-8088}"
  need_port "$port" "the API image's check" ADUAN_IMAGE_CHECK_PORT
  QUARKUS_HTTP_PORT="$port" run_image "$IMAGE_TAR" api "http://localhost:$port/q/health/ready"
  stop_all
  # The web UI's nginx listens on 8080, as the chart expects.
  need_port 8080 "the web UI image's check (its nginx listens on 8080)" ADUAN_API_PORT
  run_image "$WEB_TAR" web-ui "http://localhost:8080/"
  node "$ROOT/scripts/image-web-check.mjs" http://localhost:8080 || die "web-ui: the image does not serve the app as it should"
  stop_all
  # As the chart runs it: the files its Deployment mounts, rendered from values of its own.
  chart_web_mounts "$WORK/web-ui-chart-mounts"
  run_image "$WEB_TAR" web-ui-chart "http://localhost:8080/"
  node "$ROOT/scripts/image-web-check.mjs" http://localhost:8080 \
    --api=https://api.example.go.id --keycloak=https://sso.example.go.id --tiles=https://tiles.example.go.id \
    || die "web-ui: with the chart's config.js and csp.conf, the image does not serve the app as it should"
  IMAGE_MOUNTS=()
  stop_all
}

# The files the Helm chart mounts into the web UI's container, rendered (web-ui-configmap.yaml) and
# placed (web-ui-deployment.yaml) as the chart says, from values naming an API, a Keycloak and a tile
# server of their own; sets IMAGE_MOUNTS. nginx resolves the API's Service (api-upstream.conf) when it
# starts, as the cluster's DNS answers in a pod: here an /etc/hosts names this machine for it.
chart_web_mounts() { # DIR
  local dir=$1 helm python
  helm="${HELM:-$(command -v helm || echo "$ROOT/.aduan/tools/helm")}"
  [[ -x "$helm" ]] || die "helm renders the chart's web UI configuration: scripts/helm-check.sh installs it"
  python="$ROOT/.aduan/tools/kubernetes-validate/bin/python"
  python3 -c 'import yaml' 2>/dev/null && python=python3
  [[ -x "$(command -v "$python")" ]] || die "PyYAML reads the rendered chart: scripts/helm-check.sh installs it"
  rm -rf "$dir" && mkdir -p "$dir"
  cat >"$dir/values.yaml" <<'EOF'
publicUrl: https://aduan.example.go.id
oidc:
  authServerUrl: https://sso.example.go.id/realms/aduan
webUi:
  apiUrl: https://api.example.go.id
  map:
    tileUrl: https://tiles.example.go.id/{z}/{x}/{y}.png
EOF
  "$helm" template aduan "$ROOT/helm/aduan" -f "$dir/values.yaml" --show-only templates/web-ui-configmap.yaml \
    --show-only templates/web-ui-deployment.yaml >"$dir/rendered.yaml" || die "the chart does not render"
  mapfile -t IMAGE_MOUNTS < <("$python" - "$dir" <<'EOF'
import os, re, sys, yaml
out = sys.argv[1]
docs = [d for d in yaml.safe_load_all(open(os.path.join(out, "rendered.yaml"))) if d]
data = {d["metadata"]["name"]: d.get("data", {}) for d in docs if d["kind"] == "ConfigMap"}
pod = next(d for d in docs if d["kind"] == "Deployment")["spec"]["template"]["spec"]
volumes = {v["name"]: v for v in pod["volumes"]}
for mount in next(c for c in pod["containers"] if c["name"] == "web-ui")["volumeMounts"]:
    config_map = volumes[mount["name"]].get("configMap")
    if config_map:
        source = os.path.join(out, mount["subPath"])
        text = data[config_map["name"]][mount["subPath"]]
        open(source, "w").write(text)
        print(f"{source}:{mount['mountPath']}")
        hosts = re.findall(r"^\s*server\s+([A-Za-z][A-Za-z0-9.-]*):[0-9]+;", text, re.M)
        if mount["subPath"] == "api-upstream.conf" and hosts:
            open(os.path.join(out, "hosts"), "w").write(f"127.0.0.1 localhost {' '.join(hosts)}\n")
            open(os.path.join(out, "nsswitch.conf"), "w").write("hosts: files\n")
            print(f"{os.path.join(out, 'hosts')}:/etc/hosts")
            print(f"{os.path.join(out, 'nsswitch.conf')}:/etc/nsswitch.conf")
EOF
  )
  [[ ${#IMAGE_MOUNTS[@]} -gt 0 ]] || die "the chart mounts nothing into the web UI"
  log "check web-ui: the chart's mounts ${IMAGE_MOUNTS[*]}"
}

MOUNTED=()
unmount_all() { local m; for m in "${MOUNTED[@]}"; do umount "$m" 2>/dev/null || true; done; }

case "${1:-}" in
  build) mkdir -p "$WORK"; build_base; build_api; build_web ;;
  check) trap 'stop_all; unmount_all' EXIT; check_images ;;
  *) echo "usage: scripts/image.sh build|check" >&2; exit 2 ;;
esac
