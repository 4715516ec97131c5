package org.senescope.read.xlsx;

import java.util.Objects;

/** Which sheet of an xlsx workbook to read. */
public sealed interface SheetChoice permits SheetChoice.First, SheetChoice.Named {
    /** The workbook's first sheet. */
    record First() implements SheetChoice {
    }

    /** The sheet of that name. */
    record Named(String name) implements SheetChoice {
        public Named {
            Objects.requireNonNull(name, "name");
        }
    }
}
