package dev.careers.export.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import dev.careers.export.ExportException;
import dev.careers.export.ExportOptions;
import dev.careers.export.internal.AmountFormat;
import dev.careers.export.internal.BandGroup;
import dev.careers.export.internal.Labels;
import dev.careers.model.Career;
import dev.careers.model.CareerDocument;
import dev.careers.model.Diagnostic;
import dev.careers.model.Languages;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntFunction;
import java.util.zip.Deflater;

/**
 * Writes one brochure for one or more documents: cover, table of contents, each document's
 * careers and sources, with the outline, running header and footer, and metadata. The output
 * depends only on the documents, the theme and the options, byte for byte. Immutable; one
 * instance may write several brochures, one at a time per thread.
 */
final class BrochureWriter {
    private static final float MARGIN_SIDE = 56;
    private static final float MARGIN_TOP = 72;
    private static final float MARGIN_BOTTOM = 64;
    /**
     * The deflate level of every stream (page contents, object streams, fonts). The fastest level
     * makes files larger than the default (6) does, by 6% for a short brochure and 12% for 10,000
     * careers, but compresses two to three times faster: compressing (mostly the two font
     * subsets) was a third of the cost of a short brochure.
     */
    static final int COMPRESSION_LEVEL = Deflater.BEST_SPEED;

    /** Brochures with this many careers or more are typeset on a second thread. */
    static final int COMPOSE_AHEAD_FROM = 24;
    /** How many careers the second thread may typeset ahead of the writer: enough to never wait. */
    private static final int COMPOSED_AHEAD = 64;

    private final Theme theme;
    private final FontSet fonts;
    private final String themeText;
    private final int composeAheadFrom;

    BrochureWriter(Theme theme, FontSet fonts) {
        this(theme, fonts, COMPOSE_AHEAD_FROM);
    }

    /** A writer that typesets careers on a second thread for brochures of at least so many careers. */
    BrochureWriter(Theme theme, FontSet fonts, int composeAheadFrom) {
        this.theme = theme;
        this.fonts = fonts;
        this.themeText = theme.toString();
        this.composeAheadFrom = composeAheadFrom;
    }

    /**
     * Writes the brochure of the documents (the first one's language is the brochure's) to a stream
     * it does not close.
     */
    void write(List<CareerDocument> documents, ExportOptions options, OutputStream out) throws IOException {
        boolean ahead = documents.stream().mapToInt(d -> d.careers().size()).sum() >= composeAheadFrom;
        // Only the end of the file needs these: a large brochure computes them beside its first pages.
        CompletableFuture<Checks> checks = ahead
                ? CompletableFuture.supplyAsync(() -> checks(documents, options), BrochureWriter::startThread)
                : CompletableFuture.completedFuture(checks(documents, options));
        try {
            render(documents, options, out, checks, ahead);
        } catch (DocumentException | ExceptionConverter e) {
            throw new ExportException("cannot render the PDF brochure: " + e.getMessage(), e);
        }
    }

    /**
     * What is found over the whole input before the file can be finished: the characters no font
     * shows, and the digest of everything the output depends on, which seeds the font subset
     * prefixes (drawn when the fonts are written, at close) and is the file ID.
     */
    private record Checks(List<Diagnostic> missingGlyphs, byte[] digest) {}

    private Checks checks(List<CareerDocument> documents, ExportOptions options) {
        var found = new ArrayList<Diagnostic>();
        var check = new GlyphCheck(fonts, found::add);
        documents.forEach(check::check);
        return new Checks(List.copyOf(found), digest(documents, options));
    }

    private static void startThread(Runnable task) {
        Thread thread = new Thread(task, "careers-pdf-checks");
        thread.setDaemon(true);
        thread.start();
    }

