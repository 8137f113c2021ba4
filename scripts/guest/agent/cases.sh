#!/bin/sh
# One behaviour per case of suite.yml, chosen by the task's id.
case "$BAKEOFF_TASK" in
  pass | verify-oom) echo ok > /work/out.txt ;;
  wrong-answer) echo okay > /work/out.txt ;;
  agent-oom)
    dd if=/dev/zero of=/dev/null bs=100M count=1
    echo survived ;;
  pids)
    bomb() { bomb | bomb & }
    bomb
    sleep 5 ;;
  timeout) sleep 600 ;;
  cpu-burn)
    echo "cpu.max: $(cat /sys/fs/cgroup/cpu.max)"
    timeout 6 sh -c 'while :; do :; done' &
    timeout 6 sh -c 'while :; do :; done' &
    wait
    echo ok > /work/out.txt ;;
  *) echo "cases.sh: no case $BAKEOFF_TASK" >&2; exit 2 ;;
esac
