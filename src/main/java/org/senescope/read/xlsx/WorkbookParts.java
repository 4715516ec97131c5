package org.senescope.read.xlsx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.senescope.failure.InputFormatException;

/**
 * What a sheet needs from the rest of the workbook: the sheets by name and their parts, the shared strings, which cell
 * styles format numbers as dates, and whether dates count from 1904. Immutable once read.
 *
 * @param sheets     sheet name to part path, in workbook order
 * @param strings    the shared strings
 * @param dateStyles the cell style indexes ({@code s} attributes) whose number format is a date or time
 * @param date1904   whether date serials count from 1904 (old Mac workbooks)
 */
record WorkbookParts(Map<String, String> sheets, List<String> strings, BitSet dateStyles, boolean date1904) {

    private static final String WORKBOOK = "xl/workbook.xml";
    private static final String RELS = "xl/_rels/workbook.xml.rels";
    /** Built-in number formats that show dates or times (ECMA-376 part 1, 18.8.30). */
    private static final int[][] BUILT_IN_DATES = {{14, 22}, {27, 36}, {45, 47}, {50, 58}};
    /** A date or time code outside quotes, brackets and escapes. */
    private static final Pattern DATE_CODE = Pattern.compile("[dmyhs]", Pattern.CASE_INSENSITIVE);

    static WorkbookParts read(XlsxArchive zip, String source) throws IOException {
        if (!zip.has(WORKBOOK)) {
            throw new InputFormatException(source, 0, 0, "has no " + WORKBOOK
                    + "; expected an Excel .xlsx workbook (not .xls, .ods or another zip)");
        }
        Map<String, String> relTargets = relationships(zip);
        Map<String, String> sheets = new LinkedHashMap<>();
        boolean date1904 = false;
        XMLStreamReader r = zip.xml(WORKBOOK);
        try {
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (r.getLocalName().equals("workbookPr")) {
                    String v = attr(r, "date1904");
                    date1904 = "1".equals(v) || "true".equals(v);
                } else if (r.getLocalName().equals("sheet")) {
                    String rid = r.getAttributeValue("http://schemas.openxmlformats.org/officeDocument/2006/"
                            + "relationships", "id");
                    // A relationship without a Target attribute maps to null: treated as no target.
                    String target = Objects.requireNonNullElse(relTargets.get(rid == null ? "" : rid), "");
                    if (!target.isEmpty()) {
                        sheets.put(attr(r, "name"), target.startsWith("/") ? target.substring(1) : "xl/" + target);
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw zip.malformed(WORKBOOK, e);
        }
        List<String> strings = zip.has("xl/sharedStrings.xml") ? sharedStrings(zip) : List.of();
        BitSet dates;
        try {
            dates = zip.has("xl/styles.xml") ? dateStyles(zip) : new BitSet();
        } catch (NumberFormatException e) {
            throw new InputFormatException(source, 0, 0, "xl/styles.xml has a non-numeric format id ("
                    + e.getMessage() + "); expected an intact xlsx workbook", e);
        }
        return new WorkbookParts(sheets, strings, dates, date1904);
    }

    private static Map<String, String> relationships(XlsxArchive zip) throws IOException {
        Map<String, String> targets = new HashMap<>();
        if (!zip.has(RELS)) {
            return targets;
        }
        XMLStreamReader r = zip.xml(RELS);
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                    targets.put(attr(r, "Id"), attr(r, "Target"));
                }
            }
        } catch (XMLStreamException e) {
            throw zip.malformed(RELS, e);
        }
        return targets;
    }

    /** Each {@code <si>}: its {@code <t>} texts joined, phonetic runs ({@code <rPh>}) left out. */
    private static List<String> sharedStrings(XlsxArchive zip) throws IOException {
        List<String> out = new ArrayList<>();
        XMLStreamReader r = zip.xml("xl/sharedStrings.xml");
        try {
            StringBuilder si = null;
            int phonetic = 0;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "si" -> si = new StringBuilder();
                        case "rPh" -> phonetic++;
                        case "t" -> {
                            String t = r.getElementText();
                            if (si != null && phonetic == 0) {
                                si.append(t);
                            }
                        }
                        default -> { }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (r.getLocalName().equals("si") && si != null) {
                        out.add(si.toString());
                        si = null;
                    } else if (r.getLocalName().equals("rPh")) {
                        phonetic--;
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw zip.malformed("xl/sharedStrings.xml", e);
        }
        return out;
    }

    private static BitSet dateStyles(XlsxArchive zip) throws IOException {
        Map<Integer, String> customFormats = new HashMap<>();
        List<Integer> xfFormats = new ArrayList<>();
        XMLStreamReader r = zip.xml("xl/styles.xml");
        try {
            boolean inCellXfs = false;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "numFmt" -> customFormats.put(Integer.parseInt(attr(r, "numFmtId")),
                                attr(r, "formatCode"));
                        case "cellXfs" -> inCellXfs = true;
                        case "xf" -> {
                            if (inCellXfs) {
                                String id = attr(r, "numFmtId");
                                xfFormats.add(id == null ? 0 : Integer.parseInt(id));
                            }
                        }
                        default -> { }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
        } catch (XMLStreamException e) {
            throw zip.malformed("xl/styles.xml", e);
        }
        BitSet dates = new BitSet();
        for (int i = 0; i < xfFormats.size(); i++) {
            int fmt = xfFormats.get(i);
            if (isBuiltInDate(fmt) || (customFormats.containsKey(fmt) && isDateCode(customFormats.get(fmt)))) {
                dates.set(i);
            }
        }
        return dates;
    }

    private static boolean isBuiltInDate(int fmt) {
        for (int[] range : BUILT_IN_DATES) {
            if (fmt >= range[0] && fmt <= range[1]) {
                return true;
            }
        }
        return false;
    }

    /** Whether a format code shows a date or time: a d, m, y, h or s outside quotes, brackets and escapes. */
    static boolean isDateCode(String code) {
        String stripped = code.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").replaceAll("\\\\.", "")
                .replaceAll("_.|\\*.", "");
        if (stripped.toLowerCase(java.util.Locale.ROOT).contains("general")) {
            return false;
        }
        return DATE_CODE.matcher(stripped).find();
    }

    private static String attr(XMLStreamReader r, String name) {
        return r.getAttributeValue(null, name);
    }
}
