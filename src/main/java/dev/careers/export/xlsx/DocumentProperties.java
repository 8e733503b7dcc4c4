package dev.careers.export.xlsx;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The document properties a file manager or Excel's Info pane shows: title, author, language,
 * subject, keywords and dates (the core part) and the application that wrote the file. Immutable.
 */
record DocumentProperties(String title, String creator, String language, String subject,
        String keywords, Instant time) {
    private static final String CORE_PART = "docProps/core.xml";
    private static final String APP_PART = "docProps/app.xml";

    /** Writes both parts and relates the package to them. */
    void write(PackageWriter pkg) {
        pkg.relate(PackageWriter.ROOT,
                "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", CORE_PART);
        pkg.relate(PackageWriter.ROOT,
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", APP_PART);
        String date = DateTimeFormatter.ISO_INSTANT.format(time.truncatedTo(ChronoUnit.SECONDS));
        pkg.part(CORE_PART, "application/vnd.openxmlformats-package.core-properties+xml", xml -> {
            xml.start("cp:coreProperties")
                    .attribute("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties")
                    .attribute("xmlns:dc", "http://purl.org/dc/elements/1.1/")
                    .attribute("xmlns:dcterms", "http://purl.org/dc/terms/")
                    .attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.element("dc:title", title).element("dc:subject", subject).element("dc:creator", creator)
                    .element("cp:keywords", keywords).element("dc:language", language)
                    .element("cp:lastModifiedBy", creator);
            xml.start("dcterms:created").attribute("xsi:type", "dcterms:W3CDTF").text(date).end();
            xml.start("dcterms:modified").attribute("xsi:type", "dcterms:W3CDTF").text(date).end();
            xml.end();
        });
        pkg.part(APP_PART, "application/vnd.openxmlformats-officedocument.extended-properties+xml", xml ->
                xml.start("Properties")
                        .attribute("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties")
                        .element("Application", "careers").end());
    }
}
