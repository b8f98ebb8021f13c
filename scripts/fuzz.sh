#!/usr/bin/env bash
# Fuzzing (issue 8): schemathesis generates requests from openapi.yaml against a running API, as
# four callers in turn: anonymous, citizen (warga1), officer (petugas1) and admin (admin1), each for
# a bounded time. It fails on any 5xx (503 included: one worker against an API without rate limits
# never saturates it), and on any status, content type, header or body that the document does not
# describe (405s included, with their Allow header). And it fails a caller that was not served: one
# whose requests were never answered 2xx, or not on the operations only its role may use
# (scripts/fuzz-served.py), since schemathesis passes a caller whose every request gets 401 or 404.
#
# Not checked, on purpose (docs/adr/0017-fuzzing-with-schemathesis.md):
#   positive_data_acceptance  the document cannot say that a cursor must come from the API, that
#                             `from` must not be after `to`, or that an agency must be active;
#   negative_data_rejection   an empty query parameter counts as absent (openapi.yaml, "Absent values");
#   ignored_auth              a wrong X-Report-Pin is answered 404, like an unknown report, by design;
#   ensure_resource_availability  a report just submitted may not be supported until it is public
#                             (404, as for a confidential one), which the check reads as "lost".
#
#   scripts/fuzz.sh API_URL REALM_URL [SECONDS_PER_CALLER] [REPORT_DIR]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
api=$1 realm=$2 seconds=${3:-40} reports=${4:-$ADUAN_HOME/test/fuzz}
version=4.32.5
venv="$ADUAN_HOME/tools/schemathesis-$version"
if [[ ! -f "$venv/.installed" ]]; then
  log "installing schemathesis $version from PyPI into $venv"
  rm -rf "$venv" && python3 -m venv "$venv" && "$venv/bin/pip" install -q --disable-pip-version-check "schemathesis==$version" \
    || die "could not install schemathesis"
  touch "$venv/.installed"
fi
rm -rf "$reports" && mkdir -p "$reports"

token() { # USER
  curl -fsS -d grant_type=password -d client_id=aduan-test -d "username=$1" -d "password=$1" \
    "$realm/protocol/openid-connect/token" | python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])'
}

# What each caller must have been served (2xx) at least once, besides anything at all: operations
# open to it, the signed-in ones to its role only (openapi.yaml). Another caller named in
# ADUAN_FUZZ_CALLERS must be served something.
served_by() { # CALLER  (one operation a line)
  case $1 in
    anonymous) printf '%s\n' "GET /api/v1/categories" "GET /api/v1/reports/public" ;;
    warga1) printf '%s\n' "GET /api/v1/me/reports" ;;
    petugas1) printf '%s\n' "GET /api/v1/inbox" ;;
    admin1) printf '%s\n' "GET /api/v1/admin/webhooks" "GET /api/v1/admin/outbox" ;;
  esac
}

failed=0
for caller in ${ADUAN_FUZZ_CALLERS:-anonymous warga1 petugas1 admin1}; do
  auth=()
  [[ $caller != anonymous ]] && auth=(-H "Authorization: Bearer $(token "$caller")")
  log "fuzzing as $caller for ${seconds} s"
  # From the report folder: schemathesis keeps its cache (.schemathesis/) in the working directory.
  # Its warnings stay off (they name operations a caller may not use, as designed); every answer it
  # got is in the NDJSON event stream, which fuzz-served.py reads.
  if ! (cd "$reports" && "$venv/bin/schemathesis" run "$ROOT/openapi.yaml" --url "$api" "${auth[@]}" \
      --checks all --exclude-checks positive_data_acceptance,negative_data_rejection,ignored_auth,ensure_resource_availability \
      --max-examples 10 --max-time "$seconds" --seed "${ADUAN_FUZZ_SEED:-20261129}" --workers 1 \
      --warnings off --report junit,ndjson --report-junit-path "$reports/$caller.xml" \
      --report-ndjson-path "$reports/$caller.ndjson" >"$reports/$caller.txt" 2>&1); then
    failed=1
    sed -n '/^=* SUMMARY/,$p' "$reports/$caller.txt"
    log "details: $reports/$caller.txt"
  fi
  grep -E "generated|passed|failures" "$reports/$caller.txt" | tail -2
  mapfile -t required < <(served_by "$caller")
  if [[ ! -s "$reports/$caller.ndjson" ]]; then
    failed=1
    echo "    FAIL $caller: schemathesis left no event stream ($reports/$caller.ndjson)"
  elif ! python3 "$ROOT/scripts/fuzz-served.py" "$reports/$caller.ndjson" "$caller" "${required[@]}"; then
    failed=1
  fi
done
exit $failed
