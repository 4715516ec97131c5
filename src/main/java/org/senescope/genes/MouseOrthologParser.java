package org.senescope.genes;


import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.senescope.failure.InputFormatException;
import org.senescope.input.TsvRow;

/**
 * Turns the rows of one ortholog table file into {@link MouseOrtholog}s and checks what no single row can show: a mouse
 * gene written on several rows (a many-to-many family) must carry the same Entrez id, MGI id, Ensembl id and aliases on
 * each, and no alias may be another mouse gene's symbol of the table, since an alias is tried only when a name is not a
 * symbol. One parser reads one file; not thread-safe.
 */
final class MouseOrthologParser implements GeneTsv.RowParser<MouseOrtholog> {
    private static final Pattern MGI_ID = Pattern.compile("MGI:[0-9]{1,10}");
    private static final Pattern MOUSE_ENSEMBL = Pattern.compile("ENSMUSG[0-9]{11}");

    /** Column numbers (1-based) for messages, in table order. */
    private static final int MGI_COLUMN = 5;
    private static final int ENSEMBL_COLUMN = 6;
    private static final int ALIASES_COLUMN = 7;
    private static final int TYPE_COLUMN = 8;

    /** The first row of each mouse gene (folded symbol), which the later rows of the same gene must agree with. */
    private final Map<String, FirstRow> firstRows = new HashMap<>();
    /** Every alias with the row it is written on, checked against all mouse symbols once the file is read. */
    private final List<WrittenAlias> aliases = new ArrayList<>();

    private record FirstRow(long line, MouseOrtholog ortholog) {
    }

    private record WrittenAlias(TsvRow row, String alias, String ofSymbol) {
    }

    /** Parses one data row; the row's own fields and its agreement with earlier rows of the same mouse gene. */
    @Override
    public MouseOrtholog parse(TsvRow row) throws InputFormatException {
        row.positiveInt(1, "a human Entrez Gene id", true);
        row.positiveInt(3, "a mouse Entrez Gene id", true);
        String mgi = row.field(MGI_COLUMN - 1);
        if (!mgi.isEmpty() && !MGI_ID.matcher(mgi).matches()) {
            throw row.error(MGI_COLUMN, "expected an MGI id such as MGI:98834, found '" + mgi + "'");
        }
        String ensembl = row.field(ENSEMBL_COLUMN - 1);
        if (!ensembl.isEmpty() && !MOUSE_ENSEMBL.matcher(ensembl).matches()) {
            throw row.error(ENSEMBL_COLUMN, "expected a mouse Ensembl gene id such as ENSMUSG00000059552, without a "
                    + "version, found '" + ensembl + "'");
        }
        List<String> rowAliases = aliases(row);
        String typeLabel = row.field(TYPE_COLUMN - 1);
        OrthologType type = OrthologType.fromLabel(typeLabel).orElseThrow(() -> row.error(TYPE_COLUMN,
                "expected one of 1:1, 1:many, many:1, many:many, human-only, mouse-only, found '" + typeLabel + "'"));
        MouseOrtholog ortholog;
        try {
            ortholog = new MouseOrtholog(row.field(0), row.field(1), row.field(2), row.field(3), mgi, ensembl,
                    rowAliases, type, row.field(TYPE_COLUMN));
        } catch (IllegalArgumentException e) {
            throw row.lineError(Objects.requireNonNullElse(e.getMessage(), "not a valid ortholog row"));
        }
        if (ortholog.hasMouse()) {
            checkSameGene(row, ortholog);
            for (String alias : rowAliases) {
                aliases.add(new WrittenAlias(row, alias, ortholog.mouseSymbol()));
            }
        }
        return ortholog;
    }

    /** Checks, once every row is read, that no alias is the symbol of a mouse gene of the table. */
    @Override
    public void finish() throws InputFormatException {
        for (WrittenAlias written : aliases) {
            FirstRow clash = firstRows.get(HumanGeneTable.fold(written.alias()));
            if (clash != null) {
                throw written.row().error(ALIASES_COLUMN, "alias '" + written.alias() + "' of "
                        + written.ofSymbol() + " is the mouse symbol " + clash.ortholog().mouseSymbol()
                        + " of line " + clash.line());
            }
        }
    }

    private static List<String> aliases(TsvRow row) throws InputFormatException {
        String joined = row.field(ALIASES_COLUMN - 1);
        if (joined.isEmpty()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (start <= joined.length()) {
            int bar = joined.indexOf('|', start);
            int end = bar < 0 ? joined.length() : bar;
            String alias = joined.substring(start, end);
            if (alias.isEmpty() || !alias.strip().equals(alias)) {
                throw row.error(ALIASES_COLUMN, "expected mouse aliases joined by '|', each without surrounding "
                        + "spaces, found '" + joined + "'");
            }
            if (alias.equalsIgnoreCase(row.field(2))) {
                throw row.error(ALIASES_COLUMN, "alias '" + alias + "' repeats the mouse symbol " + row.field(2));
            }
            for (String earlier : parts) {
                if (earlier.equalsIgnoreCase(alias)) {
                    throw row.error(ALIASES_COLUMN, "alias '" + alias + "' is written twice");
                }
            }
            parts.add(alias);
            start = end + 1;
        }
        return parts;
    }

    private void checkSameGene(TsvRow row, MouseOrtholog ortholog) throws InputFormatException {
        FirstRow first = firstRows.putIfAbsent(HumanGeneTable.fold(ortholog.mouseSymbol()),
                new FirstRow(row.line(), ortholog));
        if (first == null) {
            return;
        }
        MouseOrtholog earlier = first.ortholog();
        if (!earlier.mouseSymbol().equals(ortholog.mouseSymbol())) {
            throw row.error(3, "mouse symbol " + ortholog.mouseSymbol() + " differs only in case from "
                    + earlier.mouseSymbol() + " of line " + first.line());
        }
        differs(row, 4, "mouse Entrez id", earlier.mouseEntrez(), ortholog.mouseEntrez(), first.line());
        differs(row, MGI_COLUMN, "MGI id", earlier.mgiId(), ortholog.mgiId(), first.line());
        differs(row, ENSEMBL_COLUMN, "mouse Ensembl id", earlier.mouseEnsembl(), ortholog.mouseEnsembl(),
                first.line());
        differs(row, ALIASES_COLUMN, "mouse aliases", String.join("|", earlier.mouseAliases()),
                String.join("|", ortholog.mouseAliases()), first.line());
    }

    private static void differs(TsvRow row, int column, String what, String earlier, String now, long firstLine)
            throws InputFormatException {
        if (!Objects.equals(earlier, now)) {
            throw row.error(column, "mouse " + row.field(2) + " has " + what + " '" + now + "' here but '"
                    + earlier + "' on line " + firstLine);
        }
    }
}
