#!/usr/bin/env bash
# A split render on a real Slurm: starts the one-node cluster (tools/slurm-local.sh), submits a shipped scene as
# an array of 2 chunks plus a dependent join (deploy/slurm/render.sbatch), waits, and prints the wall time from
# submission to the joined file, each job's time, the join's share of the total (target <= 3 %), and the output
# checked as the no-seams test checks it, against the same scene encoded in one piece (render --no-segments):
# same frame count and duration, every frame within 45 dB PSNR (ffmpeg psnr, Y/U/V), packet times in order.
#
#   tools/slurm-bench.sh [scene.yaml] [chunks] [renderer options...]     e.g. tools/slurm-bench.sh scenes/forward-vs-reverse-kl.yaml 2
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scene=$(realpath "${1:-$root/scenes/forward-vs-reverse-kl.yaml}")
chunks=${2:-2}
shift $(( $# >= 2 ? 2 : $# ))

bash "$root/tools/slurm-local.sh" >/dev/null
"$root/tools/renderer" --version >/dev/null # publish before the tasks start, so they do not all build at once
# Every task and the join run this one build (a rebuild meanwhile would give segments another identity).
export RENDERER="dotnet $root/src/Renderer.Cli/bin/Release/net10.0/linux-x64/publish/Renderer.Cli.dll"
export RENDERER_TIMINGS=1 # every job's log ends with its phases (sbatch passes the environment on)
$RENDERER validate --typeset "$scene" >/dev/null # TeX cache warm, as on a second render

work=$(mktemp -d /tmp/renderer-slurm-XXXXXX)
cd "$work"
export SEGMENT_CACHE=$work/cache OUTPUT=$work/output
start=$(date +%s.%N)
# RENDERER_TIMINGS=1: every job's log ends with its phases (sbatch passes the environment on).
submitted=$(RENDERER_TIMINGS=1 bash "$root/deploy/slurm/render.sbatch" "$scene" "$chunks" "$@")
echo "$submitted"
array=$(echo "$submitted" | sed -E 's/submitted chunks ([0-9]+).*/\1/')
join=$(echo "$submitted" | sed -E 's/.* and join ([0-9]+);.*/\1/')
while squeue -h -j "$array,$join" 2>/dev/null | grep -q .; do sleep 0.5; done
end=$(date +%s.%N)

name=$(basename "$scene" .yaml)
video=$OUTPUT/$name.mp4
for f in slurm-*.out; do echo "--- $f"; cat "$f"; done
[ -f "$video" ] || { echo "slurm-bench: no $video; see the job logs above" >&2; exit 1; }

# Job start and end times as Slurm recorded them (scontrol keeps finished jobs for MinJobAge, 300 s by default).
times() { scontrol show job "$1" 2>/dev/null | grep -oE '(StartTime|EndTime)=[^ ]+' | sed 's/.*=//' | paste -sd' '; }
$RENDERER render "$scene" --no-segments -o "$work/single" "$@" >/dev/null

python3 - "$start" "$end" "$video" "$work/single/$name.mp4" "$OUTPUT/$name.json" "$work" <<'PY'
import glob, json, re, subprocess, sys
start, end, video, single, manifest, work = float(sys.argv[1]), float(sys.argv[2]), *sys.argv[3:]
total = end - start
logs = {path: open(path).read() for path in sorted(glob.glob(f"{work}/slurm-*.out"))}
join_log = next((t for p, t in logs.items() if "render-join" in p), "")
chunk_logs = [t for p, t in logs.items() if "render-join" not in p]
def seconds(pattern, text):
    m = re.search(pattern, text)
    return float(m.group(1)) if m else float("nan")
m = json.load(open(manifest))
fps = m["settings"]["fps"]
def probe(path, entries):
    return subprocess.check_output(["ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries", entries, "-of", "csv=p=0", path], text=True)
dur = [float(probe(p, "format=duration").strip()) for p in (video, single)]
packets = [tuple(float(x) for x in line.split(",")) for line in probe(video, "packet=pts_time,dts_time").split()]
dts = [d for _, d in packets]
pts = sorted(round(p * fps) for p, _ in packets)
psnr = subprocess.run(["ffmpeg", "-v", "error", "-i", video, "-i", single, "-lavfi",
    f"[0:v]fps={fps}:round=near[a];[1:v]fps={fps}:round=near[b];[a][b]psnr=stats_file={work}/psnr.txt", "-f", "null", "-"], check=True)
values = [float(re.search(r"psnr_avg:(\S+)", l).group(1).replace("inf", "1e9")) for l in open(f"{work}/psnr.txt")]
print()
print(f"scene {m['scene']['path'].split('/')[-1]}: {m['output']['frameCount']} frames at {m['settings']['width']}x{m['settings']['height']}, "
      f"{m['segments']['count']} segments in {len(chunk_logs)} chunks")
for text in chunk_logs:
    line = next((l for l in text.splitlines() if l.startswith("chunk ")), "(no summary line)")
    print("  " + line)
join_line = next((l for l in join_log.splitlines() if l.startswith("wrote ")), "(no summary line)")
print("  join: " + join_line)
join_process = seconds(r"join process: ([0-9.]+) s", join_log)
for line in join_log.splitlines():
    if line.startswith("timing: "):
        print("  join phase: " + line[len("timing: "):])
print(f"wall time, submission to joined file: {total:.1f} s")
print(f"join job (process start to exit): {join_process:.1f} s = {100 * join_process / total:.1f} % of the total; "
      f"concatenation alone {m['segments']['joinSeconds']:.2f} s = {100 * m['segments']['joinSeconds'] / total:.1f} %")
gaps_ok = all(b > a for a, b in zip(dts, dts[1:])) and pts[0] == 0 and len(set(pts)) == len(pts)
print(f"check: {len(values)} frames on the grid (single render: {m['output']['frameCount']}), duration {dur[0]:.3f} s vs {dur[1]:.3f} s, "
      f"min PSNR {min(values):.1f} dB (>= 45: {min(values) >= 45}), decoding times increasing and presentation times unique from 0: {gaps_ok}")
PY