    private void render(List<CareerDocument> documents, ExportOptions options, OutputStream out,
            CompletableFuture<Checks> pendingChecks, boolean ahead) throws DocumentException, IOException {
        CareerDocument first = documents.get(0);
        Labels labels = Labels.of(first.language());
        AmountFormat amounts = AmountFormat.of(first.language());

        Palette palette = Palette.of(theme);
        Typesetter type = new Typesetter(fonts, palette, pageSize().getWidth() - 2 * MARGIN_SIDE);
        var references = new PageReferences(fonts.regular(), Style.TOC_ENTRY.size, palette.text());
        var blocks = new Blocks(type, references);
        List<String> titles = documents.stream().map(BrochureWriter::title).toList();
        String title = documents.size() == 1 ? titles.get(0) : labels.get("combined-title");

        Document document = new Document(pageSize(), MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setFullCompression();
        writer.setCompressionLevel(COMPRESSION_LEVEL);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
        writer.setTagged();
        // Links are reached in the order of the structure (PDF/UA).
        writer.setTabs(PdfName.S);
        writer.setPageEvent(new PageDecorator(type, labels, title));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(first.language()));
        document.addTitle(title);
        document.addSubject(labels.get("subject", String.join(", ", titles)));
        document.addKeywords(keywords(documents.stream().flatMap(d -> d.careers().stream()).map(Career::name).toList()));
        document.addCreator("careers " + options.toolVersion());
        document.open();
        ArchiveMetadata.addOutputIntent(writer, COMPRESSION_LEVEL);
        var tags = new Tagging(writer);
        writer.setPageEvent(new LinkAreas(tags));
        var flow = new PageFlow(document, writer, tags);

        new CoverPage(flow, blocks, labels).write(title, labels.get("cover.date", coverDate(labels, published(documents, options))),
                logo(documents, options), documents, titles);

        var outline = new Outline(writer);
        var salaries = new SalaryPanel(blocks, labels, amounts, scales(documents));
        var careers = new CareerSection(flow, blocks, labels, salaries, outline);
        var sources = new SourcesSection(flow, blocks);
        var pages = new PageSection(flow, blocks, labels);
        Checks checks;
        // Started before the contents page, so the first careers are ready when it is written.
        try (var composed = compose(documents, careers, ahead)) {
            contents(new ContentsPage(flow, blocks, labels), documents, titles, labels);
            boolean combined = documents.size() > 1;
            for (int d = 0; d < documents.size(); d++) {
                CareerDocument source = documents.get(d);
                String groupAnchor = firstAnchor(source, d);
                PdfOutline parent = combined && groupAnchor != null
                        ? outline.add(null, groupAnchor, titles.get(d)) : null;
                // A combined brochure groups each document's part of the structure.
                PdfStructureElement group = combined ? part(tags, titles.get(d)) : tags.document();
                for (int c = 0; c < source.careers().size(); c++) {
                    careers.write(composed.next(), parent, group);
                }
                if (PageSection.has(source)) {
                    String heading = combined ? labels.get("about.page") + " \u2014 " + titles.get(d) : labels.get("about.page");
                    pages.write(heading, pageAnchor(d), source, group);
                    outline.add(parent, pageAnchor(d), labels.get("about.page"));
                }
                if (!source.sources().isEmpty()) {
                    // As the author wrote it ("Sources et liens utiles") when there was a heading.
                    String written = source.sourcesHeading() != null ? source.sourcesHeading() : labels.get("sources");
                    String heading = combined ? written + " \u2014 " + titles.get(d) : written;
                    sources.write(heading, sourcesAnchor(d), source.sources(), group);
                    outline.add(parent, sourcesAnchor(d), labels.get("sources"));
                }
                if (combined) {
                    tags.release(group);
                }
            }
        } finally {
            // Reported even when the pages failed, after those of the pages (in either mode).
            checks = joined(pendingChecks);
            checks.missingGlyphs().forEach(options.diagnostics()::report);
        }
        stamp(writer, options, checks.digest());
        ArchiveMetadata.setXmp(writer);
        tags.finish();
        DocumentRandom.seeded(ByteBuffer.wrap(checks.digest()).getLong(), document::close);
        out.flush();
    }

    /**
     * The most characters of the keywords: PDF/A (ISO 19005-2, 6.1.13) allows no string longer than
     * 32,767 bytes, and a string not in PDFDocEncoding takes two bytes a character (and two more).
     */
    static final int KEYWORDS_MAX_CHARS = 16_000;

