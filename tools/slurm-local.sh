#!/usr/bin/env bash
# Starts a one-node Slurm cluster on this machine, for trying deploy/slurm/render.sbatch without a real cluster:
# installs slurm-wlm and munge from Debian (apt-get) if missing, writes a minimal slurm.conf naming this host as the
# controller and the only compute node (all its CPUs and memory), makes a munge key, and starts munged, slurmctld
# and slurmd. Idempotent: daemons already running are left alone. Needs root (or sudo).
#
#   tools/slurm-local.sh          start (prints sinfo when the node is idle)
#   tools/slurm-local.sh stop     stop the three daemons it started
set -euo pipefail

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
conf=/etc/slurm/slurm.conf
state=/var/spool/slurmctld
spool=/var/spool/slurmd
logs=/var/log/slurm

if [ "${1:-}" = "stop" ]; then
  for pidfile in /run/slurmd.pid /run/slurmctld.pid /run/munge/munged.pid; do
    [ -f "$pidfile" ] && $sudo kill "$(cat "$pidfile")" 2>/dev/null || true
  done
  echo "slurm-local: stopped"
  exit 0
fi

if ! command -v slurmctld >/dev/null 2>&1 || ! command -v munged >/dev/null 2>&1; then
  echo "slurm-local: installing slurm-wlm and munge (apt-get)"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends slurm-wlm munge >/dev/null
fi

host=$(hostname -s)
cpus=$(nproc)
memory=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 - 512 ))
$sudo mkdir -p /etc/slurm "$state" "$spool" "$logs" /run/munge /var/lib/munge /var/log/munge /etc/munge
if [ ! -s /etc/munge/munge.key ]; then
  $sudo dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
fi
# munged refuses keys and folders that others could read or write.
if id munge >/dev/null 2>&1; then
  $sudo chown -R munge:munge /etc/munge /var/lib/munge /var/log/munge /run/munge
fi
$sudo chmod 0700 /etc/munge /var/lib/munge /var/log/munge
$sudo chmod 0755 /run/munge
$sudo chmod 0400 /etc/munge/munge.key

$sudo tee "$conf" >/dev/null <<CONF
# Written by tools/slurm-local.sh: one machine is controller and the only node.
ClusterName=renderer-local
SlurmctldHost=$host
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$state
SlurmdSpoolDir=$spool
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmctldLogFile=$logs/slurmctld.log
SlurmdLogFile=$logs/slurmd.log
JobCompType=jobcomp/none
MpiDefault=none
MaxArraySize=10001
NodeName=$host CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=local Nodes=$host Default=YES MaxTime=INFINITE State=UP OverSubscribe=YES
CONF

running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
if ! running /run/munge/munged.pid; then
  if id munge >/dev/null 2>&1; then $sudo -u munge munged 2>/dev/null || $sudo runuser -u munge -- munged; else $sudo munged --force; fi
fi
running /run/slurmctld.pid || $sudo slurmctld
running /run/slurmd.pid || $sudo slurmd

for _ in $(seq 1 60); do
  if sinfo -h -o '%T' 2>/dev/null | grep -qE '^(idle|mixed|allocated)'; then
    sinfo
    echo "slurm-local: one-node cluster '$host' is up ($cpus CPUs, ${memory} MB); stop it with: tools/slurm-local.sh stop"
    exit 0
  fi
  sleep 1
done
echo "slurm-local: the node did not come up; see $logs/slurmctld.log and $logs/slurmd.log" >&2
sinfo >&2 || true
exit 1
