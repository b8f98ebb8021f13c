#!/usr/bin/env bash
# Stands in for the `docker` executable that Jib calls to hand a finished image to a daemon
# (quarkus.jib.docker-executable-name, used by scripts/image.sh): `load` writes the image tarball
# from stdin to $ADUAN_IMAGE_TAR instead, and `info` describes the platform Jib asks about. There
# is no daemon on the machines that build Aduan (ADR 0023).
set -euo pipefail
case "${1:-}" in
  load)
    [[ -n "${ADUAN_IMAGE_TAR:-}" ]] || { echo "ADUAN_IMAGE_TAR is not set" >&2; exit 1; }
    cat >"$ADUAN_IMAGE_TAR"
    echo "Loaded image to $ADUAN_IMAGE_TAR"
    ;;
  info) echo '{"OSType":"linux","Architecture":"x86_64"}' ;;
  *) echo "image-load-to-file.sh: only 'load' and 'info' are supported, not '$*'" >&2; exit 1 ;;
esac
