#!/usr/bin/env bash
# Installs what is missing, builds the page and serves it on http://127.0.0.1:8080 (rebuilds on change).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/tools/node_modules/.bin:$PATH"
bash scripts/setup.sh
exec trunk serve --release "$@"
