#!/usr/bin/env bash
# Makes sure fake-gcs-server, the local stand-in for the Cloud Storage bucket (decision 0035), is
# available at the pinned version, built once from the Go module proxy into .tools/fake-gcs-server.
# Prints the path of the binary on its last line.
set -euo pipefail

FAKE_GCS_VERSION="v1.56.1"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
prefix="$root/.tools/fake-gcs-server"
local_bin="$prefix/bin/fake-gcs-server"
stamp="$prefix/version"

if [ -x "$local_bin" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$FAKE_GCS_VERSION" ]; then
  echo "$local_bin"
  exit 0
fi

go_bin="$(command -v go || true)"
[ -z "$go_bin" ] && [ -x /usr/local/go/bin/go ] && go_bin=/usr/local/go/bin/go
if [ -z "$go_bin" ]; then
  echo "fake-gcs-server $FAKE_GCS_VERSION is not installed and Go is not available to build it." >&2
  echo "Install Go 1.26 or later (https://go.dev/doc/install), then run this again." >&2
  exit 1
fi

echo "Building the local Cloud Storage stand-in fake-gcs-server $FAKE_GCS_VERSION into .tools/fake-gcs-server." >&2
echo "This happens once and takes a few minutes…" >&2
GOBIN="$prefix/bin" "$go_bin" install "github.com/fsouza/fake-gcs-server@$FAKE_GCS_VERSION" >&2
echo "$FAKE_GCS_VERSION" >"$stamp"
echo "$local_bin"
