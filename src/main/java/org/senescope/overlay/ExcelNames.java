package org.senescope.overlay;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.senescope.genes.HumanGene;
import org.senescope.genes.HumanGeneTable;

/**
 * Gene names that Excel turned into dates ({@code 1-Mar}, {@code 2-Sep}, {@code 01-Dec}, {@code Mar-01}, the date
 * serial {@code 43891}) or that carry a pre-2020 symbol HGNC renamed because of Excel ({@code SEPT2}, {@code MARCH1},
 * {@code SEP2}, {@code DEC1}). A repair is made only when the old symbols the date can stand for name exactly one gene
 * in the gene table (as symbol, alias or previous symbol): {@code 2-Sep} is SEPTIN2, but {@code 1-Mar} could be
 * MARCHF1 (MARCH1) or MTARC1 (MARC1) and {@code 1-Dec} BHLHE40 or DELEC1 (both DEC1), so those stay unrepaired.
 * Stateless.
 */
public final class ExcelNames {

    private static final String MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
    private static final Pattern DAY_MONTH = Pattern.compile("(?i)0?([1-9]|[12][0-9]|3[01])-(" + MONTHS + ")");
    private static final Pattern MONTH_DAY = Pattern.compile("(?i)(" + MONTHS + ")-0?([1-9]|[12][0-9]|3[01])");
    /** Excel's 1900 date system counts days from 1899-12-30; five digits cover 1927 to 2173. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern SERIAL = Pattern.compile("[1-9][0-9]{4}");
    private static final Pattern RENAMED = Pattern.compile("(SEPT|MARCH|MARC)([0-9]{1,2})");
    private static final Map<String, String> RENAMES = Map.of("SEPT", "SEPTIN", "MARCH", "MARCHF", "MARC", "MTARC");
    private static final Pattern OLD_SYMBOL = Pattern.compile("(?i)(SEPT|SEP|MARCH|MARC|DEC)([0-9]{1,2})");

    private ExcelNames() {
    }

    /**
     * What Excel did to a name, if anything.
     *
     * @param original  the name as found
     * @param day       the day of the month the name stands for
     * @param candidates old symbols the name can stand for (e.g. MARCH1 and MARC1 for {@code 1-Mar})
     * @param genes     the genes those symbols name in the gene table, each once
     */
    public record Damage(String original, int day, List<String> candidates, List<HumanGene> genes) {
        public Damage {
            candidates = List.copyOf(candidates);
            genes = List.copyOf(genes);
        }

        /** The repaired gene, present only when the candidates name exactly one gene. */
        public Optional<HumanGene> repair() {
            return genes.size() == 1 ? Optional.of(genes.get(0)) : Optional.empty();
        }

        /** One sentence for the report. */
        public String describe() {
            String from = "Excel-damaged name '" + original + "' (old symbol " + String.join(" or ", candidates) + ")";
            if (genes.size() == 1) {
                return from + " repaired to " + genes.get(0).symbol();
            }
            if (genes.isEmpty()) {
                return from + ": no gene of the table has that name; not repaired";
            }
            return from + " could be " + String.join(" or ", genes.stream().map(HumanGene::symbol).toList())
                    + "; ambiguous, not repaired";
        }
    }

    /**
     * The damage in {@code name}, if it is a date, a five-digit date serial (only when {@code serialsAreDates}: in an
     * Entrez column they are ids) or an Excel-era old symbol that is not a current symbol.
     */
    public static Optional<Damage> detect(String name, boolean serialsAreDates, HumanGeneTable genes) {
        String text = name.strip();
        if (!mayBeDamaged(text)) {
            return Optional.empty();
        }
        Matcher m = DAY_MONTH.matcher(text);
        if (m.matches()) {
            return Optional.of(damage(text, Integer.parseInt(m.group(1)), m.group(2), genes));
        }
        m = MONTH_DAY.matcher(text);
        if (m.matches()) {
            return Optional.of(damage(text, Integer.parseInt(m.group(2)), m.group(1), genes));
        }
        if (serialsAreDates && SERIAL.matcher(text).matches()) {
            LocalDate date = EXCEL_EPOCH.plusDays(Long.parseLong(text));
            return Optional.of(damage(text, date.getDayOfMonth(),
                    date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), genes));
        }
        m = OLD_SYMBOL.matcher(text);
        if (m.matches() && genes.bySymbol(text).stream().noneMatch(g -> g.symbol().equalsIgnoreCase(text))) {
            int day = Integer.parseInt(m.group(2));
            String prefix = m.group(1).toUpperCase(Locale.ROOT);
            List<String> candidates = prefix.equals("SEP") ? List.of("SEPT" + day, "SEP" + day)
                    : List.of(prefix + day);
            return Optional.of(damage(text, day, candidates, genes));
        }
        return Optional.empty();
    }

    /**
     * A cheap first look, since most names are not damaged and the patterns cost more: a damaged name holds a '-', is
     * five digits, or starts like SEP, MAR or DEC.
     */
    private static boolean mayBeDamaged(String text) {
        if (text.indexOf('-') >= 0 || (text.length() == 5 && Character.isDigit(text.charAt(0)))) {
            return true;
        }
        return text.regionMatches(true, 0, "SEP", 0, 3) || text.regionMatches(true, 0, "MAR", 0, 3)
                || text.regionMatches(true, 0, "DEC", 0, 3);
    }

    private static Damage damage(String original, int day, String month, HumanGeneTable genes) {
        List<String> candidates = switch (month.toLowerCase(Locale.ROOT)) {
            case "sep" -> List.of("SEPT" + day);
            case "mar" -> List.of("MARCH" + day, "MARC" + day);
            default -> List.of(month.toUpperCase(Locale.ROOT) + day);
        };
        return damage(original, day, candidates, genes);
    }

    /**
     * The genes the candidates name. HGNC's 2020 renaming (SEPT to SEPTIN, MARCH to MARCHF, MARC to MTARC) says which
     * gene held each old symbol officially, and tables list official symbols, so a renamed symbol in the table wins
     * over other genes that merely carry the old symbol as an alias (SEPTIN6 lists SEPT2). DEC1 was not renamed for
     * Excel and names BHLHE40 as often as DELEC1, so it goes by aliases alone.
     */
    private static Damage damage(String original, int day, List<String> candidates, HumanGeneTable genes) {
        Set<HumanGene> renamed = new LinkedHashSet<>();
        List<String> namedByRenaming = new ArrayList<>();
        for (String candidate : candidates) {
            Matcher m = RENAMED.matcher(candidate);
            if (m.matches()) {
                String current = RENAMES.get(m.group(1)) + m.group(2);
                List<HumanGene> found = genes.bySymbol(current).stream()
                        .filter(g -> g.symbol().equals(current)).toList();
                if (!found.isEmpty()) {
                    renamed.addAll(found);
                    namedByRenaming.add(candidate);
                }
            }
        }
        if (!renamed.isEmpty()) {
            return new Damage(original, day, namedByRenaming, List.copyOf(renamed));
        }
        Set<HumanGene> found = new LinkedHashSet<>();
        List<String> named = new ArrayList<>();
        for (String candidate : candidates) {
            List<HumanGene> genesNamed = genes.bySymbolOrAlias(candidate);
            found.addAll(genesNamed);
            if (!genesNamed.isEmpty()) {
                named.add(candidate);
            }
        }
        return new Damage(original, day, named.isEmpty() ? candidates : named, List.copyOf(found));
    }
}
