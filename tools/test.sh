#!/usr/bin/env bash
# Runs every test: installs what is missing (tools/setup.sh), builds, runs the xunit projects, and ends
# with one line "N passed, N failed, N skipped" for the whole suite. Exit code 0 only if all passed.
set -uo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh || exit 1

log=$(mktemp)
dotnet test Renderer.sln --no-restore --nologo --verbosity minimal 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# dotnet test prints one summary per test project: "Passed!  - Failed: 0, Passed: 26, Skipped: 0, ..."
sum() { grep -oE "$1: +[0-9]+" "$log" | awk '{ n += $2 } END { print n + 0 }'; }
passed=$(sum Passed); failed=$(sum Failed); skipped=$(sum Skipped)
rm -f "$log"
if [ -n "${CI:-}" ] && [ "$status" -ne 0 ]; then
  find tests -name '*.received.png' -printf 'received snapshot: %p\n' 2>/dev/null
fi
echo "${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
exit "$status"
