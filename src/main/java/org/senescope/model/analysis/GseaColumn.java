package org.senescope.model.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The columns of a GSEA result, in their order, defined once: {@code senescope gsea} writes them as {@code gsea.tsv},
 * the Cytoscape app as its result table, and the module-score reader finds the NES, p, q and size by these names.
 * Each column says what kind of value it holds and takes it from a {@link GseaSetResult}.
 */
public enum GseaColumn {
    /** The set's name. */
    GENE_SET("gene_set", Kind.TEXT),
    /** {@code up}, {@code down} or {@code none}, by the sign of ES. */
    DIRECTION("direction", Kind.TEXT),
    /** The enrichment score. */
    ES("ES", Kind.DECIMAL),
    /** The normalised enrichment score. */
    NES("NES", Kind.DECIMAL),
    /** The p-value. */
    P("p", Kind.DECIMAL),
    /** How p was estimated: {@code permutation}, {@code multilevel} or {@code none}. */
    P_METHOD("p_method", Kind.TEXT),
    /** The expected standard deviation of log2(p). */
    LOG2ERR("log2err", Kind.DECIMAL),
    /** The Benjamini-Hochberg q-value. */
    Q_BH("q_bh", Kind.DECIMAL),
    /** Genes in the set as given. */
    SIZE_BEFORE("size_before", Kind.COUNT),
    /** Genes of the set in the ranking. */
    SIZE_IN_DATA("size_in_data", Kind.COUNT),
    /** Genes in the leading edge. */
    LEADING_EDGE_SIZE("leading_edge_size", Kind.COUNT),
    /** The leading-edge genes, in fgsea's order. */
    LEADING_EDGE("leading_edge", Kind.TEXT_LIST),
    /** Empty, or what a set under {@value SmallSetCaution#BELOW} genes in the data can mean ({@link SmallSetCaution}). */
    CAUTION("caution", Kind.TEXT);

    /** What a column's values are. */
    public enum Kind {
        /** A {@link String}. */
        TEXT,
        /** A {@link Double}; NaN where it could not be estimated. */
        DECIMAL,
        /** An {@link Integer}, 0 or more. */
        COUNT,
        /** A {@code List<String>}. */
        TEXT_LIST
    }

    private final String header;
    private final Kind kind;

    GseaColumn(String header, Kind kind) {
        this.header = header;
        this.kind = kind;
    }

    /** The column's name in files and tables, e.g. {@code NES}. */
    public String header() {
        return header;
    }

    /** What the column's values are. */
    public Kind kind() {
        return kind;
    }

    /**
     * The column's value for {@code result}: a {@link String}, {@link Double} (NaN kept), {@link Integer} or
     * {@code List<String>}, as {@link #kind()} says.
     */
    public Object value(GseaSetResult result) {
        return switch (this) {
            case GENE_SET -> result.name();
            case DIRECTION -> result.direction();
            case ES -> result.score();
            case NES -> result.normalized();
            case P -> result.p();
            case P_METHOD -> result.method().name().toLowerCase(Locale.ROOT);
            case LOG2ERR -> result.log2Error();
            case Q_BH -> result.q();
            case SIZE_BEFORE -> result.sizeBefore();
            case SIZE_IN_DATA -> result.size();
            case LEADING_EDGE_SIZE -> result.leadingEdge().size();
            case LEADING_EDGE -> result.leadingEdge();
            case CAUTION -> SmallSetCaution.cell(result.size());
        };
    }

    /** Every column's header, in order. */
    public static List<String> headers() {
        return Arrays.stream(values()).map(GseaColumn::header).toList();
    }
}
