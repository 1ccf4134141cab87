#!/usr/bin/env python3
"""Seeks a rendered MP4 in headless Chromium and compares what it shows with `still` renders of the same times.

    python3 tools/browser-seek-check.py scenes/huffman-depth-sampling.yaml output/huffman-depth-sampling.mp4 [times...]

For each time (seconds; default: 12 seeded random times and a few inside held runs of the first slides), the page
sets video.currentTime, waits for 'seeked', draws the frame on a canvas and compares it with the PNG that
`tools/renderer still --frame floor(t * fps)` drew, printing the PSNR over RGB. A browser shows the frame whose time
was last reached, so a video with held runs stored once (variable frame rate) must give the same pictures as one
with every frame. Needs chromium (Debian: apt-get install chromium); asserts nothing, exits 1 if a PSNR is below 35.
"""
import http.server
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading

if len(sys.argv) < 3:
    sys.exit(__doc__)
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
scene, video = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
probe = json.loads(subprocess.check_output(
    ["ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries", "stream=r_frame_rate,nb_frames,width:format=duration",
     "-of", "json", video]))
num, den = probe["streams"][0]["r_frame_rate"].split("/")
fps, duration = float(num) / float(den), float(probe["format"]["duration"])
width = int(probe["streams"][0]["width"])
if len(sys.argv) > 3:
    times = [float(t) for t in sys.argv[3:]]
else:
    rng = random.Random(21)
    times = sorted([rng.uniform(0, duration) for _ in range(12)] + [t for t in (1.5, 4.2, 9.9) if t < duration])

work = tempfile.mkdtemp(prefix="renderer-browser-")
try:
    shutil.copy(video, os.path.join(work, "video.mp4"))
    for i, t in enumerate(times):
        frame = math.floor(t * fps)
        subprocess.check_call([os.path.join(root, "tools", "renderer"), "still", scene, "--frame", str(frame),
                               "--width", str(width), "-o", os.path.join(work, f"still-{i}.png")], stdout=subprocess.DEVNULL)
    page = """<!doctype html><meta charset=utf-8><video id=v src=video.mp4 muted preload=auto></video><script>
const times = %s;
function pixels(source, w, h) {
  const c = document.createElement('canvas'); c.width = w; c.height = h;
  const g = c.getContext('2d'); g.drawImage(source, 0, 0, w, h); return g.getImageData(0, 0, w, h).data;
}
function psnr(a, b) {
  let e = 0, n = 0;
  for (let i = 0; i < a.length; i += 4) for (let c = 0; c < 3; c++) { const d = a[i + c] - b[i + c]; e += d * d; n++; }
  return e === 0 ? Infinity : 10 * Math.log10(255 * 255 / (e / n));
}
async function run() {
  const v = document.getElementById('v'), results = [];
  await new Promise(r => v.readyState >= 1 ? r() : v.addEventListener('loadedmetadata', r, { once: true }));
  for (let i = 0; i < times.length; i++) {
    await new Promise(r => { v.addEventListener('seeked', r, { once: true }); v.currentTime = times[i]; });
    // The seeked frame is what the video element draws from now on; give the compositor a moment (headless
    // Chromium may never call requestVideoFrameCallback for a paused video).
    await new Promise(r => setTimeout(r, 200));
    const img = new Image(); img.src = 'still-' + i + '.png'; await img.decode();
    results.push({ time: times[i], psnr: psnr(pixels(v, img.width, img.height), pixels(img, img.width, img.height)) });
  }
  await fetch('/result', { method: 'POST', body: JSON.stringify({ duration: v.duration, results }) });
}
run().catch(e => fetch('/result', { method: 'POST', body: JSON.stringify({ error: String(e) }) }));
</script>""" % json.dumps(times)
    with open(os.path.join(work, "index.html"), "w") as f:
        f.write(page)

    result = {}
    done = threading.Event()

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **k):
            super().__init__(*a, directory=work, **k)

        def do_GET(self):
            # Byte ranges: without them a browser cannot seek in a progressive MP4 and plays it from the start.
            path = self.translate_path(self.path)
            ranged = re.match(r"bytes=(\d+)-(\d*)", self.headers.get("Range", ""))
            if not ranged or not os.path.isfile(path):
                return super().do_GET()
            size = os.path.getsize(path)
            start = int(ranged.group(1))
            end = min(int(ranged.group(2)) if ranged.group(2) else size - 1, size - 1)
            self.send_response(206)
            self.send_header("Content-Type", self.guess_type(path))
            self.send_header("Accept-Ranges", "bytes")
            self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
            self.send_header("Content-Length", str(end - start + 1))
            self.end_headers()
            with open(path, "rb") as f:
                f.seek(start)
                self.wfile.write(f.read(end - start + 1))

        def do_POST(self):
            result.update(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()
            done.set()

        def log_message(self, *a):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/index.html"
    browser = subprocess.Popen(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--mute-audio",
                                f"--user-data-dir={work}/profile", url], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    finished = done.wait(180)
    browser.kill()
    browser.wait()
    server.shutdown()
    if not finished:
        sys.exit("chromium gave no result within 180 s")
    if "error" in result:
        sys.exit("the page failed: " + result["error"])
    print(f"{os.path.basename(video)}: chromium reports {result['duration']:.3f} s "
          f"({probe['streams'][0].get('nb_frames')} frames stored, {fps:g} fps grid, {duration:.3f} s in the container)")
    worst = min(r["psnr"] for r in result["results"])
    for r in result["results"]:
        print(f"  {r['time']:8.3f} s  frame {math.floor(r['time'] * fps):5d}  PSNR {r['psnr']:6.2f} dB")
    print(f"lowest PSNR {worst:.2f} dB")
    sys.exit(0 if worst >= 35 else 1)
finally:
    shutil.rmtree(work, ignore_errors=True)
