#!/usr/bin/env bash
# Packs what bench/gpu-device.sh needs on a GPU machine that has no Node and no network into
# .gpu/ (git-ignored): the node binary (xz), the `webgpu` package's Linux x64 binary, the bench
# bundled without the compiler, and the fields' f32 artifacts with their references. The Vulkan
# loader (.gl/*.deb) is downloaded separately, as the device tool's README says.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf .gpu && mkdir -p .gpu/artifacts .gpu/node_modules/webgpu/dist/linux-x64
npm run build --silent
for f in test/fixtures/reference/*.div; do
  name=$(basename "$f" .div)
  node bin/divc.js "$f" --precision f32 -o ".gpu/artifacts/$name.f32.wasm"
  cp "test/fixtures/reference/$name.expect.json" .gpu/artifacts/
done
cp node_modules/webgpu/package.json node_modules/webgpu/index.js .gpu/node_modules/webgpu/
cp node_modules/webgpu/dist/linux-x64/dawn.node .gpu/node_modules/webgpu/dist/linux-x64/
npx esbuild bench/gpu.ts --bundle --platform=node --format=esm --target=node20 \
  --external:webgpu --external:../compiler/index.js --outfile=.gpu/gpu.mjs --log-level=warning
[ -f .gpu/node.xz ] || xz -T0 -6 -c "$(command -v node)" > .gpu/node.xz
du -sh .gpu
