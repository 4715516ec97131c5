# Reference per-cell module scores from Seurat 4.3.0 AddModuleScore (Debian r-cran-seurat 4.3.0-1, R 4.2.2),
# on the real PBMC 1k v2 counts in ../shared/data/single-cell. One gene set per call, as
# AddModuleScore(object, features = list(set), nbin = 24, ctrl = 100, seed = 1) after NormalizeData's defaults.
# Run from the project folder:  Rscript src/test/resources/org/senescope/analysis/singlecell/seurat_module_scores.R
suppressPackageStartupMessages(library(Seurat))
args <- commandArgs(trailingOnly = TRUE)
shared <- if (length(args) >= 1) args[1] else "../shared"
out <- if (length(args) >= 2) args[2] else "src/test/resources/org/senescope/analysis/singlecell"
counts <- Read10X(file.path(shared, "data/single-cell/pbmc1k_v2/filtered_feature_bc_matrix"), gene.column = 2)
object <- CreateSeuratObject(counts, min.cells = 0, min.features = 0)
object <- NormalizeData(object, verbose = FALSE)
read_gmt <- function(path) {
  lines <- readLines(path)
  sets <- lapply(strsplit(lines, "\t"), function(f) f[-(1:2)])
  names(sets) <- vapply(strsplit(lines, "\t"), `[`, "", 1)
  sets
}
sets <- c(read_gmt(file.path(shared, "data/genesets/senescence_sets.gmt")),
          read_gmt(file.path(shared, "data/genesets/h.all.v7.0.symbols.gmt"))[c(
            "HALLMARK_INTERFERON_GAMMA_RESPONSE", "HALLMARK_INFLAMMATORY_RESPONSE", "HALLMARK_P53_PATHWAY",
            "HALLMARK_TNFA_SIGNALING_VIA_NFKB", "HALLMARK_ALLOGRAFT_REJECTION", "HALLMARK_IL2_STAT5_SIGNALING",
            "HALLMARK_NOTCH_SIGNALING", "HALLMARK_ANGIOGENESIS")])
scores <- data.frame(barcode = colnames(object), check.names = FALSE)
for (name in names(sets)) {
  scored <- suppressWarnings(AddModuleScore(object, features = list(sets[[name]]), nbin = 24, ctrl = 100,
                                            seed = 1, name = "score"))
  scores[[name]] <- scored[["score1", drop = TRUE]]
}
for (name in names(sets)) scores[[name]] <- sprintf("%.17g", scores[[name]])
write.table(scores, file.path(out, "seurat-module-scores.tsv"), sep = "\t", quote = FALSE,
            row.names = FALSE)
