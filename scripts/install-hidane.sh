#!/usr/bin/env bash
# Makes sure the Java-free Firestore emulator, hidane, is available at the pinned version.
# Prints the path of the binary on its last line.
set -euo pipefail

HIDANE_VERSION="0.6.0"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
local_bin="$root/.tools/hidane/bin/hidane"

has_version() {
  [ -x "$1" ] && [ "$("$1" --version 2>/dev/null)" = "hidane $HIDANE_VERSION" ]
}

if has_version "$local_bin"; then
  echo "$local_bin"
  exit 0
fi
for candidate in "$(command -v hidane || true)" "$HOME/.cargo/bin/hidane"; do
  if [ -n "$candidate" ] && has_version "$candidate"; then
    echo "$candidate"
    exit 0
  fi
done

if ! command -v cargo >/dev/null 2>&1; then
  echo "hidane $HIDANE_VERSION is not installed and cargo (Rust) is not available to build it." >&2
  echo "Install Rust (https://rustup.rs), or use the official emulator: FIRESTORE_EMULATOR=official (needs Java 21+)." >&2
  exit 1
fi

echo "Building the Firestore emulator hidane $HIDANE_VERSION from crates.io into .tools/hidane." >&2
echo "This happens once and takes a few minutes…" >&2
cargo install hidane --version "$HIDANE_VERSION" --locked --root "$root/.tools/hidane" >&2
echo "$local_bin"
