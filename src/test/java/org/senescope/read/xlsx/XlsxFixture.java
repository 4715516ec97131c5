package org.senescope.read.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes minimal xlsx workbooks part by part, as Excel lays them out, so tests can hold any oddity. */
final class XlsxFixture {

    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final Map<String, String> sheets = new LinkedHashMap<>();
    private String sharedStrings = "";
    private String styles = "";

    /** A sheet from its {@code <sheetData>} content. */
    XlsxFixture sheet(String name, String sheetData) {
        sheets.put(name, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + NS
                + "\"><sheetData>" + sheetData + "</sheetData></worksheet>");
        return this;
    }

    /** A sheet part given whole. */
    XlsxFixture rawSheet(String name, String xml) {
        sheets.put(name, xml);
        return this;
    }

    XlsxFixture sharedStrings(String... strings) {
        StringBuilder b = new StringBuilder("<sst xmlns=\"" + NS + "\">");
        for (String s : strings) {
            b.append("<si><t>").append(s).append("</t></si>");
        }
        sharedStrings = b.append("</sst>").toString();
        return this;
    }

    /** Cell styles: index 0 General, 1 built-in date (14), 2 custom {@code d-mmm}, 3 a number format. */
    XlsxFixture dateStyles() {
        styles = "<styleSheet xmlns=\"" + NS + "\"><numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"d-mmm\"/>"
                + "<numFmt numFmtId=\"165\" formatCode=\"0.00&quot; mg&quot;\"/></numFmts><cellXfs count=\"4\">"
                + "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/></cellXfs>"
                + "</styleSheet>";
        return this;
    }

    Path write(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"/>");
            StringBuilder wb = new StringBuilder("<workbook xmlns=\"" + NS + "\" xmlns:r=\"" + RNS + "\"><sheets>");
            StringBuilder rels = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
                    + "2006/relationships\">");
            int i = 1;
            for (Map.Entry<String, String> s : sheets.entrySet()) {
                wb.append("<sheet name=\"").append(s.getKey()).append("\" sheetId=\"").append(i)
                        .append("\" r:id=\"rId").append(i).append("\"/>");
                rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(RNS)
                        .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
                put(zip, "xl/worksheets/sheet" + i + ".xml", s.getValue());
                i++;
            }
            put(zip, "xl/workbook.xml", wb.append("</sheets></workbook>").toString());
            put(zip, "xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
            if (!sharedStrings.isEmpty()) {
                put(zip, "xl/sharedStrings.xml", sharedStrings);
            }
            if (!styles.isEmpty()) {
                put(zip, "xl/styles.xml", styles);
            }
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
