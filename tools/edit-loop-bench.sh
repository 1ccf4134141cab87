#!/usr/bin/env bash
# The edit loop with segments: renders a shipped scene cold (empty segment cache), changes one caption, renders
# again through the cache, and prints both times (wall and CPU, this process and its children), the ratio (target
# <= 15 %), and which segments the manifest says were reused. The TeX cache is warm for both renders (a first
# `validate --typeset` fills it), so the figure is what segments save, not what the TeX cache saves. Both renders
# write the default formats (MP4, poster PNG + JPEG, .vtt, .srt, .html, .json), so they do the same work but for the
# segments. Also prints the edit render's phases (RENDERER_TIMINGS=1) and its floor: the time the manifest gives for
# rendering the changed segments, which no saving elsewhere can remove.
#
#   tools/edit-loop-bench.sh [scene.yaml] [caption number, 1-based] [renderer options...]
#   e.g. tools/edit-loop-bench.sh scenes/forward-vs-reverse-kl.yaml 4 -q high
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scene=${1:-$root/scenes/forward-vs-reverse-kl.yaml}
which=${2:-4}
shift $(( $# >= 2 ? 2 : $# ))
"$root/tools/renderer" --version >/dev/null # publish first, outside the timings
# Then the published CLI itself: tools/renderer would publish again if a source file changed meanwhile, and a new
# build has a new identity, so no segment of the first render would be reused (correctly, but not what is measured).
renderer=(dotnet "$root/src/Renderer.Cli/bin/Release/net10.0/linux-x64/publish/Renderer.Cli.dll")

work=$(mktemp -d /tmp/renderer-edit-loop-XXXXXX)
trap 'rm -rf "$work"' EXIT
name=$(basename "$scene")
cp "$scene" "$work/$name"
[ -f "$(dirname "$scene")/scene.schema.json" ] && cp "$(dirname "$scene")/scene.schema.json" "$work/"
"${renderer[@]}" validate --typeset "$work/$name" >/dev/null

# Seconds of wall and of CPU (user + system of the command and its children) of one command.
measure() {
  local t0 c0 t1 c1
  t0=$(date +%s.%N); c0=$(awk '{print $14+$15+$16+$17}' /proc/$$/stat)
  "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log" >&2; exit 1; }
  t1=$(date +%s.%N); c1=$(awk '{print $14+$15+$16+$17}' /proc/$$/stat)
  wall=$(awk "BEGIN { print $t1 - $t0 }"); cpu=$(awk "BEGIN { print ($c1 - $c0) / $(getconf CLK_TCK) }")
}

measure "${renderer[@]}" render "$work/$name" --cache "$work/cache" -o "$work/out" "$@"
cold_wall=$wall cold_cpu=$cpu
line=$(grep -n 'caption:' "$work/$name" | sed -n "${which}p" | cut -d: -f1)
[ -n "$line" ] || { echo "edit-loop-bench: $name has no caption number $which" >&2; exit 2; }
sed -i "${line}s/caption: \(['\"]\?\)/caption: \1Edited /" "$work/$name"
echo "edited line $line: $(sed -n "${line}p" "$work/$name" | cut -c1-100)"
RENDERER_TIMINGS=1 measure "${renderer[@]}" render "$work/$name" --cache "$work/cache" -o "$work/out" "$@"
warm_wall=$wall warm_cpu=$cpu
grep '^timing:' "$work/last.log" | sed 's/^timing: /  edit render, /'

python3 - "$work/out/${name%.yaml}.json" "$cold_wall" "$cold_cpu" "$warm_wall" "$warm_cpu" <<'PY'
import json, sys
manifest, cold_wall, cold_cpu, warm_wall, warm_cpu = sys.argv[1], *map(float, sys.argv[2:])
m = json.load(open(manifest))
s = m["segments"]
rendered = [f"{i['index']} (slide {i['slide']}, {i['frames']} frames)" for i in s["items"] if not i["reused"]]
print(f"scene {m['scene']['path'].split('/')[-1]}: {m['output']['frameCount']} frames, {m['settings']['width']}x{m['settings']['height']}, {s['count']} segments")
print(f"cold render:  {cold_wall:6.1f} s wall, {cold_cpu:6.1f} s CPU")
print(f"after edit:   {warm_wall:6.1f} s wall, {warm_cpu:6.1f} s CPU   ({s['reused']} of {s['count']} segments reused; rendered: {', '.join(rendered)}; join {s['joinSeconds']:.2f} s)")
print(f"edit / cold:  {100 * warm_wall / cold_wall:5.1f} % wall, {100 * warm_cpu / cold_cpu:5.1f} % CPU   (target <= 15 %)")
floor = sum(i["renderSeconds"] or 0 for i in s["items"] if not i["reused"])
print(f"floor:        {floor:6.1f} s drawing and encoding the changed segments = {100 * floor / cold_wall:4.1f} % of the cold render; "
      f"the rest of the edit render, {warm_wall - floor:.1f} s = {100 * (warm_wall - floor) / cold_wall:4.1f} %")
PY