    /**
     * The careers' names joined as the document's keywords, as many as fit in
     * {@link #KEYWORDS_MAX_CHARS} (a brochure of some 1,000 careers or more names only its first ones).
     */
    static String keywords(List<String> names) {
        var keywords = new StringBuilder();
        for (String name : names) {
            int length = keywords.length() + (keywords.length() > 0 ? 2 : 0) + name.length();
            if (length > KEYWORDS_MAX_CHARS) {
                break;
            }
            if (keywords.length() > 0) {
                keywords.append(", ");
            }
            keywords.append(name);
        }
        return keywords.toString();
    }

    private static PdfStructureElement part(Tagging tags, String title) {
        PdfStructureElement part = tags.add(tags.document(), PdfName.PART);
        part.put(PdfName.T, new PdfString(title, PdfObject.TEXT_UNICODE));
        return part;
    }

    private static void contents(ContentsPage contents, List<CareerDocument> documents, List<String> titles,
            Labels labels) {
        for (int d = 0; d < documents.size(); d++) {
            CareerDocument source = documents.get(d);
            if (documents.size() > 1) {
                contents.group(titles.get(d), firstAnchor(source, d));
            }
            for (int c = 0; c < source.careers().size(); c++) {
                contents.entry(Integer.toString(c + 1), source.careers().get(c).name(), anchor(d, c));
            }
            if (PageSection.has(source)) {
                contents.entry(null, labels.get("about.page"), pageAnchor(d));
            }
            if (!source.sources().isEmpty()) {
                contents.entry(null, labels.get("sources"), sourcesAnchor(d));
            }
        }
        contents.finish();
    }

    private static Checks joined(CompletableFuture<Checks> checks) {
        try {
            return checks.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * Every career of the documents, in order, typeset ahead on a second thread when there are
     * enough of them to pay for one: typesetting a career and measuring its tables is about a
     * third of the work of writing it (10,000 careers, PDF alone: 10.6 s → 9.0 s on two cores).
     */
    private static Lookahead<CareerSection.Composed> compose(List<CareerDocument> documents, CareerSection section,
            boolean ahead) {
        record Place(Career career, String anchor, int number, int count) {}
        var places = new ArrayList<Place>();
        for (int d = 0; d < documents.size(); d++) {
            List<Career> list = documents.get(d).careers();
            for (int c = 0; c < list.size(); c++) {
                places.add(new Place(list.get(c), anchor(d, c), c + 1, list.size()));
            }
        }
        IntFunction<CareerSection.Composed> typeset = i -> {
            Place place = places.get(i);
            return section.compose(place.career(), place.anchor(), place.number(), place.count());
        };
        return ahead
                ? Lookahead.onWorker(places.size(), typeset, COMPOSED_AHEAD, "careers-pdf-typesetter")
                : Lookahead.inline(places.size(), typeset);
    }

    private Rectangle pageSize() {
        return theme.pageSize() == Theme.PageSizeName.LETTER ? PageSize.LETTER : PageSize.A4;
    }

    // A page that states its date (front matter "date: 2018-12-16") was published then, not on the day
    // it is exported: its pay figures are that old. A combined brochure is dated by its export.
    private static Instant published(List<CareerDocument> documents, ExportOptions options) {
        if (documents.size() == 1) {
            var fields = documents.get(0).frontMatter();
            for (String key : List.of("date", "publish_date", "published", "pubDate", "dateposted", "datePosted",
                    "date_posted", "posted")) {
                java.time.LocalDate date = dateOf(fields.get(key));
                if (date != null) {
                    return date.atStartOfDay(ZoneOffset.UTC).toInstant();
                }
            }
        }
        return options.timestamp();
    }

    // "2018-12-16", "2018-12-16T10:00:00", or the day first as Europe writes it ("23-10-2022",
    // "23/10/2022", "23.10.2022"); null for anything else (the export's date then stands).
    private static java.time.LocalDate dateOf(String value) {
        if (value == null || value.strip().length() < 10) {
            return null;
        }
        String day = value.strip().substring(0, 10);
        try {
            return day.charAt(4) == '-' ? java.time.LocalDate.parse(day)
                    : java.time.LocalDate.parse(day.replace('/', '-').replace('.', '-'), DAY_FIRST);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    private static String coverDate(Labels labels, Instant timestamp) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(labels.locale())
                .format(timestamp.atZone(ZoneOffset.UTC));
    }

    private static GregorianCalendar calendar(Instant timestamp) {
        var calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(timestamp.toEpochMilli());
        return calendar;
    }

    /**
     * Loads the locale data behind the dates and amounts every brochure writes: the first calendar
     * and the first localized date of a process cost about 30 ms and 20 ms, the currency data of
     * the amounts about 5 ms (see {@link PdfExporter#prepare()}), and each further language about
     * 5 ms with its labels. The documents are not read yet, so this prepares the language of the
     * default locale when it is a supported one, then French and English; not all six, which would
     * spend some 20 ms more of a shared core on most runs.
     */
    static void prepareLocales() {
        new PdfDate(); // what OpenPDF stamps when a document opens, before stamp() replaces it
        calendar(Instant.EPOCH);
        var languages = new LinkedHashSet<String>();
        String own = Locale.getDefault().getLanguage();
        if (Languages.isSupported(own)) {
            languages.add(own);
        }
        languages.addAll(List.of("fr", "en"));
        for (String language : languages) {
            coverDate(Labels.of(language), Instant.EPOCH);
            AmountFormat.of(language);
        }
    }

    // OpenPDF stamps the current time and a random file ID; both come from the inputs instead.
    private static void stamp(PdfWriter writer, ExportOptions options, byte[] fileId) {
        var calendar = calendar(options.timestamp());
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(calendar));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(calendar));
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(fileId, fileId));
    }

