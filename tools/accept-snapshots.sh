#!/usr/bin/env bash
# Accepts received snapshot images: renames every *.received.png under tests/ to *.verified.png.
# Run it only after looking at each received image (and its .diff.png): this is the deliberate step that
# makes a new picture the expected one. Tests never accept snapshots themselves.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t received < <(find tests -name '*.received.png' | sort)
if [ ${#received[@]} -eq 0 ]; then echo "no received snapshots"; exit 0; fi
for file in "${received[@]}"; do
  mv -f "$file" "${file%.received.png}.verified.png"
  rm -f "${file%.received.png}.diff.png"
  echo "accepted ${file%.received.png}.verified.png"
done
