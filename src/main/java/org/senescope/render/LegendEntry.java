package org.senescope.render;

import java.awt.Color;

import org.senescope.model.EvidenceType;
import org.senescope.model.NodeKind;

/** One entry of the figure's {@link Legend}: a small glyph and its words. */
sealed interface LegendEntry permits LegendEntry.KindEntry, LegendEntry.EdgeEntry, LegendEntry.BorderEntry,
        LegendEntry.SwatchEntry, LegendEntry.BarEntry, LegendEntry.BadgeEntry, LegendEntry.CellEntry,
        LegendEntry.NoteEntry, LegendEntry.HatchEntry, LegendEntry.DotEntry {

    String text();

    record KindEntry(NodeKind kind, boolean filled, String text) implements LegendEntry {
    }

    /** An edge sample: its end marker, drawn at an evidence level's weight, dash and opacity. */
    record EdgeEntry(EdgePainter.Head head, EvidenceType level, String text) implements LegendEntry {
    }

    record BorderEntry(boolean significant, String text) implements LegendEntry {
    }

    /** Member cells of a family, complex or shared gene; {@code shared} draws the shared-measurement corner. */
    record CellEntry(boolean shared, String text) implements LegendEntry {
    }

    record SwatchEntry(Color colour, String text) implements LegendEntry {
    }

    /** The colour bar; its text is the value label, drawn above it. */
    record BarEntry(DivergingScale scale, String text) implements LegendEntry {
    }

    /** A module-score badge: its number (0 for none), fill and outline, and the words after it. */
    record BadgeEntry(int number, Color colour, boolean significant, String text) implements LegendEntry {
    }

    /** The hatching of a gene below {@code --min-expression} ({@link NotExpressed}). */
    record HatchEntry(String text) implements LegendEntry {
    }

    /** A dot of the cell-type strips ({@link CellTypeDots}): its diameter in points, as in the figure, and colour. */
    record DotEntry(double diameter, Color colour, String text) implements LegendEntry {
    }

    /** Words alone, without a glyph: an abbreviation spelt out. */
    record NoteEntry(String text) implements LegendEntry { }
}
