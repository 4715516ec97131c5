package org.senescope.read.gmt;

import org.senescope.model.data.GeneSet;

import java.util.List;
import java.util.Objects;

/**
 * The gene sets of one GMT file, in file order, with what the reader changed.
 *
 * @param source  the name the file was read under (for messages)
 * @param sets    sets with unique names, each gene once, in file order
 * @param notices duplicates removed, in file order
 */
public record GmtFile(String source, List<GeneSet> sets, List<GmtNotice> notices) {
    public GmtFile {
        Objects.requireNonNull(source, "source");
        sets = List.copyOf(sets);
        notices = List.copyOf(notices);
    }

    /** How many notices are of a kind. */
    public long count(GmtNotice.Kind kind) {
        return notices.stream().filter(n -> n.kind() == kind).count();
    }
}
