package org.senescope.output;

/** What may name a file written into an output folder. Stateless. */
public final class FileNames {

    private FileNames() {
    }

    /**
     * Whether {@code name} names a file in a folder and nothing else: not blank, no folder separator, not {@code .}
     * or {@code ..}. Output base names must be plain, or files would land outside the output folder.
     */
    public static boolean isPlain(String name) {
        return !name.isBlank() && !name.contains("/") && !name.contains("\\") && !name.equals(".")
                && !name.equals("..");
    }
}
