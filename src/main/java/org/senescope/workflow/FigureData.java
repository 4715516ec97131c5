package org.senescope.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.senescope.failure.BadRequestException;
import org.senescope.model.data.Overlay;
import org.senescope.model.overlay.ExpressionFilter;
import org.senescope.model.overlay.SpeciesChoice;
import org.senescope.model.overlay.MappingReport;

/**
 * The data a figure colours its nodes by: none, tables the job reads and maps onto the network (the command line's
 * {@code --overlay}), or data an application has already mapped (an import into Cytoscape). Immutable; nulls are not
 * accepted.
 */
public sealed interface FigureData {

    /** No data: the network alone. */
    record None() implements FigureData {
    }

    /**
     * Tables to read and map, one condition each, through the mapping of {@code senescope overlay}.
     *
     * <p>An empty list of tables is refused with a {@link BadRequestException}.
     *
     * @param tables     at least one, in condition order
     * @param species    the species of the tables' identifiers
     * @param title      what the data are, for legend, caption and methods
     * @param valueLabel what the values are, with units
     * @param expression which measured genes count as expressed ({@code --min-expression})
     */
    record Tables(List<Table> tables, SpeciesChoice species, String title, String valueLabel,
                  ExpressionFilter expression) implements FigureData {
        public Tables {
            tables = List.copyOf(tables);
            Objects.requireNonNull(expression, "expression");
            Objects.requireNonNull(species, "species");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(valueLabel, "valueLabel");
            if (tables.isEmpty()) {
                throw new BadRequestException("data: at least one table is needed; ask for no data instead");
            }
        }

        /** Tables without an expression filter. */
        public Tables(List<Table> tables, SpeciesChoice species, String title, String valueLabel) {
            this(tables, species, title, valueLabel, ExpressionFilter.NONE);
        }
    }

    /**
     * Data already mapped onto the network the figure draws, its nodes under that network's ids.
     *
     * @param overlay the values per node
     * @param report  the mapping's account of every input row, written beside the figure
     */
    record Imported(Overlay overlay, MappingReport report) implements FigureData {
        public Imported {
            Objects.requireNonNull(overlay, "overlay");
            Objects.requireNonNull(report, "report");
        }
    }

    /** One table of {@link Tables}: where it is (or will be) and the condition it supplies. */
    sealed interface Table {

        /** The file; its path as given names it in messages, the mapping report and (relative) the recipe. */
        Path file();

        /** The condition the table supplies. */
        String condition();
    }

    /**
     * A table on disk (TSV, CSV, xlsx, GCT; any table {@code senescope overlay} reads).
     *
     * @param file      the file
     * @param condition the condition it supplies
     */
    record SavedTable(Path file, String condition) implements Table {
        public SavedTable {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(condition, "condition");
        }
    }

    /**
     * A delimited table not yet on disk, to be written at {@code file} together with the figure (the demo's simulated
     * tables): read from {@code text} as if from the file holding it in UTF-8.
     *
     * @param file      where it will be written
     * @param condition the condition it supplies
     * @param text      the file's content
     */
    record UnsavedTable(Path file, String condition, String text) implements Table {
        public UnsavedTable {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(text, "text");
        }
    }
}
