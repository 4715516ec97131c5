package org.senescope.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.senescope.failure.BadRequestException;
import org.senescope.model.data.RankedList;

/**
 * Where a GSEA's ranking comes from: a {@code .rnk} file, a column of a differential-expression table, or a list
 * already made by the caller (the Cytoscape app's node column, see {@link NodeValueRanking}).
 */
public sealed interface RankingSource {

    /**
     * A {@code .rnk} ranked list (gene TAB statistic).
     *
     * @param file the file as the user named it
     */
    record RnkFile(Path file) implements RankingSource {
        public RnkFile {
            Objects.requireNonNull(file, "file");
        }
    }

    /**
     * A table (TSV, CSV, XLSX) ranked by one of its columns.
     *
     * <p>A blank {@code column} is refused with a {@link BadRequestException}.
     *
     * @param file      the file as the user named it
     * @param column    the column to rank by, e.g. {@code stat}
     * @param geneNames the column of gene names; by default the first
     */
    record TableColumn(Path file, String column, ColumnChoice geneNames) implements RankingSource {
        public TableColumn {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(geneNames, "geneNames");
            if (column.isBlank()) {
                throw new BadRequestException("name the column of " + file + " to rank by, e.g. stat");
            }
            column = column.strip();
        }
    }

    /**
     * A ranking the caller made.
     *
     * @param list        the genes and their statistics
     * @param description where they came from, for messages and the settings
     * @param notes       what was left out on the way, one line each
     */
    record Given(RankedList list, String description, List<String> notes) implements RankingSource {
        public Given {
            Objects.requireNonNull(list, "list");
            Objects.requireNonNull(description, "description");
            notes = List.copyOf(notes);
        }
    }

    /**
     * The ranking in {@code file}: a {@code .rnk} list when its name says so ({@code .rnk}, {@code .rnk.gz}), else a
     * table ranked by {@code column}, as the Cytoscape app's one file field takes it.
     *
     * @param column    the table column to rank by (ignored for a {@code .rnk} file)
     * @param geneNames the table column of gene names, blank for the first
     * @throws BadRequestException when the file is a table and {@code column} is blank
     */
    static RankingSource ofFile(Path file, String column, String geneNames) {
        String name = file.toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".rnk") || name.endsWith(".rnk.gz")) {
            return new RnkFile(file);
        }
        return new TableColumn(file, column, ColumnChoice.namedOrDefault(geneNames));
    }

    /**
     * A short name for titles: the file's name, with the column for a table, e.g. {@code deseq2.tsv (stat)}.
     */
    default String shortName() {
        if (this instanceof TableColumn table) {
            return table.file().getFileName() + " (" + table.column() + ")";
        }
        return this instanceof RnkFile rnk ? String.valueOf(rnk.file().getFileName()) : ((Given) this).description();
    }
}
