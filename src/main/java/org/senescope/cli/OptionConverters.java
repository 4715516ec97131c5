package org.senescope.cli;

import org.senescope.model.overlay.ColourRange;
import org.senescope.model.overlay.ExpressionFilter;
import org.senescope.model.overlay.DuplicateRule;
import org.senescope.model.overlay.SpeciesChoice;
import org.senescope.workflow.FileOutput;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * picocli converters from an option's words to the typed values of a request. A value that is not one of the
 * accepted words is a usage error naming what would be accepted; picocli reports it with the option's name.
 */
final class OptionConverters {

    private OptionConverters() {
    }

    /** {@code human}, {@code mouse} or {@code auto}, in any case. */
    static final class Species implements ITypeConverter<SpeciesChoice> {
        @Override
        public SpeciesChoice convert(String value) {
            return SpeciesChoice.fromOptionName(value).orElseThrow(() -> new TypeConversionException(
                    "expected human, mouse or auto, found '" + value + "'"));
        }
    }

    /** A {@link DuplicateRule} by its option name. */
    static final class Duplicates implements ITypeConverter<DuplicateRule> {
        @Override
        public DuplicateRule convert(String value) {
            return DuplicateRule.fromOptionName(value).orElseThrow(() -> new TypeConversionException(
                    "expected one of " + DuplicateRule.optionNames() + ", found '" + value + "'"));
        }
    }

    /** 0 for a colour range from the data, else a positive number. */
    /** {@code --min-expression}: a finite number, in the unit of each table's expression column. */
    static final class MinExpression implements ITypeConverter<ExpressionFilter> {
        @Override
        public ExpressionFilter convert(String value) {
            double minimum;
            try {
                minimum = Double.parseDouble(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("expected a number, found '" + value + "'");
            }
            if (!Double.isFinite(minimum)) {
                throw new TypeConversionException("expected a finite number, found '" + value + "'");
            }
            return new ExpressionFilter.AtLeast(minimum);
        }
    }

    static final class Range implements ITypeConverter<ColourRange> {
        @Override
        public ColourRange convert(String value) {
            double range;
            try {
                range = Double.parseDouble(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("expected a number, found '" + value + "'");
            }
            if (!ColourRange.accepts(range)) {
                throw new TypeConversionException("expected " + ColourRange.ACCEPTED + ", found " + range);
            }
            return ColourRange.of(range);
        }
    }

    /** A plain file name, the base of the files written. */
    static final class BaseName implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!FileOutput.isPlainFileName(value)) {
                throw new TypeConversionException("must be a plain file name, found '" + value + "'");
            }
            return value;
        }
    }

    /** The network to overlay: only {@code default}, the bundled one, exists on the command line. */
    static final class DefaultNetwork implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!value.equals("default")) {
                throw new TypeConversionException("only 'default' (the bundled senescence–immunity network) is "
                        + "available, found '" + value + "'");
            }
            return value;
        }
    }
}
