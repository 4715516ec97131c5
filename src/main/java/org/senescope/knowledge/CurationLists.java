package org.senescope.knowledge;

import java.util.Arrays;
import java.util.List;

/** How curation files write lists: values joined with {@code |}, blanks ignored. */
final class CurationLists {
    private CurationLists() {
    }

    static List<String> split(String field) {
        if (field.isBlank()) {
            return List.of();
        }
        return Arrays.stream(field.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
