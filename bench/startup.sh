#!/usr/bin/env bash
# Start-up of the command-line tool with and without the class-data-sharing archive of bin/senescope (issue 19; not
# part of CI): `senescope --help` and `senescope camera` on the P53 data, each RUNS times (default 5) alternating
# with and without the archive; prints the medians of wall and CPU time (user + sys) and the load average.
# The archive is whatever bin/senescope recorded on its first run (see README); run bin/senescope once first.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-5}
data=$(cd "${DATA:-$root/../shared/data}" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
camera=(camera --expression "$data/gsea-p53/P53_collapsed_symbols.gct" --log2
        --gene-sets "$data/gsea-p53/c2.symbols.gmt" --gene-sets "$data/genesets/h.all.v7.0.symbols.gmt"
        --gene-sets "$data/genesets/senescence_sets.gmt" --groups "$data/gsea-p53/P53.cls" --contrast MUT-WT
        --out "$scratch/out" --overwrite)
median() {
  awk -v c="$2" '{ print $c }' "$1" | sort -g | awk '{ v[NR] = $1 } END {
    print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %-10s %8s %8s\n' command archive wall CPU
for what in help camera; do
  if [[ $what == help ]]; then args=(--help); else args=("${camera[@]}"); fi
  rm -f "$scratch/on" "$scratch/off"
  for ((i = 1; i <= runs; i++)); do
    for cds in on off; do
      SENESCOPE_CDS=$cds /usr/bin/time -f '%e %U %S' -a -o "$scratch/$cds.raw" "$root/bin/senescope" "${args[@]}" \
        > /dev/null
    done
  done
  for cds in on off; do
    awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' "$scratch/$cds.raw" > "$scratch/$cds"
    rm -f "$scratch/$cds.raw"
    printf '%-8s %-10s %8.3f %8.3f\n' "$what" "$cds" "$(median "$scratch/$cds" 1)" "$(median "$scratch/$cds" 2)"
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
