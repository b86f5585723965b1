#!/usr/bin/env bash
# The one script run on a lent GPU machine (no Node, no network there): unpacks the Vulkan loader
# (.gl/*.deb) and the node binary that scripts/gpu-pack.sh put in .gpu/, runs bench/gpu.ts (bundled)
# on Dawn + the NVIDIA Vulkan driver, then PyTorch's exact divergence on CUDA as the anchor.
# Results go to $OUT (gpu.json, gpu.log, torch-cuda.json, torch.log, env.txt).
# Run as: bash bench/gpu-device.sh   (with .gl and .gpu carried)
set -u
OUT=${OUT:-/tmp/divc-gpu-out}; mkdir -p "$OUT"
for f in .gl/*.deb; do dpkg -x "$f" /; done; ldconfig
icd=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json
[ -f $icd ] && export VK_DRIVER_FILES=$icd VK_ICD_FILENAMES=$icd
{ nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv; nproc; uname -r;
  ldconfig -p | grep -i vulkan; ls /usr/local/nvidia/share/vulkan/icd.d /usr/share/vulkan/icd.d 2>&1; } | tee "$OUT/env.txt"
python3 -c "import lzma,shutil; shutil.copyfileobj(lzma.open('.gpu/node.xz'), open('/tmp/node','wb'))" && chmod +x /tmp/node
/tmp/node --version
FIELDS=${FIELDS:-lorenz,coulomb,gmm_score,mlp,lorenz96,piecewise,double_gyre,taylor_green,cellular2d,mlp2}
timeout "${GPU_SECONDS:-250}" /tmp/node .gpu/gpu.mjs --artifacts=.gpu/artifacts --fields=$FIELDS \
  --deadline="${GPU_DEADLINE:-190}" --out="$OUT/gpu.json" 2>&1 | grep -v maxDynamic | tee "$OUT/gpu.log"
PYTHONUNBUFFERED=1 timeout "${TORCH_SECONDS:-150}" python3 bench/torch_bench.py --device cuda --dtype float32 \
  --sizes 1e4,1e6,1e7 --seconds 0.3 --fields lorenz,coulomb,gmm_score,mlp,mlp2 --out "$OUT/torch-cuda.json" 2>&1 | tee "$OUT/torch.log"
