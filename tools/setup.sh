#!/usr/bin/env bash
# Installs what the renderer needs on Debian 12 and is quick when everything is already there:
#   ffmpeg + ffprobe      encoding and probing (through FFMpegCore)
#   texlive-latex-base    latex with amsmath, amssymb, bm, color (formulas)
#   dvisvgm               DVI -> SVG glyph outlines
#   fonts-inter           the text face (loaded by file path, never through fontconfig)
#   fonts-dejavu-core     DejaVu Sans Mono, the face code is set in (loaded by file path too)
#   espeak-ng             offline speech for draft narration (voice: { speak: caption })
#   chromium              the browser the studio's page tests run in (Playwright drives /usr/bin/chromium; it
#                         never downloads a browser of its own)
# and restores the NuGet packages. Needs the .NET 10 SDK on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v ffmpeg  >/dev/null 2>&1 || missing+=(ffmpeg)
command -v ffprobe >/dev/null 2>&1 || missing+=(ffmpeg)
command -v latex   >/dev/null 2>&1 || missing+=(texlive-latex-base)
command -v dvisvgm >/dev/null 2>&1 || missing+=(dvisvgm)
command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)
[ -f /usr/share/fonts/opentype/inter/Inter-Regular.otf ] || missing+=(fonts-inter)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf ] || missing+=(fonts-dejavu-core)
[ -x /usr/bin/chromium ] || missing+=(chromium)

if [ ${#missing[@]} -gt 0 ]; then
  mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
  echo "setup: installing ${missing[*]} (apt-get)"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "setup: the .NET 10 SDK is required (dotnet not found on PATH)" >&2
  exit 1
fi
dotnet restore Renderer.sln --verbosity quiet
