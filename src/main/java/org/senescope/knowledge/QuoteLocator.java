package org.senescope.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds curators' quotes in one seed document. A quote matches when its words stand in the seed exactly, after
 * whitespace is folded and words hyphenated across line breaks are joined (see {@link SeedText}). A quote may skip text
 * with an ellipsis in brackets, {@code […]} or {@code [...]}, as in print; each part must then follow the previous one
 * within {@value #MAX_ELLIPSIS_GAP} characters, so an ellipsis can bridge an extraction artefact but not stitch
 * together distant sentences. Instances are immutable and thread-safe.
 */
public final class QuoteLocator {

    /** How far apart, in characters of folded text, the parts of a quote with an ellipsis may be. */
    public static final int MAX_ELLIPSIS_GAP = 600;

    private static final Pattern ELLIPSIS = Pattern.compile("\\s*\\[(?:…|\\.\\.\\.)]\\s*");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final SeedText text;

    public QuoteLocator(String seedText) {
        this.text = SeedText.of(seedText);
    }

    /**
     * Whether the quote stands in the seed.
     *
     * @param quote the quote as curated; must not be blank
     */
    public boolean contains(String quote) {
        return locate(quote).isPresent();
    }

    /** The quote's matched text in the seed, words joined as a reader would see them, or empty when it does not match. */
    public Optional<String> locate(String quote) {
        List<String> parts = parts(quote);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        int start = text.find(parts.get(0), 0);
        while (start >= 0) {
            int end = matchRest(parts, text.endOf(parts.get(0), start));
            if (end >= 0) {
                return Optional.of(text.readable(start, end));
            }
            start = text.find(parts.get(0), start + 1);
        }
        return Optional.empty();
    }

    private int matchRest(List<String> parts, int end) {
        for (int i = 1; i < parts.size() && end >= 0; i++) {
            int next = text.find(parts.get(i), end);
            end = next >= 0 && next - end <= MAX_ELLIPSIS_GAP ? text.endOf(parts.get(i), next) : -1;
        }
        return end;
    }

    private static List<String> parts(String quote) {
        return ELLIPSIS.splitAsStream(SeedText.foldWhitespace(quote)).filter(p -> !p.isBlank()).toList();
    }

    /**
     * The passage of the seed that shares the most words with the quote, as long as the quote, for telling a curator
     * what the seed says where the quote went wrong.
     */
    public String nearestPassage(String quote) {
        // Folded text is stripped, so keeping trailing empty strings (limit -1) keeps none.
        String[] wanted = SeedText.foldWhitespace(ELLIPSIS.matcher(quote).replaceAll(" ")).split(" ", -1);
        for (int i = 0; i < wanted.length; i++) {
            wanted[i] = wordKey(wanted[i]);
        }
        List<int[]> spans = text.wordSpans();
        if (spans.isEmpty() || wanted.length == 0) {
            return "";
        }
        Map<String, Integer> need = new HashMap<>();
        for (String w : wanted) {
            need.merge(w, 1, Integer::sum);
        }
        String[] seedWords = spans.stream().map(s -> wordKey(text.readable(s[0], s[1]))).toArray(String[]::new);
        int window = Math.min(wanted.length, seedWords.length);
        int bestStart = 0;
        int bestScore = -1;
        for (int start = 0; start + window <= seedWords.length; start++) {
            int score = overlap(need, seedWords, start, window);
            if (score > bestScore) {
                bestScore = score;
                bestStart = start;
            }
        }
        return text.readable(spans.get(bestStart)[0], spans.get(bestStart + window - 1)[1]);
    }

    private static int overlap(Map<String, Integer> need, String[] seedWords, int start, int window) {
        Map<String, Integer> left = new HashMap<>(need);
        int score = 0;
        for (int i = start; i < start + window; i++) {
            Integer n = left.get(seedWords[i]);
            if (n != null && n > 0) {
                left.put(seedWords[i], n - 1);
                score++;
            }
        }
        return score;
    }

    /** A whitespace-delimited token reduced to its letters and digits, lower case, so punctuation does not count. */
    private static String wordKey(String token) {
        return NOT_WORD.matcher(token.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
