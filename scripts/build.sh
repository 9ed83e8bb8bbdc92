#!/usr/bin/env bash
# Installs what is missing and builds the static page into dist/ with relative asset URLs,
# ready for any static host and any sub-path.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/tools/node_modules/.bin:$PATH"
bash scripts/setup.sh
trunk build --release --public-url ./
echo "dist/ is ready: copy it to any static host."
