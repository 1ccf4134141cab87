#!/usr/bin/env bash
# Benchmark: for each scene (default: every scene in scenes/) at 1920x1080 and the default quality, prints
# frames (and how many a render stores: held runs once), draw-only fps (drawing and yuv conversion, no encoder),
# encoder-only fps (ffmpeg alone from files with the render's arguments: every frame at the constant rate, and the
# stream a render sends it), end-to-end fps (the CLI's render from an empty segment cache, and render --cfr), all as medians of 5 rounds taken
# in turns (this host's speed drifts by up to 20 % over minutes), their ratios (end to end / constant-rate
# encoder-only, and by how much it exceeds it), the renderer's and ffmpeg's CPU ms per frame and their ratio in
# every round, a NOISY flag when the encoder-only rounds spread by more than 20 %, the renderer's peak RSS at 1x
# and 2x length, and the slowest cold-process still. Takes 15-20 minutes per scene; needs a quiet machine.
# `dotnet src/Renderer.Bench/bin/Release/net10.0/linux-x64/Renderer.Bench.dll --profile scene.yaml` splits one
# worker's per-frame cost instead; `... --held scene.yaml` measures what x264 spends on held frames.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
# The CLI is timed as users run it: through tools/renderer (its ReadyToRun publish), published here up front.
tools/renderer --version >/dev/null
dotnet build src/Renderer.Bench -c Release --nologo --verbosity quiet >/dev/null
scenes=("$@")
[ ${#scenes[@]} -gt 0 ] || mapfile -t scenes < <(ls scenes/*.yaml)
exec dotnet src/Renderer.Bench/bin/Release/net10.0/linux-x64/Renderer.Bench.dll tools/renderer "${scenes[@]}"
