package org.senescope.read.samplesheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.senescope.failure.InputFormatException;
import org.senescope.read.table.DelimitedTableReader;
import org.senescope.read.InputLimits;
import org.senescope.read.NumberCells;
import org.senescope.read.table.TableOptions;
import org.senescope.read.TextTable;
import java.io.InputStream;
import org.senescope.read.DataReader;

/**
 * Reads a sample sheet: a TSV, CSV (plain or gzip) or xlsx table with a header and one row per sample, through
 * {@link DelimitedTableReader} (which hands xlsx to the xlsx reader). The sample and group columns are recognised by
 * name or named in {@link SampleSheetColumns}; other columns are ignored. Cells are stripped of surrounding spaces.
 *
 * <p>Stateless and thread-safe. Bad input is an {@link InputFormatException} naming file, line and field: no or two
 * candidate sample or group columns, a named column that is missing, an empty sample name, a sample listed twice, a
 * sample without a group ({@code NA} and other missing spellings count as none).
 */
public final class SampleSheetReader implements DataReader<SampleSheet> {

    private final SampleSheetColumns columns;
    private final DelimitedTableReader tables;

    /** A reader that finds a sheet's columns as {@code columns} says, with the default input limits. */
    public SampleSheetReader(SampleSheetColumns columns) {
        this(columns, InputLimits.DEFAULT);
    }

    /** A reader that finds a sheet's columns as {@code columns} says and holds the input to {@code limits}. */
    public SampleSheetReader(SampleSheetColumns columns, InputLimits limits) {
        this.columns = Objects.requireNonNull(columns, "columns");
        this.tables = new DelimitedTableReader(TableOptions.defaults().withHeader(true).withLimits(limits));
    }

    @Override
    public SampleSheet read(Path file) throws IOException {
        return parse(tables.read(file), columns);
    }

    @Override
    public SampleSheet read(InputStream in, String source) throws IOException {
        return parse(tables.read(in, source), columns);
    }

    static SampleSheet parse(TextTable table, SampleSheetColumns columns) throws InputFormatException {
        String src = table.source();
        long header = table.rowCount() == 0 ? 1 : Math.max(1, table.line(0) - 1);
        int sample = column(table, header, columns.sampleColumn(), "sample", "--sample-column",
                SampleSheetColumns.SAMPLE_NAMES, SampleSheetColumns.SAMPLE_EXAMPLES, true, -1);
        int group = column(table, header, columns.groupColumn(), "group", "--group-column",
                SampleSheetColumns.GROUP_NAMES, SampleSheetColumns.GROUP_EXAMPLES, false, sample);
        if (group == sample) {
            throw new InputFormatException(src, header, sample + 1, "column '" + table.columns().get(sample)
                    + "' is both the sample and the group column; expected two different columns");
        }
        List<String> samples = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        for (int r = 0; r < table.rowCount(); r++) {
            long line = table.line(r);
            String name = table.cell(r, sample).strip();
            if (name.isEmpty()) {
                throw new InputFormatException(src, line, sample + 1, "empty sample name in column '"
                        + table.columns().get(sample) + "'; expected the sample's name as the matrix spells it");
            }
            Long earlier = firstLine.putIfAbsent(name, line);
            if (earlier != null) {
                throw new InputFormatException(src, line, sample + 1, "sample '" + NumberCells.abbreviate(name)
                        + "' again (first on line " + earlier + "); expected each sample once");
            }
            String label = table.cell(r, group).strip();
            if (NumberCells.kind(label, '.') == NumberCells.Kind.MISSING) {
                throw new InputFormatException(src, line, group + 1, "sample '" + NumberCells.abbreviate(name)
                        + "' has no group (" + (label.isEmpty() ? "empty cell" : "'" + label + "'") + " in column '"
                        + table.columns().get(group) + "'); expected a group name, or leave the sample out");
            }
            samples.add(name);
            groups.add(label);
            lines.add(line);
        }
        return new SampleSheet(src, table.columns().get(sample), sample + 1, table.columns().get(group), samples,
                groups, lines);
    }

    /**
     * The index of a role's column: the one named, else the one recognised by name; the sample column may also be an
     * unnamed first column (R's row names).
     */
    private static int column(TextTable table, long header, String named, String role, String option,
                              List<String> recognised, String examples, boolean rowNames,
                              int taken) throws InputFormatException {
        List<String> names = table.columns();
        if (!named.isEmpty()) {
            int i = names.indexOf(named);
            if (i < 0) {
                throw new InputFormatException(table.source(), header, 0, "no column '" + named + "' (" + option
                        + "); the columns are " + TextTable.quotedNames(names));
            }
            return i;
        }
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String folded = SampleSheetColumns.fold(names.get(i));
            if (i != taken && (recognised.contains(folded)
                    || (rowNames && i == 0 && SampleSheetColumns.ROW_NAME_COLUMNS.contains(folded)))) {
                found.add(i);
            }
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.isEmpty()) {
            throw new InputFormatException(table.source(), header, 0, "no " + role + " column: expected one named "
                    + examples + " (or name it with " + option + "); found " + TextTable.quotedNames(names));
        }
        throw new InputFormatException(table.source(), header, found.get(1) + 1, "columns "
                + TextTable.quotedNames(found.stream().map(names::get).toList()) + " could each be the " + role
                + " column; expected one, choose with " + option);
    }
}
