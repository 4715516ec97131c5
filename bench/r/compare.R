# Compares Senescope's output with R's for one case of bench/r-vs-senescope.sh; prints one line and exits 1 when a
# value differs by more than the relative tolerance (1e-9 unless given).
# Usage: Rscript compare.R scores|camera SENESCOPE.tsv R.tsv [TOLERANCE]
args <- commandArgs(trailingOnly = TRUE)
kind <- args[1]
tol <- if (length(args) >= 4) as.numeric(args[4]) else 1e-9
ours <- read.delim(args[2], check.names = FALSE, stringsAsFactors = FALSE, quote = "")
theirs <- read.delim(args[3], check.names = FALSE, stringsAsFactors = FALSE, quote = "")
if (kind == "scores") {
  a <- as.matrix(ours[, -1]); rownames(a) <- ours$gene_set
  b <- as.matrix(theirs[, -1]); rownames(b) <- theirs$gene_set
} else {
  a <- cbind(p = ours$p, fdr = ours$fdr); rownames(a) <- ours$gene_set
  b <- cbind(p = theirs$PValue, fdr = theirs$FDR); rownames(b) <- theirs$gene_set
}
stopifnot(setequal(rownames(a), rownames(b)), setequal(colnames(a), colnames(b)))
b <- b[rownames(a), colnames(a), drop = FALSE]
rel <- max(abs(a - b) / pmax(abs(b), 1e-300))
cat(sprintf("%s: %d sets x %d columns, largest relative difference %.3g (tolerance %g)\n", args[2], nrow(a),
            ncol(a), rel, tol))
if (!(rel <= tol)) quit(status = 1)
