#!/usr/bin/env bash
# Studio latency, as an author feels it, for each scene (default: every scene in scenes/), on a copy of the scene,
# with a real server and the real page in chromium (TeX cache warm: the first compile fills it):
#   save -> new frame painted: a caption of the slide under the playhead is rewritten on disk; from just before the
#     write to the page drawing the recompiled frame into its canvas (median of 10, after 2 warm-up edits);
#   scrub, server: distinct preview-size (960 px) frames never drawn before, fetched over HTTP (median of 40);
#   scrub, page: seeking in the page to other new frames until each is drawn on the canvas (median of 40).
# Targets: save -> painted <= 300 ms, scrub (server) <= 50 ms. `--screenshot page.png` also saves the page.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
dotnet build src/Renderer.Studio.Bench -c Release --nologo --verbosity quiet >/dev/null
args=("$@")
if [ ${#args[@]} -eq 0 ] || { [ ${#args[@]} -eq 2 ] && [ "${args[0]}" = "--screenshot" ]; }; then
  mapfile -t scenes < <(ls scenes/*.yaml)
  args+=("${scenes[@]}")
fi
exec dotnet src/Renderer.Studio.Bench/bin/Release/net10.0/linux-x64/Renderer.Studio.Bench.dll "${args[@]}"
