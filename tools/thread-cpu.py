#!/usr/bin/env python3
"""CPU seconds per thread of a command and of every process it starts, by thread name.

    python3 tools/thread-cpu.py tools/renderer render scenes/forward-vs-reverse-kl.yaml -o /tmp/out

Samples /proc every 0.2 s while the command runs (Linux only), so a thread that ends between two samples loses at
most its last 0.2 s. Prints one line per process and thread name (.NET names its threads: "Long Runni..." are the
render workers and the FIFO writer, "TP Worker" the thread pool, "Tiered Com..." the JIT), then the threads above
0.3 s one by one. For finding where a render's CPU goes; asserts nothing.
"""
import collections
import os
import subprocess
import sys
import time

if len(sys.argv) < 2:
    sys.exit(__doc__)

TICK = os.sysconf("SC_CLK_TCK")
seen = {}  # (pid, tid) -> (name, CPU ticks at the last sample)


def threads(pid):
    try:
        return os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []


def sample(pid):
    for tid in threads(pid):
        try:
            stat = open(f"/proc/{pid}/task/{tid}/stat").read()
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        seen[(pid, tid)] = (name, int(fields[11]) + int(fields[12]))  # utime + stime


def children(pid):
    found = []
    for tid in threads(pid):
        try:
            found += [int(c) for c in open(f"/proc/{pid}/task/{tid}/children").read().split()]
        except OSError:
            pass
    return found


command = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
while command.poll() is None:
    stack, visited = [command.pid], set()
    while stack:
        pid = stack.pop()
        if pid in visited:
            continue
        visited.add(pid)
        sample(pid)
        stack += children(pid)
    time.sleep(0.2)

by_name = collections.defaultdict(float)
for (pid, tid), (name, ticks) in seen.items():
    by_name[(pid, name)] += ticks / TICK
for (pid, name), seconds in sorted(by_name.items(), key=lambda kv: -kv[1]):
    if seconds >= 0.05:
        print(f"{pid:>8} {name:<18} {seconds:7.2f} s")
for (pid, tid), (name, ticks) in sorted(seen.items(), key=lambda kv: -kv[1][1]):
    if ticks / TICK >= 0.3:
        print(f"{pid:>8} thread {tid:<8} {name:<18} {ticks / TICK:7.2f} s")
sys.exit(command.returncode)
