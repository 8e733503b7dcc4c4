package dev.careers.export.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.xml.xmp.XmpWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What makes a brochure a PDF/A-2u and PDF/UA-1 file beside its content: the sRGB output intent
 * its device colours are read in, and the XMP metadata that repeats the document information and
 * states both conformances. OpenPDF 2.0.5 knows PDF/A-1 only, so the identification schemas are
 * written here. Stateless.
 */
final class ArchiveMetadata {
    private static final String SRGB = "sRGB IEC61966-2.1";

    private ArchiveMetadata() {}

    /** The profile's bytes, read once per process (the JDK's own sRGB profile). */
    private static final class Profile {
        static final byte[] SRGB_BYTES = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    /** Reads the sRGB profile ahead of the first brochure. */
    static void prepare() {
        if (Profile.SRGB_BYTES.length == 0) {
            throw new IllegalStateException("the JDK's sRGB profile is empty");
        }
    }

    /** Adds the sRGB output intent to an open document. */
    static void addOutputIntent(PdfWriter writer, int compressionLevel) throws IOException {
        var profile = new PdfStream(Profile.SRGB_BYTES);
        profile.put(PdfName.N, new PdfNumber(3));
        profile.flateCompress(compressionLevel);
        var intent = new PdfDictionary(PdfName.OUTPUTINTENT);
        intent.put(PdfName.S, PdfName.GTS_PDFA1);
        intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString(SRGB));
        intent.put(PdfName.INFO, new PdfString(SRGB));
        intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(profile).getIndirectReference());
        writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
    }

    /**
     * Sets the document's XMP metadata from its information dictionary, which must be complete
     * (title, dates, producer): PDF/A wants the two to agree.
     */
    static void setXmp(PdfWriter writer) {
        var bytes = new ByteArrayOutputStream(4096);
        try (var xmp = new XmpWriter(bytes, writer.getInfo(), PdfWriter.PDFXNONE)) {
            xmp.addRdfDescription("xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"",
                    "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>U</pdfaid:conformance>");
            xmp.addRdfDescription("xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"",
                    "<pdfuaid:part>1</pdfuaid:part>");
            // pdfuaid is no schema PDF/A predefines: it is declared as an extension.
            xmp.addRdfDescription("xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
                    + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
                    + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"",
                    "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">"
                    + "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>"
                    + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>"
                    + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"
                    + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">"
                    + "<pdfaProperty:name>part</pdfaProperty:name>"
                    + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>"
                    + "<pdfaProperty:category>internal</pdfaProperty:category>"
                    + "<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed"
                    + "</pdfaProperty:description>"
                    + "</rdf:li></rdf:Seq></pdfaSchema:property>"
                    + "</rdf:li></rdf:Bag></pdfaExtension:schemas>");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the XMP metadata", e);
        }
        writer.setXmpMetadata(bytes.toByteArray());
    }
}
