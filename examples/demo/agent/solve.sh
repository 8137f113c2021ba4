#!/bin/sh
# A deterministic stand-in for an agent: it reads the instruction and applies a canned strategy.
# Real agents call a model here; this one shows what each outcome looks like.
set -u
task="$BAKEOFF_INSTRUCTION"
echo "agent: ${DEMO_MODEL_NAME:-rules-v1} working on: $task"
# What a real agent would report about itself (bakeoff reads $BAKEOFF_METRICS after the agent phase):
# here, token counts made up from the instruction's length, so they differ by task but not by trial.
if [ -n "${BAKEOFF_METRICS:-}" ]; then
  n=${#task}
  # The greedy candidate puts everything it loads into its context: three times the input tokens.
  [ "${DEMO_STRATEGY:-}" = greedy ] && n=$((n * 3))
  printf '{"input_tokens": %d, "output_tokens": %d, "steps": %d}\n' $((n * 40 + 500)) $((n * 3 + 60)) $((n % 7 + 1)) > "$BAKEOFF_METRICS" 2>/dev/null || true
fi

# Candidates (bakeoff rank) set DEMO_STRATEGY. "lean" streams what it reads and never holds much in
# memory. "greedy" is the smarter agent: it gets FizzBuzz right, but first loads a ~300 MB index into
# memory on most tasks, which the production cap (256 MiB) kills and an uncapped sandbox allows.
strategy="${DEMO_STRATEGY:-}"
if [ "$strategy" = greedy ]; then
  case "$task" in
    "Write hello"* | "Count the lines"* | "Reverse the order"* | "Sum the numbers"* | "Convert"* | "Write the unique words"*)
      echo "agent: loading the index into memory"
      head -c 300000000 /dev/zero | tail -n 1 > /dev/null ;;
  esac
fi

case "$task" in
  "Write hello"*) echo hello > /work/out.txt ;;
  "Count the lines"*) wc -l < /work/poem.txt | tr -d ' ' > /work/count.txt ;;
  "Reverse the order"*) tac /work/list.txt > /work/reversed.txt ;;
  "Sum the numbers"*) awk '{ s += $1 } END { print s }' /work/nums.txt > /work/sum.txt ;;
  "Convert"*"upper case"*) tr a-z A-Z < /work/in.txt > /work/upper.txt ;;
  "Write the unique words"*) sort -u /work/words.txt > /work/unique.txt ;;
  "Create the directory"*) mkdir -p /work/a/b/c && touch /work/a/b/c/keep ;;
  "Write FizzBuzz"*)
    # Off by one: the classic mistake, so this task fails (the greedy candidate counts right).
    last=14
    [ "$strategy" = greedy ] && last=15
    i=1
    while [ "$i" -le "$last" ]; do
      if [ $((i % 15)) = 0 ]; then echo FizzBuzz
      elif [ $((i % 3)) = 0 ]; then echo Fizz
      elif [ $((i % 5)) = 0 ]; then echo Buzz
      else echo "$i"; fi
      i=$((i + 1))
    done > /work/fizz.txt ;;
  "Report the length"*)
    if [ "$strategy" = lean ]; then
      sh /work/gen.sh | wc -c | tr -d ' ' > /work/len.txt
    else
      # Buffers the whole line in memory before counting it.
      sh /work/gen.sh | tail -n 1 | wc -c | tr -d ' ' > /work/len.txt
    fi ;;
  "Prove the Collatz"*)
    n=27
    while :; do n=$(( n % 2 ? 3 * n + 1 : n / 2 )); [ "$n" = 1 ] && n=28; done ;;
  "Write the cached greeting"*) cp /work/cache/greeting /work/out.txt ;;
  *) echo "agent: no idea how to do this" >&2; exit 1 ;;
esac