    private Image logo(List<CareerDocument> documents, ExportOptions options) {
        Path path = theme.logo();
        if (path == null) {
            path = documents.stream().map(CareerDocument::logo).filter(l -> l != null).findFirst()
                    .map(Path::of).orElse(null);
        }
        if (path == null) {
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(path);
            Image image = Image.getInstance(bytes);
            if (image.getColorspace() == 4 && image.getOriginalType() == Image.ORIGINAL_JPEG) {
                image = Image.getInstance(CmykJpeg.toRgb(bytes)); // PDF/A allows no device CMYK here
            }
            image.scaleToFit(130, 90);
            return image;
        } catch (IOException | RuntimeException e) {
            options.diagnostics().report(Diagnostic.warning("pdf.logo-unreadable", 0, 0,
                    "the logo " + path + " cannot be read (" + e.getMessage() + "); the brochure has no logo"));
            return null;
        }
    }

    private static Map<BandGroup.Key, ChartScale> scales(List<CareerDocument> documents) {
        var scales = new LinkedHashMap<BandGroup.Key, ChartScale>();
        for (BandGroup group : BandGroup.of(documents)) {
            scales.put(group.key(), ChartScale.of(group));
        }
        return scales;
    }

    /** The document's title, or the file name of its source. */
    static String title(CareerDocument document) {
        String source = document.source();
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return document.titleOr(source.substring(slash + 1));
    }

    private static String anchor(int document, int career) {
        return "d" + document + "-c" + (career + 1);
    }

    private static String pageAnchor(int document) {
        return "d" + document + "-page";
    }

    private static String sourcesAnchor(int document) {
        return "d" + document + "-sources";
    }

    private static String firstAnchor(CareerDocument document, int index) {
        if (!document.careers().isEmpty()) {
            return anchor(index, 0);
        }
        return document.sources().isEmpty() ? null : sourcesAnchor(index);
    }

    // The seed of subset prefixes and the file ID: a hash of everything the output depends on.
    private byte[] digest(List<CareerDocument> documents, ExportOptions options) {
        return new ContentHash().add(documents)
                .add(options.timestamp() + "|" + options.toolVersion() + "|" + themeText).digest();
    }
}
