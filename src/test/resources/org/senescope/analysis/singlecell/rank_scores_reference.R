# Reference per-cell UCell and AUCell scores, computed in base R from the published definitions (neither package
# is in Debian's archive, so this script states each definition and computes it with R's own rank()):
#
# UCell (Andreatta & Carmona 2021; definition of UCell 2.17's u_stat): rank the genes of each cell by decreasing
# expression, ties given their average rank; ranks at or above maxRank (1500) count as maxRank, and so do genes of
# the set absent from the data ("impute"); with n set genes and rank sum R,
#   score = 1 - (R - n(n+1)/2) / (n * maxRank - n(n+1)/2).
# AUCell (Aibar et al. 2017; AUCell 1.25's .auc with normAUC = TRUE): rank the genes of each cell by decreasing
# expression, ties broken by the input gene order (AUCell breaks them at random; the order makes it deterministic);
# aucMaxRank = ceiling(0.05 * number of genes); x = sorted ranks of the set's genes present in the data that are
# below aucMaxRank, y = 1..length(x); AUC = sum(diff(c(x, aucMaxRank)) * y) / maxAUC, where maxAUC is the same sum
# for the ranks 1..k, k = number of set genes present, as if they were the top-ranked genes.
#
# Data: the real PBMC 1k v2 counts in ../shared/data/single-cell, log-normalised as Seurat's NormalizeData does
# (log1p(count / cell total * 1e4)); the rank order within a cell is that of the counts.
# Run from the project folder:  Rscript src/test/resources/org/senescope/analysis/singlecell/rank_scores_reference.R
suppressPackageStartupMessages(library(Seurat))
args <- commandArgs(trailingOnly = TRUE)
shared <- if (length(args) >= 1) args[1] else "../shared"
out <- if (length(args) >= 2) args[2] else "src/test/resources/org/senescope/analysis/singlecell"
counts <- Read10X(file.path(shared, "data/single-cell/pbmc1k_v2/filtered_feature_bc_matrix"), gene.column = 2)
data <- as.matrix(NormalizeData(counts, verbose = FALSE))
read_gmt <- function(path) {
  fields <- strsplit(readLines(path), "\t")
  sets <- lapply(fields, function(f) unique(f[-(1:2)]))
  names(sets) <- vapply(fields, `[`, "", 1)
  sets
}
sets <- c(read_gmt(file.path(shared, "data/genesets/senescence_sets.gmt")),
          read_gmt(file.path(shared, "data/genesets/h.all.v7.0.symbols.gmt"))[c(
            "HALLMARK_INTERFERON_GAMMA_RESPONSE", "HALLMARK_INFLAMMATORY_RESPONSE", "HALLMARK_P53_PATHWAY",
            "HALLMARK_TNFA_SIGNALING_VIA_NFKB", "HALLMARK_ALLOGRAFT_REJECTION", "HALLMARK_IL2_STAT5_SIGNALING",
            "HALLMARK_NOTCH_SIGNALING", "HALLMARK_ANGIOGENESIS")])
max_rank <- 1500
auc_max_rank <- ceiling(0.05 * nrow(data))
ucell <- data.frame(barcode = colnames(data))
aucell <- data.frame(barcode = colnames(data))
for (name in names(sets)) { ucell[[name]] <- numeric(ncol(data)); aucell[[name]] <- numeric(ncol(data)) }
for (cell in seq_len(ncol(data))) {
  average <- rank(-data[, cell], ties.method = "average")
  first <- rank(-data[, cell], ties.method = "first")
  for (name in names(sets)) {
    genes <- sets[[name]]
    n <- length(genes)
    r <- ifelse(genes %in% rownames(data), pmin(average[match(genes, rownames(data))], max_rank), max_rank)
    ucell[[name]][cell] <- 1 - (sum(r) - n * (n + 1) / 2) / (n * max_rank - n * (n + 1) / 2)
    present <- genes[genes %in% rownames(data)]
    x <- sort(first[present][first[present] < auc_max_rank])
    x_best <- seq_along(present)
    x_best <- x_best[x_best < auc_max_rank]
    max_auc <- sum(diff(c(x_best, auc_max_rank)) * seq_along(x_best))
    aucell[[name]][cell] <- sum(diff(c(x, auc_max_rank)) * seq_along(x)) / max_auc
  }
}
for (name in names(sets)) {
  ucell[[name]] <- sprintf("%.17g", ucell[[name]])
  aucell[[name]] <- sprintf("%.17g", aucell[[name]])
}
write.table(ucell, file.path(out, "ucell-scores.tsv"), sep = "\t", quote = FALSE, row.names = FALSE)
write.table(aucell, file.path(out, "aucell-scores.tsv"), sep = "\t", quote = FALSE, row.names = FALSE)
