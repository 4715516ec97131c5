# One whole R process of the side-by-side benchmark (bench/r-vs-senescope.sh): reads the P53 NCI-60 data as
# ../shared/reference/p53/README.md describes, runs one method of GSVA 1.46 or limma 3.54 on it and writes the
# result as a TSV for the comparison (bench/r/compare.R).
# Usage: Rscript p53.R ssgsea|gsva|camera DATA_DIR OUT.tsv
args <- commandArgs(trailingOnly = TRUE)
method <- args[1]
data <- args[2]
out <- args[3]

readGct <- function(path) {
  x <- read.delim(path, skip = 2, check.names = FALSE, stringsAsFactors = FALSE, quote = "")
  m <- as.matrix(x[, -(1:2)])
  rownames(m) <- x[[1]]
  m
}
readGmt <- function(path) {
  lines <- sub("\r$", "", readLines(path))
  fields <- strsplit(lines, "\t", fixed = TRUE)
  sets <- lapply(fields, function(f) { g <- f[-(1:2)]; unique(g[g != ""]) })
  names(sets) <- vapply(fields, `[`, "", 1)
  sets
}

X <- log2(readGct(file.path(data, "gsea-p53/P53_collapsed_symbols.gct")))
sets <- c(readGmt(file.path(data, "gsea-p53/c2.symbols.gmt")),
          readGmt(file.path(data, "genesets/h.all.v7.0.symbols.gmt")),
          readGmt(file.path(data, "genesets/senescence_sets.gmt")))

if (method %in% c("ssgsea", "gsva")) {
  suppressPackageStartupMessages(library(GSVA))
  scores <- if (method == "ssgsea") {
    gsva(X, sets, method = "ssgsea", min.sz = 15, max.sz = 500, ssgsea.norm = TRUE, verbose = FALSE)
  } else {
    gsva(X, sets, method = "gsva", kcdf = "Gaussian", mx.diff = TRUE, min.sz = 15, max.sz = 500, verbose = FALSE)
  }
  write.table(data.frame(gene_set = rownames(scores), scores, check.names = FALSE), out, sep = "\t",
              quote = FALSE, row.names = FALSE)
} else if (method == "camera") {
  suppressPackageStartupMessages(library(limma))
  cls <- strsplit(sub("\r$", "", readLines(file.path(data, "gsea-p53/P53.cls"))[3]), "[ \t]+")[[1]]
  group <- factor(cls, levels = c("WT", "MUT"))
  design <- model.matrix(~group)
  kept <- sets[vapply(sets, function(s) { n <- sum(s %in% rownames(X)); n >= 15 && n <= 500 }, TRUE)]
  index <- ids2indices(kept, rownames(X))
  r <- camera(X, index, design, contrast = 2)
  write.table(data.frame(gene_set = rownames(r), NGenes = r$NGenes, Direction = r$Direction, PValue = r$PValue,
                         FDR = r$FDR), out, sep = "\t", quote = FALSE, row.names = FALSE)
} else {
  stop("unknown method ", method)
}
