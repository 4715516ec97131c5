#!/usr/bin/env bash
# Whole-process speed of Senescope against the R references, side by side in one run (issue 19; not part of CI).
# Each case runs Senescope and R alternately, RUNS times each (default 5), checks that the outputs agree, and prints
# the medians of wall and CPU time (user + sys, children included) and the ratio Senescope / R (below 1: Senescope is
# faster). Needs R with GSVA and limma (Debian: apt-get install r-bioc-gsva r-bioc-limma) and the packaged jar
# (./mvnw -B -o package -DskipTests). fgsea is not packaged in Debian, so preranked GSEA is compared with its stored
# anchor, 3.71 s (median of one serial R process on this machine kind; see docs/benchmarks.md).
#
# Usage: bench/r-vs-senescope.sh [CASE ...]   CASE: ssgsea gsva camera gsea (default: all four)
# Environment: RUNS (5), SENESCOPE (the command to run; default bin/senescope), DATA (../shared/data), KEEP=1 keeps
# the scratch folder.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-5}
data=$(cd "${DATA:-$root/../shared/data}" && pwd)
read -r -a senescope <<< "${SENESCOPE:-$root/bin/senescope}"
fgsea_anchor=3.71
scratch=$(mktemp -d)
if [[ "${KEEP:-0}" != 1 ]]; then trap 'rm -rf "$scratch"' EXIT; fi
cases=("$@")
if [[ ${#cases[@]} -eq 0 ]]; then cases=(ssgsea gsva camera gsea); fi

p53=(--expression "$data/gsea-p53/P53_collapsed_symbols.gct" --log2
     --gene-sets "$data/gsea-p53/c2.symbols.gmt" --gene-sets "$data/genesets/h.all.v7.0.symbols.gmt"
     --gene-sets "$data/genesets/senescence_sets.gmt")

# Sets cmd to the Senescope command of case $1, writing into $2.
ours() {
  local case=$1 out=$2
  case $case in
    ssgsea) cmd=("${senescope[@]}" score "${p53[@]}" --method ssgsea) ;;
    gsva) cmd=("${senescope[@]}" score "${p53[@]}" --method gsva) ;;
    camera) cmd=("${senescope[@]}" camera "${p53[@]}" --groups "$data/gsea-p53/P53.cls" --contrast MUT-WT) ;;
    gsea) cmd=("${senescope[@]}" gsea --ranks "$data/mouse-th1/naive.vs.th1.rnk"
               --gene-sets "$data/mouse-th1/mouse.reactome.gmt" --min-size 15 --max-size 500 --eps 0) ;;
  esac
  cmd+=(--out "$out" --overwrite)
}

# Runs a command with its output discarded and appends "wall cpu" (seconds) to the file $1.
timed() {
  local log=$1; shift
  /usr/bin/time -f '%e %U %S' -o "$scratch/time" "$@" > "$scratch/stdout" 2> "$scratch/stderr" || {
    echo "failed: $*" >&2; cat "$scratch/stderr" >&2; exit 1; }
  awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' "$scratch/time" >> "$log"
}

median() {  # median of column $2 of file $1
  awk -v c="$2" '{ print $c }' "$1" | sort -g | awk '{ v[NR] = $1 } END {
    print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "Senescope: ${senescope[*]}; R: $(Rscript --version 2>&1 | head -1); $runs runs each, alternating"
echo "load average at start: $(load)"
printf '%-7s %10s %10s %7s %10s %10s %7s  %s\n' case "ours wall" "R wall" ratio "ours CPU" "R CPU" ratio load
for case in "${cases[@]}"; do
  rm -f "$scratch/$case.ours" "$scratch/$case.r"
  for ((i = 1; i <= runs; i++)); do
    ours "$case" "$scratch/$case-ours"
    timed "$scratch/$case.ours" "${cmd[@]}"
    if [[ $case != gsea ]]; then
      timed "$scratch/$case.r" Rscript "$root/bench/r/p53.R" "$case" "$data" "$scratch/$case-r.tsv"
    fi
  done
  ow=$(median "$scratch/$case.ours" 1); oc=$(median "$scratch/$case.ours" 2)
  if [[ $case == gsea ]]; then
    rw=$fgsea_anchor; rc=$fgsea_anchor
  else
    rw=$(median "$scratch/$case.r" 1); rc=$(median "$scratch/$case.r" 2)
  fi
  printf '%-7s %10.2f %10.2f %7.3f %10.2f %10.2f %7.3f  %s\n' "$case" "$ow" "$rw" "$(echo "$ow / $rw" | bc -l)" \
    "$oc" "$rc" "$(echo "$oc / $rc" | bc -l)" "$(load)"
done
echo "(gsea's R column is the stored fgsea anchor, one serial process: wall and CPU taken as equal)"

echo "checking the outputs:"
for case in "${cases[@]}"; do
  case $case in
    ssgsea|gsva) Rscript "$root/bench/r/compare.R" scores "$scratch/$case-ours/scores.tsv" "$scratch/$case-r.tsv" ;;
    camera) Rscript "$root/bench/r/compare.R" camera "$scratch/$case-ours/camera.tsv" "$scratch/$case-r.tsv" ;;
    gsea) echo "gsea: $(($(wc -l < "$scratch/gsea-ours/gsea.tsv") - 1)) sets tested (fgsea: 586 of 15..500 genes)" ;;
  esac
done
echo "load average at end: $(load)"
