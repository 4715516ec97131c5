package org.senescope.cli;

import org.senescope.model.overlay.ExpressionFilter;
import picocli.CommandLine.Option;

/**
 * {@code --min-expression X}, shared by {@code overlay} and {@code figure} (a picocli mixin): a gene whose mean
 * expression is below X is drawn "not expressed", not as a change.
 */
final class MinExpressionOption {

    @Option(names = "--min-expression", paramLabel = "X", converter = OptionConverters.MinExpression.class,
            description = "Draw genes whose mean expression is below X as not expressed, in the unit of each "
                    + "table's column: baseMean (DESeq2, normalised counts), AveExpr (limma, log2), logCPM (edgeR, "
                    + "log2), or a matrix's row mean. A table without one is refused (exit 65).")
    ExpressionFilter filter = ExpressionFilter.NONE;
}
