package org.senescope.overlay;

import java.util.Locale;
import java.util.regex.Pattern;

import org.senescope.model.overlay.SpeciesChoice;
import org.senescope.failure.InputFormatException;
import org.senescope.knowledge.GeneReference;
import org.senescope.model.Species;
import org.senescope.model.overlay.SpeciesChoice;
import org.senescope.model.overlay.IdentifierKind;
import org.senescope.model.overlay.IdentifierColumn;

/**
 * Decides what an identifier column holds by the shape of its values and lookups in the gene tables, and says why.
 * Ensembl ids carry their species in the prefix (ENSG, ENSMUSG). Entrez ids are numbers in both species: a column
 * whose ids are mostly human Entrez ids is human, one with few human but some mouse ids of the ortholog table is
 * mouse. Symbols are mouse when most are written in mouse case (Trp53: a capital, then lower case), human when in
 * capitals (TP53); an upper-cased mouse table (TRP53) therefore reads as human unless the species is given.
 * Stateless.
 */
public final class IdentifierDetector {

    private static final Pattern UNIPROT = Pattern.compile(
            "([OPQ][0-9][A-Z0-9]{3}[0-9]|[A-NR-Z][0-9]([A-Z][A-Z0-9]{2}[0-9]){1,2})(-[0-9]+)?");

    private IdentifierDetector() {
    }

    /**
     * The kind of identifiers in column {@code index} of {@code table}.
     *
     * @throws InputFormatException when the column holds no identifiers, or identifiers of a species other than the
     *                              one the user gave (human Ensembl ids in a table said to be mouse, and the reverse)
     */
    public static IdentifierColumn detect(InputTable table, int index, SpeciesChoice species, GeneReference genes)
            throws InputFormatException {
        String name = table.columns().get(index);
        Tally tally = Tally.of(table, index, genes);
        if (tally.values == 0) {
            throw new InputFormatException(table.source(), table.headerLine(), index + 1,
                    "column '" + name + "' has no identifiers: every cell is empty or NA");
        }
        IdentifierColumn found = decide(name, index, tally, species);
        checkSpecies(table, found, species);
        return found;
    }

    /** How many of a column's values have each shape, and how many numbers name genes of each species. */
    private static final class Tally {
        int values;
        int humanEnsembl;
        int mouseEnsembl;
        int numbers;
        int humanEntrez;
        int mouseEntrez;
        int uniprot;
        int mouseCase;
        int capitals;

        static Tally of(InputTable table, int index, GeneReference genes) {
            Tally t = new Tally();
            for (int r = 0; r < table.rowCount(); r++) {
                String value = table.cell(r, index).strip();
                if (!isMissing(value)) {
                    t.add(value, genes);
                }
            }
            return t;
        }

        private void add(String value, GeneReference genes) {
            values++;
            switch (shape(value)) {
                case HUMAN_ENSEMBL -> humanEnsembl++;
                case MOUSE_ENSEMBL -> mouseEnsembl++;
                case NUMBER -> {
                    numbers++;
                    humanEntrez += genes.human().byEntrezId(value).isPresent() ? 1 : 0;
                    mouseEntrez += genes.mouse().byMouseEntrez(value).isEmpty() ? 0 : 1;
                }
                case MOUSE_CASE -> mouseCase++;
                default -> {
                    if (mayBeUniprot(value) && UNIPROT.matcher(value).matches() && !isCurrentSymbol(genes, value)) {
                        uniprot++;
                    } else {
                        capitals++;
                    }
                }
            }
        }
    }

    /** The kind the most common shape stands for; numbers and symbols take the species from their counts. */
    private static IdentifierColumn decide(String name, int index, Tally t, SpeciesChoice species) {
        int symbols = t.mouseCase + t.capitals;
        int most = Math.max(Math.max(t.humanEnsembl, t.mouseEnsembl), Math.max(Math.max(t.numbers, t.uniprot), symbols));
        String of = " of " + count(t.values) + " values";
        String given = species == SpeciesChoice.AUTO ? "" : "; species given as " + lower(species);
        if (most == t.humanEnsembl || most == t.mouseEnsembl) {
            boolean mouse = most == t.mouseEnsembl;
            return new IdentifierColumn(name, index, mouse ? IdentifierKind.MOUSE_ENSEMBL : IdentifierKind.HUMAN_ENSEMBL,
                    count(most) + of + " are " + (mouse ? "ENSMUSG" : "ENSG") + " ids");
        }
        if (most == t.numbers) {
            boolean mouse = species == SpeciesChoice.MOUSE
                    || (species == SpeciesChoice.AUTO && t.humanEntrez * 2 < t.numbers && t.mouseEntrez > 0);
            return new IdentifierColumn(name, index, mouse ? IdentifierKind.MOUSE_ENTREZ : IdentifierKind.HUMAN_ENTREZ,
                    count(t.numbers) + of + " are numbers; " + count(t.humanEntrez) + " are human Entrez ids, "
                            + count(t.mouseEntrez) + " mouse Entrez ids of the ortholog table" + given);
        }
        if (most == t.uniprot) {
            return new IdentifierColumn(name, index, IdentifierKind.UNIPROT,
                    count(t.uniprot) + of + " look like UniProt accessions");
        }
        boolean mouse = species == SpeciesChoice.MOUSE || (species == SpeciesChoice.AUTO && t.mouseCase > t.capitals);
        return new IdentifierColumn(name, index, mouse ? IdentifierKind.MOUSE_SYMBOL : IdentifierKind.HUMAN_SYMBOL,
                count(t.mouseCase) + of + " are written in mouse case (Trp53), " + count(t.capitals)
                        + " in capitals (TP53)" + given);
    }

