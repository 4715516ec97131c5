package org.senescope.workflow;

/** The per-cell gene-set scores {@code senescope sc-score} computes, at their references' defaults. */
public enum CellScoreMethod {

    /** UCell's Mann–Whitney U score, maximum rank 1500, ties at their average rank. */
    UCELL("ucell", "UCell"),
    /** AUCell's area under the recovery curve of the top 5% of genes, ties broken by the data's gene order. */
    AUCELL("aucell", "AUCell"),
    /** Seurat's AddModuleScore: 24 expression bins, 100 control genes, seed 1, one set per call. */
    SEURAT("seurat", "Seurat module score");

    private final String optionName;
    private final String displayName;

    CellScoreMethod(String optionName, String displayName) {
        this.optionName = optionName;
        this.displayName = displayName;
    }

    /** As {@code --method} and the settings table name it, e.g. {@code ucell}. */
    public String optionName() {
        return optionName;
    }

    /** As notes name it, e.g. {@code UCell}. */
    public String displayName() {
        return displayName;
    }
}
