package org.senescope.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An indenting front for {@link XMLStreamWriter}, shared by the XML formats (XGMML, Style XML, GraphML). Escaping is the
 * stream writer's; on top of it, characters XML 1.0 forbids (control characters, unpaired surrogates) are replaced by
 * U+FFFD, since no parser would read a file containing them. Line breaks inside attribute values are read back as
 * spaces, as XML normalises attribute values. Output is UTF-8, indented with two spaces and {@code \n}.
 *
 * <p>One instance writes one document and is not thread-safe. {@link #finish()} flushes but never closes the stream.
 * Every failure is an {@link IOException}.
 */
public final class XmlOutput {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final char REPLACEMENT = '\uFFFD';

    private final XMLStreamWriter writer;
    /** For each open element, whether it has child elements, so that its end tag goes on its own line. */
    private final Deque<Boolean> hasChildren = new ArrayDeque<>();

    @FunctionalInterface
    private interface Step {
        void run() throws XMLStreamException;
    }

    private XmlOutput(XMLStreamWriter writer) {
        this.writer = writer;
    }

    /** Starts a UTF-8 document on {@code out}. */
    public static XmlOutput open(OutputStream out) throws IOException {
        try {
            XMLStreamWriter writer = FACTORY.createXMLStreamWriter(out, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            return new XmlOutput(writer);
        } catch (XMLStreamException e) {
            throw new IOException("cannot start an XML document", e);
        }
    }

    /** Opens an element; close it with {@link #end()}. */
    public XmlOutput start(String name) throws IOException {
        step(() -> {
            newLine();
            writer.writeStartElement(name);
        });
        hasChildren.push(false);
        return this;
    }

    /** Writes an element without content; add its attributes right after. */
    public XmlOutput empty(String name) throws IOException {
        step(() -> {
            newLine();
            writer.writeEmptyElement(name);
        });
        return this;
    }

    public XmlOutput attribute(String name, String value) throws IOException {
        step(() -> writer.writeAttribute(name, clean(value)));
        return this;
    }

    public XmlOutput attribute(String prefix, String namespaceUri, String name, String value) throws IOException {
        step(() -> writer.writeAttribute(prefix, namespaceUri, name, clean(value)));
        return this;
    }

    /** Declares the default namespace on the element just started. */
    public XmlOutput defaultNamespace(String namespaceUri) throws IOException {
        step(() -> writer.writeDefaultNamespace(namespaceUri));
        return this;
    }

    /** Declares a prefixed namespace on the element just started. */
    public XmlOutput namespace(String prefix, String namespaceUri) throws IOException {
        step(() -> writer.writeNamespace(prefix, namespaceUri));
        return this;
    }

    /** Writes text inside the element just started, verbatim apart from escaping. */
    public XmlOutput text(String text) throws IOException {
        step(() -> writer.writeCharacters(clean(text)));
        return this;
    }

    /** Closes the innermost open element. */
    public XmlOutput end() throws IOException {
        boolean children = hasChildren.pop();
        step(() -> {
            if (children) {
                writer.writeCharacters("\n" + "  ".repeat(hasChildren.size()));
            }
            writer.writeEndElement();
        });
        return this;
    }

    /** Closes every open element, ends the document and flushes, leaving the stream open. */
    public void finish() throws IOException {
        while (!hasChildren.isEmpty()) {
            end();
        }
        step(() -> {
            writer.writeCharacters("\n");
            writer.writeEndDocument();
            writer.flush();
            writer.close();
        });
    }

    private void newLine() throws XMLStreamException {
        if (!hasChildren.isEmpty()) {
            hasChildren.pop();
            hasChildren.push(true);
        }
        writer.writeCharacters("\n" + "  ".repeat(hasChildren.size()));
    }

    private static void step(Step step) throws IOException {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XML: " + e.getMessage(), e);
        }
    }

    /** Replaces what XML 1.0 cannot carry by U+FFFD. */
    static String clean(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (!allowed(cp)) {
                if (sb == null) {
                    sb = new StringBuilder(text.length()).append(text, 0, i);
                }
                sb.append(REPLACEMENT);
            } else if (sb != null) {
                sb.appendCodePoint(cp);
            }
            i += width;
        }
        return sb == null ? text : sb.toString();
    }

    private static boolean allowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
