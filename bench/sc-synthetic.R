#!/usr/bin/env Rscript
# Writes the synthetic single-cell data set of the "Single cell, one machine" benchmark (issue 16; docs/benchmarks.md)
# deterministically (set.seed(16)): a Cell Ranger 3 style 10x HDF5 feature-barcode matrix of GENES x CELLS
# (defaults 20,000 x 100,000) with NNZ (default 1,500) distinct genes per cell, and a GMT of 10 sets of 25-250 of its
# genes. Laid out as Cell Ranger writes it (h5py): /matrix/{data int32, indices int64, indptr int64, shape int32,
# barcodes, features/{id, name, feature_type, genome}}, each one-dimensional dataset chunked by 80,000 elements and
# gzip level 4 (no shuffle, which rhdf5 would add by default). Counts are 1 + geometric, heavier for low-numbered genes, so many values tie.
# Usage: Rscript bench/sc-synthetic.R OUT_DIR [CELLS [GENES [NNZ]]]   (needs Bioconductor's rhdf5)
suppressMessages(library(rhdf5))
args <- commandArgs(trailingOnly = TRUE)
out <- args[1]
cells <- if (length(args) >= 2) as.integer(args[2]) else 100000L
genes <- if (length(args) >= 3) as.integer(args[3]) else 20000L
nnz <- if (length(args) >= 4) as.integer(args[4]) else 1500L
dir.create(out, showWarnings = FALSE, recursive = TRUE)
set.seed(16)
gene_names <- sprintf("GENE%05d", seq_len(genes))
gene_ids <- sprintf("ENSGSYN%08d", seq_len(genes))
barcodes <- sprintf("CELL%06d-1", seq_len(cells))
# Success probability of each gene's geometric count: low-numbered genes are expressed more highly.
p <- 0.2 + 0.7 * (seq_len(genes) - 1) / genes
h5 <- file.path(out, "synthetic.h5")
if (file.exists(h5)) file.remove(h5)
h5createFile(h5)
h5createGroup(h5, "matrix")
h5createGroup(h5, "matrix/features")
total <- as.double(cells) * nnz
chunk <- 80000L
h5createDataset(h5, "matrix/data", total, storage.mode = "integer", H5type = "H5T_STD_I32LE",
                chunk = chunk, level = 4, filter = "GZIP", shuffle = FALSE)
h5createDataset(h5, "matrix/indices", total, storage.mode = "integer", H5type = "H5T_STD_I64LE",
                chunk = chunk, level = 4, filter = "GZIP", shuffle = FALSE)
block <- 10000L
for (first in seq(1L, cells, by = block)) {
  n <- min(block, cells - first + 1L)
  idx <- unlist(lapply(seq_len(n), function(i) sort.int(sample.int(genes, nnz))), use.names = FALSE)
  val <- 1L + as.integer(rgeom(length(idx), p[idx]))
  at <- (first - 1) * as.double(nnz)
  h5write(val, h5, "matrix/data", start = at + 1, count = length(val))
  h5write(as.double(idx - 1L), h5, "matrix/indices", start = at + 1, count = length(idx))
}
h5createDataset(h5, "matrix/indptr", cells + 1, storage.mode = "double", H5type = "H5T_STD_I64LE",
                chunk = min(chunk, cells + 1L), level = 4, filter = "GZIP", shuffle = FALSE)
h5write(seq(0, total, by = nnz), h5, "matrix/indptr")
h5write(c(genes, cells), h5, "matrix/shape")
strings <- function(name, x) {
  h5createDataset(h5, name, length(x), storage.mode = "character", size = max(nchar(x)) + 1,
                  chunk = min(chunk, length(x)), level = 4, filter = "GZIP", shuffle = FALSE)
  h5write(x, h5, name)
}
strings("matrix/barcodes", barcodes)
strings("matrix/features/id", gene_ids)
strings("matrix/features/name", gene_names)
strings("matrix/features/feature_type", rep("Gene Expression", genes))
strings("matrix/features/genome", rep("SYNTH", genes))
h5closeAll()
# Ten sets of 25 to 250 genes drawn from all genes, in a seeded order.
sizes <- c(25, 50, 75, 100, 125, 150, 175, 200, 225, 250)
lines <- vapply(seq_along(sizes), function(s) {
  paste(c(sprintf("SYNTHETIC_SET_%02d", s), "synthetic", sample(gene_names, sizes[s])), collapse = "\t")
}, "")
writeLines(lines, file.path(out, "synthetic.gmt"))
cat("wrote", h5, "and", file.path(out, "synthetic.gmt"), ":", genes, "genes x", cells, "cells,", nnz,
    "non-zeros per cell\n")
