#!/usr/bin/env bash
# Benchmark: for each scene (default: every scene in scenes/) at 1920x1080 and the default quality, prints
# frames, draw-only fps (drawing and yuv conversion, no encoder), encoder-only fps (ffmpeg alone on the same frames
# from a raw file, same arguments), end-to-end fps (the CLI's render), both as medians of 5 runs taken in turns
# (this host's speed drifts by up to 20 % over minutes), their ratio, the renderer's peak RSS at 1x and 2x length,
# and the slowest cold-process still. Takes 7-10 minutes per scene; needs a quiet machine.
# `dotnet src/Renderer.Bench/bin/Release/net10.0/linux-x64/Renderer.Bench.dll --profile scene.yaml` splits one
# worker's per-frame cost instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
# The CLI is timed as users run it: through tools/renderer (its ReadyToRun publish), published here up front.
tools/renderer --version >/dev/null
dotnet build src/Renderer.Bench -c Release --nologo --verbosity quiet >/dev/null
scenes=("$@")
[ ${#scenes[@]} -gt 0 ] || mapfile -t scenes < <(ls scenes/*.yaml)
exec dotnet src/Renderer.Bench/bin/Release/net10.0/linux-x64/Renderer.Bench.dll tools/renderer "${scenes[@]}"
