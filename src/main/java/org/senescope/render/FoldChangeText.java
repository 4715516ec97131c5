package org.senescope.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which group is the numerator of a fold change, in words for legends, captions and methods text. A condition named
 * {@code A vs B} (also {@code A_vs_B}, {@code A-vs-B}, {@code A versus B}) states it: log2 A/B. A value label that
 * already states a ratio (it holds a {@code /}, as limma contrasts' {@code log2 fold change (MUT/WT)} does) needs
 * nothing more. Otherwise a fold change's direction is not stated, and the text says so and what is assumed. Stateless.
 */
public final class FoldChangeText {

    /** {@code A vs B} and its spellings in file names; the first split is taken, so {@code A} holds no "vs". */
    private static final Pattern VERSUS = Pattern.compile(
            "^\\s*(.+?)(?:\\s+(?:vs\\.?|versus)\\s+|[_.-]vs[_.-])(.+?)\\s*$", Pattern.CASE_INSENSITIVE);

    private FoldChangeText() {
    }

    /** {@code A/B} for a condition named {@code A vs B}; empty when the name does not say which is which. */
    public static Optional<String> ratio(String condition) {
        Matcher m = VERSUS.matcher(condition);
        return m.matches() ? Optional.of(m.group(1).strip() + "/" + m.group(2).strip()) : Optional.empty();
    }

    /**
     * The legend's words for the colour bar: the value label, followed by the ratio in brackets when the conditions
     * state one ratio ({@code log2 fold change (HCC/NASH)}), by "(first/second group of each condition)" when they
     * state several, and by "(numerator not stated)" for a fold change whose direction nothing states.
     */
    public static String legendLabel(String valueLabel, List<String> conditions) {
        if (statesRatio(valueLabel) || !isFoldChange(valueLabel)) {
            return valueLabel;
        }
        Optional<List<String>> ratios = ratios(conditions);
        if (ratios.isEmpty()) {
            return valueLabel + " (numerator not stated)";
        }
        Set<String> distinct = new LinkedHashSet<>(ratios.get());
        return valueLabel + " (" + (distinct.size() == 1 ? distinct.iterator().next()
                : "first/second group of each condition") + ")";
    }

    /**
     * The caption's and methods text's sentence on the direction, ending in a space, or empty when the value label
     * states the ratio itself or the values are not fold changes.
     */
    public static String sentence(String valueLabel, List<String> conditions) {
        if (!isFoldChange(valueLabel) || conditions.isEmpty()) {
            return "";
        }
        Optional<List<String>> ratios = ratios(conditions);
        if (ratios.isPresent()) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < conditions.size(); i++) {
                parts.add(conditions.get(i) + ": log2 " + ratios.get().get(i));
            }
            return "Fold changes: " + String.join("; ", parts) + ". ";
        }
        if (statesRatio(valueLabel)) {
            return "";
        }
        return "Which group is the numerator of the fold change is not stated (no condition is named \u2018A vs B\u2019); "
                + "as DESeq2, edgeR and limma report it, a positive value is assumed to mean higher in the compared "
                + "group than in the reference group chosen in the analysis that made the table. ";
    }

    private static Optional<List<String>> ratios(List<String> conditions) {
        List<String> ratios = new ArrayList<>();
        for (String condition : conditions) {
            Optional<String> ratio = ratio(condition);
            if (ratio.isEmpty()) {
                return Optional.empty();
            }
            ratios.add(ratio.get());
        }
        return conditions.isEmpty() ? Optional.empty() : Optional.of(ratios);
    }

    private static boolean statesRatio(String valueLabel) {
        return valueLabel.contains("/");
    }

    private static boolean isFoldChange(String valueLabel) {
        String lower = valueLabel.toLowerCase(Locale.ROOT);
        return lower.contains("fold change") || lower.contains("logfc") || lower.contains("log2fc");
    }
}
