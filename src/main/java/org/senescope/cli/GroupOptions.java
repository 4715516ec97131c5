package org.senescope.cli;

import java.nio.file.Path;
import java.util.Optional;

import org.senescope.workflow.ColumnChoice;
import org.senescope.workflow.MatrixGroups;
import org.senescope.workflow.SampleGrouping;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The sample-group options every per-sample command shares (a picocli mixin): {@code --groups FILE}, a GSEA CLS file
 * or a sample sheet ({@link MatrixGroups#isCls} tells them apart); {@code --sample-column} and {@code --group-column}
 * for a sheet whose columns are not recognised by name; {@code --extra-samples} for sheets that list more samples
 * than the matrix. They become the request's {@link SampleGrouping}.
 */
final class GroupOptions {

    /** What to do with sheet samples the matrix does not have. */
    enum ExtraSamples { REFUSE, LEAVE_OUT }

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec command;

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
            converter = ExtraSamplesConverter.class,
            description = "Sheet samples the matrix does not have: refuse or leave-out (default: ${DEFAULT-VALUE}).")
    ExtraSamples extraSamples = ExtraSamples.REFUSE;

    /** The groups file, when one was given. */
    Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** What is wrong with the options as given, or empty. */
    String usageProblem() {
        if (file == null && (!sampleColumn.isEmpty() || !groupColumn.isEmpty())) {
            return "--sample-column and --group-column describe the sample sheet given with --groups; no --groups "
                    + "was given";
        }
        return "";
    }

    /**
     * The request's grouping: the file, or none.
     *
     * @throws CommandLine.ParameterException when sheet columns are named without {@code --groups}
     */
    SampleGrouping grouping() {
        String problem = usageProblem();
        if (!problem.isEmpty()) {
            throw new CommandLine.ParameterException(command.commandLine(), problem);
        }
        return file == null ? SampleGrouping.ungrouped() : groupsFile(file);
    }

    private SampleGrouping.GroupsFile groupsFile(Path groups) {
        return new SampleGrouping.GroupsFile(groups, ColumnChoice.namedOrDefault(sampleColumn),
                ColumnChoice.namedOrDefault(groupColumn), extraSamples == ExtraSamples.LEAVE_OUT);
    }

    /** The groups file the options name; needs {@code --groups}. */
    SampleGrouping.GroupsFile given() {
        return groupsFile(file().orElseThrow());
    }

    /** {@code refuse} or {@code leave-out}. */
    static final class ExtraSamplesConverter implements CommandLine.ITypeConverter<ExtraSamples> {
        @Override
        public ExtraSamples convert(String value) {
            return switch (value) {
                case "refuse" -> ExtraSamples.REFUSE;
                case "leave-out" -> ExtraSamples.LEAVE_OUT;
                default -> throw new CommandLine.TypeConversionException("expected refuse or leave-out, found '"
                        + value + "'");
            };
        }
    }
}
