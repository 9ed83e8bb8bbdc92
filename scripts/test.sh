#!/usr/bin/env bash
# Installs what the tests need (build tools, Debian's Chromium, playwright-core) and runs every test:
# format and lint checks (native and wasm32), native tests, the release build, and the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/tools/node_modules/.bin:$PATH"
say() { printf '\n\033[1m[test]\033[0m %s\n' "$*"; }
step() { local t0=$SECONDS; "$@"; printf '\033[2m[test] %ss: %s\033[0m\n' "$((SECONDS - t0))" "$*"; }

bash scripts/setup.sh
# Debian's Chromium for the browser tests, and a CJK font so screenshots in Korean, Chinese and Japanese
# show text rather than empty boxes (the page itself uses whatever fonts the user's system has).
if [ ! -x /usr/bin/chromium ] || [ ! -f /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ]; then
  say "installing Debian's Chromium and a CJK font (about 1 minute, once)"
  if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null
fi

say "format and lints"
step cargo fmt --check
step cargo clippy --all-targets --quiet -- -D warnings
step cargo clippy --target wasm32-unknown-unknown --lib --bins --quiet -- -D warnings

say "native tests"
# Property tests draw their cases from a fixed seed here, so that this command gives the same verdict on
# every run and machine; plain `cargo test` explores new random cases each time (set PROPTEST_RNG_SEED to
# replay one run).
export PROPTEST_RNG_SEED="${PROPTEST_RNG_SEED:-20261123}"
step cargo test --quiet

say "release build of the page"
step trunk build --release --public-url ./

say "browser tests (headless Chromium)"
step node --test --test-concurrency=1 tests/e2e/
