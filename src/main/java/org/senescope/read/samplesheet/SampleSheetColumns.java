package org.senescope.read.samplesheet;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which columns of a sample sheet name the samples and their groups. An empty name means "recognise it by name":
 * the sample column is the one column called {@code sample}, {@code sample_id}, {@code sample_name}... (or an unnamed
 * first column, R's row names), the group column the one called {@code group}, {@code condition},
 * {@code treatment}, {@code genotype}... Names are compared ignoring case, spaces, dots, dashes and underscores.
 *
 * @param sampleColumn the sample column as the header names it, or empty to recognise it
 * @param groupColumn  the group column as the header names it, or empty to recognise it
 */
public record SampleSheetColumns(String sampleColumn, String groupColumn) {

    /** Recognised sample-column names, folded (see {@link #fold(String)}). */
    static final List<String> SAMPLE_NAMES = List.of("sample", "samples", "sampleid", "samplename", "samplelabel",
            "sampleaccession", "sampletitle", "librarysample", "barcode");
    /** Recognised group-column names, folded. */
    static final List<String> GROUP_NAMES = List.of("group", "groups", "samplegroup", "groupname", "condition",
            "conditions", "treatment", "genotype", "class", "phenotype", "status", "sampletype", "celltype",
            "disease", "diagnosis", "timepoint");
    /** What the messages list as recognised sample-column names. */
    static final String SAMPLE_EXAMPLES = "sample, sample_id, sample_name, sample_title or barcode";
    /** What the messages list as recognised group-column names. */
    static final String GROUP_EXAMPLES = "group, condition, treatment, genotype, class, phenotype, status, cell_type, "
            + "disease or timepoint";
    /** Names an R export gives the row-name column: {@code row.names} (header one field short) or an empty cell. */
    static final List<String> ROW_NAME_COLUMNS = List.of("rownames", "");

    public SampleSheetColumns {
        Objects.requireNonNull(sampleColumn, "sampleColumn");
        Objects.requireNonNull(groupColumn, "groupColumn");
    }

    /** Both columns recognised by name. */
    public static SampleSheetColumns detect() {
        return new SampleSheetColumns("", "");
    }

    /** A column name without case, spaces, dots, dashes or underscores: {@code Sample_ID} and {@code sample.id} agree. */
    static String fold(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s._\\-]+", "");
    }
}
