package org.senescope.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.senescope.failure.BadRequestException;
import org.senescope.model.EvidenceType;
import org.senescope.model.analysis.OtherSetPolicy;
import org.senescope.model.figure.ConditionDisplay;
import org.senescope.model.figure.PhysicalLength;
import org.senescope.model.overlay.SpeciesChoice;
import org.senescope.workflow.NetworkOrigin;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The words of {@code senescope figure}'s options, each converted to its type as picocli parses the command line; a
 * word that is not one says which are, and picocli reports it as a usage error naming the option.
 */
final class FigureOptionWords {

    private FigureOptionWords() {
    }

    /** Where {@code --layout} takes positions from. */
    enum LayoutKind {
        PRESET,
        AUTO
    }

    /** An enum constant by its lower-case name. */
    private abstract static class Words<E extends Enum<E>> implements ITypeConverter<E> {
        private final Class<E> type;

        Words(Class<E> type) {
            this.type = type;
        }

        @Override
        public E convert(String value) {
            List<String> words = Arrays.stream(type.getEnumConstants())
                    .map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
            int found = words.indexOf(value);
            if (found < 0) {
                throw new TypeConversionException("expected " + String.join(", ", words.subList(0, words.size() - 1))
                        + " or " + words.get(words.size() - 1) + ", found '" + value + "'");
            }
            return type.getEnumConstants()[found];
        }
    }

    /** A value a parser of the model takes, its refusal worded for the option. */
    private abstract static class Parsed<T> implements ITypeConverter<T> {
        private final Function<String, T> parser;

        Parsed(Function<String, T> parser) {
            this.parser = parser;
        }

        @Override
        public T convert(String value) {
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException | BadRequestException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class Species extends Words<SpeciesChoice> {
        Species() {
            super(SpeciesChoice.class);
        }
    }

    static final class OtherSets extends Words<OtherSetPolicy> {
        OtherSets() {
            super(OtherSetPolicy.class);
        }
    }

    static final class Layout extends Words<LayoutKind> {
        Layout() {
            super(LayoutKind.class);
        }
    }

    static final class Display extends Parsed<ConditionDisplay> {
        Display() {
            super(ConditionDisplay::fromLabel);
        }
    }

    static final class Width extends Parsed<PhysicalLength> {
        Width() {
            super(PhysicalLength::parse);
        }
    }

    static final class Network extends Parsed<NetworkOrigin> {
        Network() {
            super(NetworkOrigin::parse);
        }
    }

    /** An evidence level by its one-word key ({@code finding}, {@code prior-work}, ...). */
    static final class Evidence implements ITypeConverter<EvidenceType> {
        @Override
        public EvidenceType convert(String value) {
            return EvidenceType.fromKey(value).orElseThrow(() -> new TypeConversionException("expected "
                    + Arrays.stream(EvidenceType.values()).map(EvidenceType::key).collect(Collectors.joining(", "))
                    + ", found '" + value + "'"));
        }
    }
}
