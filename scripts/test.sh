#!/usr/bin/env bash
# The one test command (README, and .ci/run calls exactly this): installs what the tests need, then
# runs the whole suite with the network cut off, proving scrubkit works offline.
set -euo pipefail
cd "$(dirname "$0")/.."

# Independent checkers and the browser the tests use: exiftool (metadata), chromium (review page).
need=()
command -v exiftool >/dev/null || need+=(libimage-exiftool-perl)
command -v chromium >/dev/null || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi

python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q -e '.[test,cluster]'
# The optional easyocr backend is tested too when the disk can hold torch (about 6 GB);
# its tests skip with a reason otherwise.
free_gb=$(df -Pk . | awk 'NR==2 {print int($4 / 1048576)}')
if [ "${free_gb:-0}" -ge 15 ]; then
  .venv/bin/pip install -q -e '.[test,cluster,easyocr]'
else
  echo "note: only ${free_gb} GB free; the easyocr backend's tests will be skipped" >&2
fi

# Lint first (ruff, configured in pyproject.toml, pinned in the test extra): a mistake it can see
# fails the run before the slow tests start.
.venv/bin/ruff check .

# Cut the network for the test run where we can (root, or unprivileged user namespaces);
# tests/conftest.py also refuses outbound connections inside the test process either way.
run=(.venv/bin/python -m pytest -q -p no:cacheprovider "$@")
if unshare -rn true 2>/dev/null; then
  exec unshare -rn "${run[@]}"
elif [ "$(id -u)" -eq 0 ] && unshare -n true 2>/dev/null; then
  exec unshare -n "${run[@]}"
fi
exec "${run[@]}"
