package org.senescope.failure;

/**
 * Keeps a failure message readable whatever the input put into it: a run of more than {@value #MAX_FIELD} characters
 * without a space, quote or path separator (a field of a 10 MB single-line file, a binary blob) is shown as its first
 * {@value #MAX_FIELD} characters and {@code …(N characters)}, and a line still longer than {@value #MAX_LINE}
 * characters is cut the same way. Every {@link SenescopeException} passes its message through here, so no reader has
 * to remember to. Stateless.
 */
public final class MessageFields {

    /** The most characters of one field shown in a message. */
    public static final int MAX_FIELD = 80;
    /** The most characters of one line of a message. */
    public static final int MAX_LINE = 1000;

    private MessageFields() {
    }

    /** {@code field} itself, or its first {@value #MAX_FIELD} characters and {@code …(N characters)}. */
    public static String shorten(String field) {
        return cut(field, MAX_FIELD);
    }

    /** {@code message} with every over-long run of characters other than spaces, quotes and path separators and every over-long line cut. */
    public static String shortenLongRuns(String message) {
        if (message.length() <= MAX_FIELD) {
            return message;
        }
        StringBuilder out = new StringBuilder(Math.min(message.length(), 2 * MAX_LINE));
        int runStart = 0;
        for (int i = 0; i <= message.length(); i++) {
            if (i == message.length() || breaksRun(message.charAt(i))) {
                out.append(cut(message.substring(runStart, i), MAX_FIELD));
                if (i < message.length()) {
                    out.append(message.charAt(i));
                }
                runStart = i + 1;
            }
        }
        StringBuilder lines = new StringBuilder(out.length());
        int lineStart = 0;
        for (int i = 0; i <= out.length(); i++) {
            if (i == out.length() || out.charAt(i) == '\n') {
                lines.append(cut(out.substring(lineStart, i), MAX_LINE));
                if (i < out.length()) {
                    lines.append('\n');
                }
                lineStart = i + 1;
            }
        }
        return lines.toString();
    }

    private static boolean breaksRun(char c) {
        // Path separators end a run too, so that a long path stays whole: only its components are measured.
        return Character.isWhitespace(c) || c == '\'' || c == '"' || c == '/' || c == '\\' || c == '…';
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        // Never split a surrogate pair: the shown part must stay valid text.
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "…(" + text.length() + " characters)";
    }
}