    private static void checkSpecies(InputTable table, IdentifierColumn found, SpeciesChoice species)
            throws InputFormatException {
        Species wanted = species == SpeciesChoice.MOUSE ? Species.MOUSE
                : species == SpeciesChoice.HUMAN ? Species.HUMAN : Species.UNSPECIFIED;
        if (wanted != Species.UNSPECIFIED && found.kind().species() != wanted) {
            throw new InputFormatException(table.source(), table.headerLine(), found.index() + 1,
                    "column '" + found.name() + "' holds " + found.kind().label() + "s, which are "
                            + found.kind().species().label() + " identifiers (" + found.evidence()
                            + "), but the species was given as " + wanted.label());
        }
    }

    /** The shape of an identifier, told by its characters alone; regular expressions cost too much per row. */
    private enum Shape { HUMAN_ENSEMBL, MOUSE_ENSEMBL, NUMBER, MOUSE_CASE, OTHER }

    private static Shape shape(String value) {
        if (value.regionMatches(true, 0, "ENSMUSG", 0, 7) && isVersionedDigits(value, 7)) {
            return Shape.MOUSE_ENSEMBL;
        }
        if (value.regionMatches(true, 0, "ENSG", 0, 4) && isVersionedDigits(value, 4)) {
            return Shape.HUMAN_ENSEMBL;
        }
        if (value.length() <= 10 && isVersionedDigits(value, 0) && value.indexOf('.') < 0) {
            return Shape.NUMBER;
        }
        return isMouseCase(value) ? Shape.MOUSE_CASE : Shape.OTHER;
    }

    /** Eleven digits (Ensembl) or, from position 0, any digits, optionally followed by {@code .version}. */
    private static boolean isVersionedDigits(String value, int from) {
        int i = from;
        while (i < value.length() && Character.isDigit(value.charAt(i))) {
            i++;
        }
        int digits = i - from;
        if (digits == 0 || (from > 0 && digits != 11)) {
            return false;
        }
        if (i == value.length()) {
            return true;
        }
        if (value.charAt(i) != '.' || i == value.length() - 1) {
            return false;
        }
        for (int j = i + 1; j < value.length(); j++) {
            if (!Character.isDigit(value.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    /** Trp53, Cdkn1a, H60a: a capital, then at least one lower-case letter and no other capital (C1orf112 is human). */
    private static boolean isMouseCase(String value) {
        if (value.isEmpty() || !Character.isUpperCase(value.charAt(0)) || value.contains("orf")) {
            return false;
        }
        boolean lower = false;
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isUpperCase(c)) {
                return false;
            }
            lower |= Character.isLowerCase(c);
        }
        return lower;
    }

    /** UniProt accessions are 6 or 10 characters (plus an isoform suffix) and start with a letter and a digit. */
    private static boolean mayBeUniprot(String value) {
        int dash = value.indexOf('-');
        int length = dash < 0 ? value.length() : dash;
        return (length == 6 || length == 10) && Character.isLetter(value.charAt(0))
                && Character.isDigit(value.charAt(1));
    }

    /** How many values of a column are current HGNC symbols (exact case): said when none reaches the network. */
    static int currentSymbols(InputTable table, int index, GeneReference genes) {
        int n = 0;
        for (int r = 0; r < table.rowCount(); r++) {
            if (isCurrentSymbol(genes, table.cell(r, index).strip())) {
                n++;
            }
        }
        return n;
    }

    private static boolean isCurrentSymbol(GeneReference genes, String value) {
        for (var gene : genes.human().bySymbol(value)) {
            if (gene.symbol().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a cell holds no identifier: empty, or one of R's and pandas' missing-value spellings. */
    static boolean isMissing(String value) {
        if (value.length() > 4) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "", "na", "nan", "n/a", "#n/a", "null", "none", "<na>", "-", "---" -> true;
            default -> false;
        };
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String lower(SpeciesChoice species) {
        return species.name().toLowerCase(Locale.ROOT);
    }
}
