package org.senescope.mine.relations;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.senescope.mine.entities.Mention;

/**
 * Asides that interrupt a list or a clause without taking part in it:
 * <ul>
 *   <li>a naming bracket after a name ({@code A (also known as B)}, {@code A (hereafter B)}, {@code A (A2, best known
 *   as B)}): it renames A, so it neither breaks a list ({@code A (best known as B) and C}) nor adds a member (a name
 *   in it that is A again is A's own mention);</li>
 *   <li>a comparison set off by commas or brackets before a verb ({@code A is a ligand that, like its cousin B,
 *   suppresses C}; {@code A, unlike B, ...}; {@code A (like B) ...}): the verb's subject is A, not the compared B.
 *   Only when a name stands before the comparison; {@code chemokines, like A and B, recruit} keeps A and B.</li>
 * </ul>
 * Each test looks at one gap or the text right before one name, so a sentence is still read in linear time.
 * Stateless.
 */
final class Asides {

    private static final String NAMING = "(?:(?:best|better|also|commonly|hereafter|henceforth|formerly|previously"
            + "|often|originally|usually|sometimes)\\s+)?(?:known as|called|named|termed|designated|referred to as"
            + "|hereafter|henceforth)";
    /** A whole naming bracket inside a gap between two names. */
    private static final Pattern NAMING_BRACKET = Pattern.compile("[(\\[][^()\\[\\]]{0,40}?" + NAMING
            + "(?![\\p{L}])[^()\\[\\]]{0,60}[)\\]]");
    /** A name the text does not resolve (one word) right before its naming bracket, at the end of a gap. */
    private static final Pattern RENAMED = Pattern.compile("(?<![\\p{L}\\p{N}-])[\\p{L}\\p{N}-]+\\s*[(\\[]\\s*" + NAMING
            + "\\s*$");
    /** A long form of up to four words right before the bracket that abbreviates it, at the end of a gap. */
    private static final Pattern LONG_FORM = Pattern.compile("(?<![\\p{L}\\p{N}-])(?:[\\p{L}\\p{N}-]+\\s+){0,3}"
            + "[\\p{L}\\p{N}-]+\\s*[(\\[]\\s*$");
    /** The gap from a name to its own restatement inside a naming bracket ({@code A (best known as A'}). */
    private static final Pattern RESTATING = Pattern.compile("^\\s*[(\\[](?:[^()\\[\\]]{0,40}?,\\s*)?(?:" + NAMING
            + "\\s*)?$|^\\s*,\\s*" + NAMING + "\\s*$");
    /** The opening of a comparison aside right before a name. */
    private static final Pattern COMPARISON = Pattern.compile("(?:,|[(\\[])\\s*(?:just |much |very )?(?:like|unlike"
            + "|as with|as for|similar(?:ly)? to|in contrast to|contrary to|compared (?:with|to))\\s+(?:[\\p{L}-]+\\s+)"
            + "{0,4}$");
    /** The close of a comparison aside right after its name (a few words may follow: {@code unlike B in mice,}). */
    private static final Pattern CLOSE = Pattern.compile("^(?:\\s+[\\p{L}-]+){0,3}\\s*[,)\\]]");
    private static final int MAX_ASIDE = 80;
    /** Longer gaps are no list gaps; the cap keeps the patterns' work per gap bounded. */
    private static final int MAX_LIST_GAP = 160;

    private Asides() {
    }

    /**
     * The gap between two names as a list sees it: without naming brackets ({@code A (also known as B) and C}), and
     * without the words that the second name renames, an unresolved name before its naming bracket ({@code and D
     * (best known as B}) or a long form before its bracketed abbreviation ({@code and retinoblastoma 1 (RB1)}, when
     * {@code closed}: the second name is followed by a closing bracket).
     */
    static String listGap(String gap, boolean closed) {
        if (gap.length() > MAX_LIST_GAP || (gap.indexOf('(') < 0 && gap.indexOf('[') < 0)) {
            return gap;
        }
        String rest = NAMING_BRACKET.matcher(gap).replaceAll(" ");
        Matcher renamed = RENAMED.matcher(rest);
        if (renamed.find()) {
            return rest.substring(0, renamed.start());
        }
        Matcher longForm = LONG_FORM.matcher(rest);
        return closed && longForm.find() ? rest.substring(0, longForm.start()) : rest;
    }

    /** Whether {@code later} restates {@code earlier} inside a naming bracket opened in {@code gap} between them. */
    static boolean restates(Mention earlier, Mention later, String gap) {
        return earlier.concept().equals(later.concept()) && RESTATING.matcher(gap).matches();
    }

    /**
     * Where the comparison aside that holds the name {@code usable[k]} begins, when that name is only compared with
     * the subject ({@code A, like B, verb}) and a name stands before the aside; {@code triggerStart} is where the
     * verb begins.
     */
    static OptionalInt comparisonStart(String lower, List<Mention> usable, int k, int triggerStart) {
        Mention name = usable.get(k);
        int from = Math.max(0, name.start() - MAX_ASIDE);
        Matcher open = COMPARISON.matcher(lower.substring(from, name.start()));
        if (!open.find() || !CLOSE.matcher(lower.substring(name.end(), triggerStart)).find()) {
            return OptionalInt.empty();
        }
        int start = from + open.start();
        int first = k;
        while (first > 0 && usable.get(first - 1).end() > start) {
            first--;
        }
        return first > 0 ? OptionalInt.of(start) : OptionalInt.empty();
    }
}
