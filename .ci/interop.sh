#!/usr/bin/env bash
# Interop check: opens every .msg our writer produced in `mvn verify` (msg-io/target/interop-corpus)
# with independent readers installed here, and compares what they report with what was written
# (NAME.expected.json). See .ci/interop/README.md. Fails when the corpus is missing or empty.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=msg-io/target/interop-corpus
if ! ls "$corpus"/*.msg >/dev/null 2>&1; then
  echo "interop: no corpus in $corpus (mvn verify writes it)" >&2
  exit 1
fi

need_apt=()
command -v msgconvert >/dev/null 2>&1 || need_apt+=(libemail-outlook-message-perl)
/usr/bin/python3 -c 'import olefile' >/dev/null 2>&1 || need_apt+=(python3-olefile)
command -v node >/dev/null 2>&1 || need_apt+=(nodejs)
command -v npm >/dev/null 2>&1 || need_apt+=(npm)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "interop: installing ${need_apt[*]}"
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "interop: need root or sudo to install ${need_apt[*]}" >&2; exit 1; }
    as_root=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
if [ ! -d .ci/interop/node_modules/@kenjiuno/msgreader ]; then
  echo "interop: installing @kenjiuno/msgreader (npm ci, as locked in package-lock.json)"
  npm ci --prefix .ci/interop --no-audit --no-fund --silent >/dev/null
fi

status=0
node .ci/interop/check_msgreader.js "$corpus" || status=1
/usr/bin/python3 .ci/interop/check_olefile.py "$corpus" || status=1
/usr/bin/python3 .ci/interop/check_msgconvert.py "$corpus" msg-io/target/interop-eml || status=1
exit $status
