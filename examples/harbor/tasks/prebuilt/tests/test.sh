#!/bin/bash
if [ "$(cat /srv/answer.txt 2>/dev/null)" = "$EXPECTED" ]; then r=1.0; else r=0.0; fi
printf '{"reward": %s}\n' "$r" > /logs/verifier/reward.json
