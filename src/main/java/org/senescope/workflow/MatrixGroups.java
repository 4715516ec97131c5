package org.senescope.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.senescope.failure.BadRequestException;
import org.senescope.model.data.ExpressionMatrix;
import org.senescope.model.data.SampleGroups;
import org.senescope.read.InputFile;
import org.senescope.read.InputLimits;
import org.senescope.read.cls.ClsReader;
import org.senescope.read.samplesheet.ExtraSamples;
import org.senescope.read.samplesheet.MatchedGroups;
import org.senescope.read.samplesheet.SampleMatcher;
import org.senescope.read.samplesheet.SampleSheet;
import org.senescope.read.samplesheet.SampleSheetColumns;
import org.senescope.read.samplesheet.SampleSheetReader;

/**
 * The groups of a matrix's samples as {@code --groups} gave them.
 *
 * @param source  the groups file as the user named it
 * @param kind    what the file was read as ({@code CLS}, or the sample sheet and its columns)
 * @param groups  one group per matrix sample, in the matrix's column order
 * @param leftOut sheet samples the matrix does not have, left out by {@code --extra-samples leave-out}
 */
public record MatrixGroups(String source, String kind, SampleGroups groups, List<String> leftOut) {

    /** A CLS file's first line: sample count, class count and 1. */
    private static final Pattern CLS_FIRST_LINE = Pattern.compile("\\s*\\d+\\s+\\d+\\s+1\\s*");

    public MatrixGroups {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(groups, "groups");
        leftOut = List.copyOf(leftOut);
    }

    /** For example {@code P53.cls (CLS): 33 MUT, 17 WT}. */
    public String summary() {
        return String.format(Locale.ROOT, "%s (%s): %s", source, kind, groups.groupNames().stream()
                .map(g -> groups.count(g) + " " + g).collect(Collectors.joining(", ")))
                + (leftOut.isEmpty() ? "" : "; " + leftOut.size() + " sheet samples not in the matrix left out");
    }

    /**
     * The group of each of the matrix's samples, in its column order, from {@code file}; always checked against the
     * matrix's samples.
     *
     * @param matrixSource the matrix file as the user named it
     * @throws org.senescope.failure.InputFormatException when the file is malformed or does not describe the matrix's
     *                                                    samples, naming file, line and column
     * @throws BadRequestException                        when sheet columns are named for a CLS file
     * @throws IOException                                when the file cannot be read
     */
    public static MatrixGroups read(SampleGrouping.GroupsFile file, ExpressionMatrix matrix, String matrixSource)
            throws IOException {
        String src = InputFile.displayName(file.file());
        boolean columnsNamed = file.sampleColumn() instanceof ColumnChoice.Named
                || file.groupColumn() instanceof ColumnChoice.Named;
        if (isCls(file.file())) {
            if (columnsNamed) {
                throw new BadRequestException("--sample-column and --group-column are for sample sheets; " + src
                        + " is a CLS file, whose labels follow the matrix's column order");
            }
            SampleGroups groups = new ClsReader().read(file.file(), matrix.sampleNames());
            return new MatrixGroups(src, "CLS", groups, List.of());
        }
        SampleSheet sheet = new SampleSheetReader(new SampleSheetColumns(
                name(file.sampleColumn()), name(file.groupColumn()))).read(file.file());
        MatchedGroups matched = SampleMatcher.match(sheet, matrix.sampleNames(), matrixSource,
                file.leaveOutExtraSamples() ? ExtraSamples.LEAVE_OUT : ExtraSamples.REFUSE);
        return new MatrixGroups(src, "sample sheet, samples in '" + sheet.sampleColumn() + "', groups in '"
                + sheet.groupColumn() + "'", matched.groups(), matched.leftOut());
    }

    /** The sheet reader's name for a column: blank for its default. */
    private static String name(ColumnChoice column) {
        return column instanceof ColumnChoice.Named named ? named.name() : "";
    }

    /**
     * Whether {@code file} is a CLS file: a {@code .cls} name, or a first line of three whole numbers ending in 1
     * (GSEA's own files are renamed too).
     *
     * @throws IOException when the file cannot be read
     */
    public static boolean isCls(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.cls(\\.gz)?")) {
            return true;
        }
        byte[] head;
        try (InputStream in = InputFile.open(file, InputLimits.DEFAULT)) {
            head = in.readNBytes(256);
        }
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "");
        for (String line : text.split("\r\n|\r|\n", -1)) {
            if (!line.isBlank()) {
                return CLS_FIRST_LINE.matcher(line).matches();
            }
        }
        return false;
    }
}
