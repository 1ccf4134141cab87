#!/usr/bin/env python3
"""Decodes a rendered MP4 at random times with ffmpeg and checks each picture against `still` at that time.

    python3 tools/decode-check.py scenes/forward-vs-reverse-kl.yaml output/forward-vs-reverse-kl.mp4 [count] [seed]

For each of `count` (default 50) seeded random times t, ffmpeg decodes the frame a player shows at t: the last one
whose time is not after t (as `FrameDecoder.DecodeAtTimeAsync` does: `select=lte(t,T)`, keep the last; decoding
starts 30 s earlier with the original times kept). Inside a held run stored once that is the run's one stored frame.
It is read as BT.709 limited range, as written, and compared in RGB with `tools/renderer still --frame n`, n =
floor(t * fps), and with frames n-1 and n+1: the decoded picture must be within 35 dB of frame n (what the tests
ask of a decoded frame) and not closer to a neighbour that differs from it. Prints one line per time; exits 1 on
any failure. The browser's view of the same times: tools/browser-seek-check.py.
"""
import json
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile

if len(sys.argv) < 3:
    sys.exit(__doc__)
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
scene, video = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
count = int(sys.argv[3]) if len(sys.argv) > 3 else 50
seed = int(sys.argv[4]) if len(sys.argv) > 4 else 50
probe = json.loads(subprocess.check_output(
    ["ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries", "stream=r_frame_rate,width,height:format=duration", "-of", "json", video]))
num, den = probe["streams"][0]["r_frame_rate"].split("/")
fps, duration = float(num) / float(den), float(probe["format"]["duration"])
width, height = int(probe["streams"][0]["width"]), int(probe["streams"][0]["height"])
frames = round(duration * fps)
rng = random.Random(seed)
times = sorted(rng.uniform(0, duration - 1 / fps) for _ in range(count))
TO_RGB = "scale=in_color_matrix=bt709:in_range=tv:flags=accurate_rnd+full_chroma_int,format=rgb24"


def rgb(path, *before):
    return subprocess.check_output(["ffmpeg", "-v", "error", *before, "-i", path, "-frames:v", "1", "-vf", TO_RGB, "-f", "rawvideo", "-"])


def still(work, n):
    path = os.path.join(work, f"still-{n}.png")
    if not os.path.exists(path):
        subprocess.check_call([os.path.join(root, "tools", "renderer"), "still", scene, "--frame", str(n), "--width", str(width), "-o", path],
                              stdout=subprocess.DEVNULL)
    return subprocess.check_output(["ffmpeg", "-v", "error", "-i", path, "-vf", "format=rgb24", "-f", "rawvideo", "-"])


def squared_error(a, b):
    return sum((x - y) * (x - y) for x, y in zip(a, b))


def psnr(a, b):
    e = squared_error(a, b) / len(a)
    return math.inf if e == 0 else 10 * math.log10(255 * 255 / e)


work = tempfile.mkdtemp(prefix="renderer-decode-")
failures = 0
try:
    for t in times:
        n = math.floor(t * fps)
        shown = os.path.join(work, "shown.png")
        subprocess.check_call(["ffmpeg", "-v", "error", "-ss", f"{max(0.0, t - 30):.6f}", "-copyts", "-i", video, "-vf", f"select=lte(t\\,{t:.6f})",
                               "-fps_mode", "passthrough", "-c:v", "png", "-f", "image2", "-update", "1", "-y", shown])
        decoded = rgb(shown)
        own = still(work, n)
        p = psnr(decoded, own)
        verdict = "ok" if p >= 35 else "below 35 dB"
        for m in (n - 1, n + 1):
            if 0 <= m < frames:
                other = still(work, m)
                if other != own and squared_error(decoded, other) * 2 < squared_error(decoded, own) * 1:
                    verdict = f"closer to frame {m}"
        failures += verdict != "ok"
        print(f"  {t:8.3f} s  frame {n:5d}  PSNR {p:6.2f} dB  {verdict}", flush=True)
    print(f"{os.path.basename(video)}: {count} times, {failures} wrong")
    sys.exit(1 if failures else 0)
finally:
    shutil.rmtree(work, ignore_errors=True)
