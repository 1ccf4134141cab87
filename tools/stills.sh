#!/usr/bin/env bash
# Draws the element stills the README and docs/scene-reference.md show (docs/stills/*.png, 960 px wide) from
# docs/stills/stills.yaml: one slide per group of element kinds, each at 90 % of its length.
set -euo pipefail
cd "$(dirname "$0")/.."
names=(axes shapes annotations image list table code math)
for i in "${!names[@]}"; do
  tools/renderer still docs/stills/stills.yaml --slide $((i + 1)) --at 90% --width 960 -o "docs/stills/${names[$i]}.png"
done
