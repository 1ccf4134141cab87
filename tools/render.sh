#!/usr/bin/env bash
# Renders every scene in scenes/ into output/ (1920x1080, 30 fps, H.264) with captions and manifests.
# Installs what is missing first. Extra arguments go to 'renderer render', e.g. --quality preview.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
exec tools/renderer render scenes/ --output output "$@"
