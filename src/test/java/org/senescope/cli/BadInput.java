package org.senescope.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Named;

/**
 * One case of the bad-input catalogue: the files the test writes into an empty folder ({@code $D} in arguments and in
 * the expected line stands for that folder), the command line, and what the run must end with: the exit code and the
 * exact first line of stderr. Every case also requires that no file in the folder changes and none is added (the
 * output folder is {@code $D/out}, so it must not appear either).
 *
 * @param name what is wrong, as the test report shows it
 * @param files the inputs, by path relative to the folder (sub-folders allowed), as bytes
 * @param folders empty folders to make, by path relative to the folder (an input or output name taken by a folder)
 * @param fifos named pipes to make, by path relative to the folder, with no writer (the case is skipped where
 *     {@code mkfifo} is not available)
 * @param args the command line, {@code $D} not yet replaced
 * @param exit the expected exit code
 * @param firstLine the expected first line of stderr, {@code $D} not yet replaced
 */
record BadInput(String name, Map<String, byte[]> files, List<String> folders, List<String> fifos, List<String> args,
        int exit, String firstLine) {

    /** Starts a case; add files with {@link Builder#file}, then {@link Builder#run} and {@link Builder#expect}. */
    static Builder bad(String name) {
        return new Builder(name);
    }

    /** The case named for the test report. */
    Named<BadInput> named() {
        return Named.of(name, this);
    }

    /** Collects one case. */
    static final class Builder {
        private final String name;
        private final Map<String, byte[]> files = new LinkedHashMap<>();
        private final List<String> folders = new ArrayList<>();
        private final List<String> fifos = new ArrayList<>();
        private final List<String> args = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        Builder file(String path, String text) {
            return file(path, text.getBytes(StandardCharsets.UTF_8));
        }

        Builder file(String path, byte[] bytes) {
            files.put(path, bytes.clone());
            return this;
        }

        /** An empty folder at {@code path}. */
        Builder folder(String path) {
            folders.add(path);
            return this;
        }

        /** A named pipe at {@code path} that nothing writes to. */
        Builder fifo(String path) {
            fifos.add(path);
            return this;
        }

        /** The command line; {@code $D} is the case's folder. */
        Builder run(String... words) {
            args.addAll(List.of(words));
            return this;
        }

        BadInput expect(int exit, String firstLine) {
            return new BadInput(name, Map.copyOf(files), List.copyOf(folders), List.copyOf(fifos), List.copyOf(args), exit,
                    firstLine);
        }
    }
}
