#!/usr/bin/env bash
# Compares the renderer's CPU per frame of two commits on one scene, in interleaved cold renders:
#   bash tools/cpu-pairs.sh <commit-a> <commit-b> scenes/huffman-depth-sampling.yaml [pairs, default 3]
# Each commit is published (Release, as tools/renderer runs it) into /tmp/renderer-pairs/<sha> once, from a worktree;
# each render starts from an empty segment cache. Prints per render: the renderer's CPU per frame of the video, ffmpeg's,
# their ratio (the CPU ratio the bench prints), wall time and the poster's CPU. This host's speed drifts by 10-20 %
# between minutes, so compare pairs, not single runs; the ratio moves less than either CPU figure, since both slow
# down together. A tool for deciding whether a change helps; asserts nothing.
set -euo pipefail
if [ $# -lt 3 ]; then sed -n 2,8p "$0" >&2; exit 2; fi
root="$(cd "$(dirname "$0")/.." && pwd)"
scene="$(cd "$(dirname "$3")" && pwd)/$(basename "$3")"
name="$(basename "$3" .yaml)"
pairs="${4:-3}"
work="/tmp/renderer-pairs"
mkdir -p "$work"

publish() { # commit -> publish directory
  local sha; sha="$(git -C "$root" rev-parse --verify "$1^{commit}")"
  local out="$work/$sha"
  if [ ! -f "$out/Renderer.Cli.dll" ]; then
    rm -rf "$work/tree-$sha"
    git -C "$root" worktree add --detach -f "$work/tree-$sha" "$sha" >/dev/null 2>&1
    echo "publishing $1 ($sha) ..." >&2
    dotnet publish "$work/tree-$sha/src/Renderer.Cli/Renderer.Cli.csproj" -c Release -o "$out" --nologo --verbosity quiet >/dev/null
    git -C "$root" worktree remove --force "$work/tree-$sha"
  fi
  echo "$out"
}

a="$(publish "$1")"
b="$(publish "$2")"
for i in $(seq "$pairs"); do
  for side in a b; do
    dir="$a"; label="$1"
    if [ "$side" = b ]; then dir="$b"; label="$2"; fi
    rm -rf "$work/cache" "$work/out"
    dotnet "$dir/Renderer.Cli.dll" render "$scene" -o "$work/out" --cache "$work/cache" >/dev/null
    python3 - "$work/out/$name.json" "$label" <<'EOF'
import json, sys
m = json.load(open(sys.argv[1]))
t, n = m["timings"], m["output"]["frameCount"]
print(f"{sys.argv[2]:>12}: renderer {1000 * t['rendererCpuSeconds'] / n:.3f} ms/frame, ffmpeg {1000 * t['encoderCpuSeconds'] / n:.2f} ms/frame, "
      f"CPU ratio {t['rendererCpuSeconds'] / t['encoderCpuSeconds']:.3f}, wall {t['renderSeconds']:.1f} s, poster {t['posterCpuSeconds']:.2f} s")
EOF
  done
done
