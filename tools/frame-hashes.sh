#!/usr/bin/env bash
# Prints a SHA-256 of every frame of every scene given (default: every scene in scenes/), drawn in full at 1920x1080,
# one line per frame and one per scene. Diff two runs to prove a change left every pixel alone:
#   tools/frame-hashes.sh > before.txt; (change); tools/frame-hashes.sh > after.txt; diff before.txt after.txt
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- scenes/*.yaml
dotnet build src/Renderer.Bench -c Release --nologo --verbosity quiet >/dev/null
exec dotnet src/Renderer.Bench/bin/Release/net10.0/linux-x64/Renderer.Bench.dll --hashes "$@"
