package org.senescope.cli;

import org.senescope.workflow.MatrixGroups;

import org.senescope.read.cls.ClsReader;
import org.senescope.read.samplesheet.ExtraSamples;
import org.senescope.read.samplesheet.MatchedGroups;
import org.senescope.read.samplesheet.SampleMatcher;
import org.senescope.read.samplesheet.SampleSheet;
import org.senescope.read.samplesheet.SampleSheetColumns;
import org.senescope.read.samplesheet.SampleSheetReader;
import org.senescope.read.InputFile;
import org.senescope.read.InputLimits;
import org.senescope.model.data.ExpressionMatrix;
import org.senescope.model.data.SampleGroups;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sample-group options every per-sample command shares (a picocli mixin): {@code --groups FILE}, a GSEA CLS file
 * or a sample sheet, told apart by extension or by a CLS first line; {@code --sample-column} and
 * {@code --group-column} for a sheet whose columns are not recognised by name; {@code --extra-samples} for sheets that
 * list more samples than the matrix. Groups are always checked against the matrix's samples.
 */
final class GroupOptions {

    /** A CLS file's first line: sample count, class count and 1. */
    private static final Pattern CLS_FIRST_LINE = Pattern.compile("\\s*\\d+\\s+\\d+\\s+1\\s*");

    @Option(names = "--groups", paramLabel = "FILE", description = "Sample groups: a GSEA .cls file (one label per "
            + "sample, in matrix order) or a sample sheet (TSV, CSV or xlsx, one row per sample, with a sample and a "
            + "group column).")
    Path file;

    @Option(names = "--sample-column", paramLabel = "C", defaultValue = "",
            description = "The sample sheet's sample column (default: the one named sample, sample_id, sample_name...).")
    String sampleColumn;

    @Option(names = "--group-column", paramLabel = "C", defaultValue = "",
            description = "The sample sheet's group column (default: the one named group, condition, treatment, "
                    + "genotype...).")
    String groupColumn;

    @Option(names = "--extra-samples", paramLabel = "RULE", defaultValue = "refuse",
            description = "Sheet samples the matrix does not have: refuse or leave-out (default: ${DEFAULT-VALUE}).")
    String extraSamples;

    /** The groups file, when one was given. */
    Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** What is wrong with the options as given, or empty. */
    String usageProblem() {
        if (!extraSamples.equals("refuse") && !extraSamples.equals("leave-out")) {
            return "--extra-samples: expected refuse or leave-out, found '" + extraSamples + "'";
        }
        if (file == null && (!sampleColumn.isEmpty() || !groupColumn.isEmpty())) {
            return "--sample-column and --group-column describe the sample sheet given with --groups; no --groups "
                    + "was given";
        }
        return "";
    }

    /**
     * The group of each of the matrix's samples, in its column order.
     *
     * @param matrixSource the matrix file as the user named it
     * @throws org.senescope.failure.InputFormatException when the file is malformed or does not describe the matrix's
     *                                               samples, naming file, line and column
     * @throws IllegalArgumentException              when column options are given for a CLS file (a usage error)
     */
    MatrixGroups load(ExpressionMatrix matrix, String matrixSource) throws IOException {
        String src = InputFile.displayName(file);
        if (isCls(file)) {
            if (!sampleColumn.isEmpty() || !groupColumn.isEmpty()) {
                throw new IllegalArgumentException("--sample-column and --group-column are for sample sheets; " + src
                        + " is a CLS file, whose labels follow the matrix's column order");
            }
            SampleGroups groups = new ClsReader().read(file, matrix.sampleNames());
            return new MatrixGroups(src, "CLS", groups, List.of());
        }
        SampleSheet sheet = new SampleSheetReader().read(file, new SampleSheetColumns(sampleColumn, groupColumn));
        MatchedGroups matched = SampleMatcher.match(sheet, matrix.sampleNames(), matrixSource,
                extraSamples.equals("leave-out") ? ExtraSamples.LEAVE_OUT : ExtraSamples.REFUSE);
        return new MatrixGroups(src, "sample sheet, samples in '" + sheet.sampleColumn() + "', groups in '"
                + sheet.groupColumn() + "'", matched.groups(), matched.leftOut());
    }

    /** A {@code .cls} name, or a first line of three whole numbers ending in 1 (GSEA's own files are renamed too). */
    static boolean isCls(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.cls(\\.gz)?")) {
            return true;
        }
        byte[] head;
        try (InputStream in = InputFile.open(file, InputLimits.DEFAULT)) {
            head = in.readNBytes(256);
        }
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "");
        for (String line : text.split("\r\n|\r|\n")) {
            if (!line.isBlank()) {
                return CLS_FIRST_LINE.matcher(line).matches();
            }
        }
        return false;
    }
}
