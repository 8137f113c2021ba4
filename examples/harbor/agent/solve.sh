#!/bin/bash
# A deterministic stand-in for a model-driven agent: it reads the instruction and does what it can.
instruction=$(cat /task/instruction.md)
echo "agent: $instruction" >> /logs/agent/steps.log
case "$instruction" in
  *"hello"*) echo hello > /app/hello.txt ;;
  *"longest line"*) # Buffers the whole line in memory: fine with room, an OOM kill under tight caps.
    head -c 160000000 /dev/zero | tr '\0' x | tail -n 1 | wc -c > /app/length.txt ;;
  *"answer"*) mkdir -p /srv && echo 41 > /srv/answer.txt ;; # off by one: the verifier says so
  *) echo "agent: no idea" >&2; exit 1 ;;
esac
