#!/usr/bin/env python3
"""Joins the segments of a segmented render two ways and checks both for seams, to choose how `join` works.

    python3 tools/join-method-check.py out/scene.json cache-folder single/scene.mp4

out/scene.json is the manifest of a render through the segment cache (it lists the segments' keys and frames),
single/scene.mp4 the same scene rendered with --no-segments. Ways: (1) ffmpeg's concat demuxer on the MP4 segments
with each piece's exact duration (what `join` does), (2) each segment remuxed to MPEG-TS and the TS files joined
with the concat protocol. Prints for each: duration, packets, whether decoding times strictly increase, whether
every frame the one-piece render stores is stored at the same time, whether the last frame before and the first
frame after every join are there, the time base, and the wall time of the join itself.
"""
import glob, json, os, subprocess, sys, tempfile, time

manifest, cache, single = sys.argv[1:4]
m = json.load(open(manifest))
fps = m["settings"]["fps"]
items = m["segments"]["items"]
paths = [os.path.join(cache, i["key"][:2], i["key"], "video.mp4") for i in items]
work = tempfile.mkdtemp(prefix="renderer-join-check-")

def run(*args): subprocess.run(["ffmpeg", "-v", "error", "-y", *args], check=True)
def probe(path, entries):
    return subprocess.check_output(["ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries", entries, "-of", "csv=p=0", path], text=True).split()

t = time.time()
with open(f"{work}/list.ffconcat", "w") as f:
    f.write("ffconcat version 1.0\n")
    for p, i in zip(paths, items):
        f.write(f"file '{p}'\nduration {i['frames'] / fps!r}\n")
run("-f", "concat", "-safe", "0", "-i", f"{work}/list.ffconcat", "-c", "copy", "-movflags", "+faststart", f"{work}/demuxer.mp4")
demuxer_time = time.time() - t

t = time.time()
for k, p in enumerate(paths):
    run("-i", p, "-c", "copy", "-bsf:v", "h264_mp4toannexb", "-f", "mpegts", f"{work}/{k}.ts")
run("-i", "concat:" + "|".join(f"{work}/{k}.ts" for k in range(len(paths))), "-c", "copy", "-movflags", "+faststart", f"{work}/ts.mp4")
ts_time = time.time() - t

reference = {round(float(l.split(",")[0]) * fps) for l in probe(single, "packet=pts_time")}
boundaries = [i["firstFrame"] for i in items[1:]]
for name, path, seconds in [("concat demuxer (MP4 segments)", f"{work}/demuxer.mp4", demuxer_time), ("MPEG-TS + concat protocol", f"{work}/ts.mp4", ts_time)]:
    packets = [tuple(float(x) for x in l.split(",")) for l in probe(path, "packet=pts_time,dts_time")]
    pts = {round(p * fps) for p, _ in packets}
    dts = [d for _, d in packets]
    print(f"{name}: duration {probe(path, 'format=duration')[0]} s (one piece: {probe(single, 'format=duration')[0]} s), {len(packets)} packets, "
          f"decoding times increasing: {all(b > a for a, b in zip(dts, dts[1:]))}, one-piece frames missing at their time: {len(reference - pts)}, "
          f"both sides of every join present: {all(b - 1 in pts and b in pts for b in boundaries)}, time base {probe(path, 'stream=time_base')[0]}, "
          f"join {seconds:.2f} s wall")
