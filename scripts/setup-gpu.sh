#!/usr/bin/env bash
# Software Vulkan for running real WGSL in Node (Dawn, npm `webgpu`) on machines without a GPU:
# Mesa lavapipe >= 25 from bookworm-backports (Debian 12's own Mesa 22 is rejected by Dawn).
# The backports source is derived from this machine's own Debian sources file. Idempotent.
set -euo pipefail
[[ $(id -u) -eq 0 ]] || { echo "setup-gpu: needs root for apt-get" >&2; exit 1; }
have_lavapipe() {
  local v
  v=$(dpkg-query -W -f='${Version}' mesa-vulkan-drivers 2>/dev/null || true)
  [[ -n $v ]] && dpkg --compare-versions "$v" ge 25
}
if ! have_lavapipe; then
  src=/etc/apt/sources.list.d/debian.sources
  list=/etc/apt/sources.list.d/divc-backports.sources
  if [[ ! -f $list ]]; then
    uri=$(awk '/^URIs:/ { print $2; exit }' "$src")
    key=$(awk '/^Signed-By:/ { print $2; exit }' "$src")
    printf 'Types: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: %s\n' "$uri" "$key" > "$list"
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -t bookworm-backports mesa-vulkan-drivers libvulkan1 >/dev/null
fi
dpkg-query -W -f='lavapipe: mesa-vulkan-drivers ${Version}\n' mesa-vulkan-drivers
