#!/bin/bash
# The reference solution keeps the whole line in memory (160 MB): infeasible under a 128 MiB cap.
head -c 160000000 /dev/zero | tr '\0' x | tail -n 1 | wc -c > /app/length.txt
