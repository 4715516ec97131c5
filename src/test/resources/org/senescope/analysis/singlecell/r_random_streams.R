# Reference draws from R 4.2.2's default generators (Mersenne-Twister, Inversion, Rejection sampling), which
# Seurat's AddModuleScore uses after set.seed(seed): rnorm for the bin jitter, sample() for control genes.
# Run from the project folder:  Rscript src/test/resources/org/senescope/analysis/singlecell/r_random_streams.R
args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[1] else "src/test/resources/org/senescope/analysis/singlecell"
RNGkind("Mersenne-Twister", "Inversion", "Rejection")
rows <- list()
add <- function(what, seed, values) rows[[length(rows) + 1]] <<- data.frame(draw = what, seed = seed,
  index = seq_along(values), value = sprintf("%.17g", values))
for (seed in c(1, 42, 2147483647)) {
  set.seed(seed); add("runif", seed, runif(200))
  set.seed(seed); add("rnorm", seed, rnorm(200))
  set.seed(seed); add("sample_100_of_1000", seed, sample(1000, 100))
  set.seed(seed); add("sample_100_of_33538", seed, sample(33538, 100))
  set.seed(seed); add("sample_5_of_7", seed, sample(7, 5))
  set.seed(seed); add("rnorm_then_sample", seed, c(rnorm(3), sample(50, 10)))
}
write.table(do.call(rbind, rows), file.path(out, "r-random-streams.tsv"), sep = "\t", quote = FALSE,
            row.names = FALSE)
