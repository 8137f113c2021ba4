#!/bin/bash
if grep -qx 160000000 /app/length.txt 2>/dev/null; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
