package org.senescope.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.senescope.model.Network;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Writing to bytes and reading XML back with a hardened, namespace-aware parser, for the format tests. */
public final class TestDocuments {

    private TestDocuments() {
    }

    public static byte[] bytes(NetworkWriter writer, Network network) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(network, out);
        return out.toByteArray();
    }

    public static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** The element children of {@code parent} with this local name, in document order. */
    public static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    /** The only element child of {@code parent} with this local name whose {@code attribute} equals {@code value}. */
    public static Element child(Element parent, String localName, String attribute, String value) {
        List<Element> matches = children(parent, localName).stream()
                .filter(e -> value.equals(e.getAttribute(attribute)))
                .toList();
        if (matches.size() != 1) {
            throw new AssertionError(matches.size() + " <" + localName + " " + attribute + "=\"" + value + "\">");
        }
        return matches.get(0);
    }
}
