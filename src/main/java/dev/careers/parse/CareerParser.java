package dev.careers.parse;

import dev.careers.model.CareerDocument;
import dev.careers.model.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinTask;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Document;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown career pages into {@link CareerDocument}s. Tolerant: problems the parser can
 * recover from become diagnostics in the document; only a source that cannot be read as text at
 * all throws {@link SourceException}.
 *
 * <p>Configured once through {@link #builder()}, then immutable and safe to share across threads.
 *
 * @see <a href="../../../../../../README.md#input-format">the input format</a>
 */
public final class CareerParser {
    /** Default largest input accepted, in bytes (16 MiB). */
    public static final long DEFAULT_MAX_INPUT_BYTES = 16L * 1024 * 1024;
    /**
     * Files of two pieces or more are parsed a piece at a time: a piece's tree is a few megabytes,
     * which the collector frees young instead of copying a whole file's tree as it grows.
     */
    static final int PIECE_LENGTH = 256 * 1024;

    private final Parser markdown;
    private final String language;
    private final LogoResolver logoResolver;
    private final long maxInputBytes;
    private final int pieceLength;

    private CareerParser(Builder builder) {
        this.markdown = markdownParser().postProcessor(new ProseCodeBlocks(markdownParser().build())).build();
        this.language = builder.language;
        this.logoResolver = new LogoResolver(builder.resourceRoot);
        this.maxInputBytes = builder.maxInputBytes;
        this.pieceLength = builder.pieceLength;
    }

    private static Parser.Builder markdownParser() {
        return Parser.builder()
                .extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                .postProcessor(new ShallowSubLists())
                .postProcessor(new SymbolBullets())
                .postProcessor(new IconShortcodes())
                .postProcessor(new HtmlHeadingBlocks())
                .postProcessor(new TemplateTags());
    }

    /**
     * Loads the rules pages are read with (the job nouns, pay patterns and section words of six
     * languages) ahead of the first page. Optional: a caller with a spare core calls it on another
     * thread while it does other work, and the first page is read without waiting for them.
     */
    public static void prepare() {
        JobNames.jobOf("Data Engineer");
        PayFinder.find("Salaire : 45k€ - 60k€ brut par an", PayFinder.Context.PLAIN);
        SectionKind.of("Salaire");
        Levels.anywhere("Junior");
    }

    /** A parser with default settings. */
    public static CareerParser create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads and parses a file.
     *
     * @throws SourceException when the file is missing, unreadable, too large or not text
     */
    public CareerDocument parse(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new SourceException(name + ": is a folder, not a Markdown file");
            }
            long size = Files.size(file);
            checkSize(name, size);
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SourceException(name + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new SourceException(name + ": permission denied", e);
        } catch (IOException e) {
            throw new SourceException(name + ": cannot be read: " + e.getMessage(), e);
        }
        Path parent = file.getParent();
        return parse(bytes, name, parent != null ? parent : Path.of(""));
    }

    /**
     * Reads and parses a stream (such as standard input), which is not closed.
     *
     * @param source the name to report ("-" for standard input)
     * @param baseDir the folder that relative image paths are resolved against
     */
    public CareerDocument parse(InputStream in, String source, Path baseDir) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxInputBytes + 1));
            checkSize(source, bytes.length);
            return parse(bytes, source, baseDir);
        } catch (IOException e) {
            throw new SourceException(source + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Parses the bytes of a source. */
    public CareerDocument parse(byte[] bytes, String source, Path baseDir) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        String text = SourceDecoder.decode(bytes, source, diagnostics);
        return parse(text, source, baseDir, diagnostics);
    }

    /** Parses Markdown text. */
    public CareerDocument parse(String text, String source, Path baseDir) {
        return parse(text, source, baseDir, new ArrayList<>());
    }

    private CareerDocument parse(String text, String source, Path baseDir, List<Diagnostic> diagnostics) {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(source, "source must not be null");
        Path base = baseDir != null ? baseDir : Path.of("");
        String withFrontMatter = text.startsWith("\uFEFF") ? text.substring(1) : text;
        SourceDecoder.reportControlCharacters(withFrontMatter, diagnostics);
        FrontMatter frontMatter = FrontMatter.of(withFrontMatter, diagnostics);
        String body = BlockAttributes.blanked(frontMatter.body());
        String lang = language != null ? language : languageOf(frontMatter, body);
        List<Pieces.Piece> pieces = Pieces.of(body, pieceLength);
        if (pieces.size() > 1) {
            int reported = diagnostics.size();
            CareerDocument built = inPieces(body, pieces, source, base, lang, frontMatter, diagnostics);
            if (built != null) {
                return built;
            }
            diagnostics.subList(reported, diagnostics.size()).clear();
        }
        Document document = (Document) markdown.parse(body);
        var layout = new CareerLayout(frontMatter.get("title", "name"), jobField(frontMatter, body));
        layout.add(document);
        CareerLayout.Decision decision = layout.decide();
        if (layout.outlineRestsOnOneHeading(decision)) {
            // An article's sections, not careers: the page is about the job its text keeps naming.
            PageSubject subject = new PageSubject();
            subject.add(body.length() > 100_000 ? body.substring(0, 100_000) : body);
            CareerLayout.Decision questioned = layout.pageOfQuestionedTitle(decision);
            if (subject.named()) {
                decision = layout.pageOf(subject.name(), subject.mentions());
            } else if (questioned != null) {
                decision = questioned;
            }
        }
        var builder = new ModelBuilder(source, base, logoResolver, diagnostics, decision);
        builder.read(document, body, 0);
        return builder.finish(lang, frontMatter, decision, () -> body);
    }

    // A job board's or a profile's own field for the job: "job_title: Data Engineer", "metier: Actuaire".
    static String jobField(FrontMatter frontMatter) {
        // Not "position" nor "role": sites use them for the author's.
        return frontMatter.get("job_title", "jobtitle", "metier", "métier", "job", "beruf", "profession", "occupation",
                "mestiere", "professione", "profissao", "profissão", "profesion", "profesión");
    }

    // The front matter's field for the job, else the page's one labelled line naming it, else on a
    // page titled as a board of jobs ("Jobs", "Vacancies"), the bold line that opens it.
    private static String jobField(FrontMatter frontMatter, String body) {
        String field = jobField(frontMatter);
        field = field != null ? field : labelledJob(body);
        return field != null ? field : openingJob(frontMatter.get("title", "name"), body);
    }

    private static final Pattern BOARD_TITLE = Pattern.compile("(?i)(?:jobs|careers|vacanc(?:y|ies)|join us|work with us"
            + "|offres? d'emploi|recrutement|nous rejoindre|empleos?|trabaja con nosotros|vagas|trabalhe conosco"
            + "|stellenangebote|jobs bei uns|karriere|lavora con noi|posizioni aperte|open positions)");
    private static final Pattern OPENING_BOLD_LINE = Pattern.compile("^\\s*(?:\\*\\*|__)([^*_\\n]{2,60})(?:\\*\\*|__)[ \\t]*(?:\\n|$)");

    private static final Pattern LEVEL_ONE_HEADING = Pattern.compile("(?m)^ {0,3}#[ \\t]");
    private static final Pattern MARKUP_START = Pattern.compile("^\\s*(?:[#>|*+-]|\\d+[.)]|<)");

    // "title: Jobs" then "**Coordinator**" opening the page: the one vacancy the board holds. On a
    // page with no title at all, a short plain line of its opening paragraph naming a job
    // ("Nursing Educator - Remote" under a slug), as a job board's export writes its title.
    static String openingJob(String title, String body) {
        if (title != null && BOARD_TITLE.matcher(title.strip()).matches()) {
            java.util.regex.Matcher m = OPENING_BOLD_LINE.matcher(body);
            return m.find() && JobNames.jobOf(m.group(1).strip()) != null ? m.group(1).strip() : null;
        }
        String line = title == null ? openingTitleLine(body) : null;
        return line == null ? null : JobNames.jobOfTitle(line);
    }

    /**
     * On a page with no title at all (no level-1 heading; the front matter's is not looked at here),
     * the short plain line of its opening paragraph that names a job, as written: "Nursing Educator
     * - Remote". Null when none does.
     */
    static String openingTitleLine(String body) {
        if (LEVEL_ONE_HEADING.matcher(body).find()) {
            return null;
        }
        String opening = body.strip();
        int end = opening.indexOf("\n\n");
        String[] lines = (end < 0 ? opening : opening.substring(0, end)).split("\n");
        if (lines.length > 6) {
            return null;
        }
        for (String line : lines) {
            String plain = line.strip();
            if (plain.length() <= 60 && plain.contains(" ") && !MARKUP_START.matcher(plain).lookingAt()
                    && Amounts.firstDigit(plain, 0) < 0 && JobNames.jobOfTitle(plain) != null) {
                return plain;
            }
        }
        return null;
    }

    /** "## Career Title: Project Manager", "**Intitulé du poste :** Comptable": a template's field for the job. */
    private static final Pattern JOB_LABEL = Pattern.compile("(?im)^(?:#{1,6}\\s+|[-*+]\\s+|>\\s*)?[*_]*(?:career title|job title"
            + "|position title|intitul[ée] du poste|titre du poste|nom du poste|nombre del puesto|t[íi]tulo del puesto"
            + "|nome do cargo|t[íi]tulo do cargo|stellenbezeichnung|berufsbezeichnung|titolo della posizione)[*_]*\\s*:"
            + "[*_\\s]*([^*_\\n|]{2,60}?)[*_\\s]*$");

    // The job a page's labelled fields name, once or repeated; null when none or several do (a board of jobs).
    static String labelledJob(String body) {
        java.util.regex.Matcher m = JOB_LABEL.matcher(body.length() > 20_000 ? body.substring(0, 20_000) : body);
        if (!m.find()) {
            return null;
        }
        String job = m.group(1).strip();
        while (m.find()) {
            if (!m.group(1).strip().equalsIgnoreCase(job)) {
                return null;
            }
        }
        return job;
    }

    // A language the front matter states ("lang: pt-BR") wins over the words counted.
    private static String languageOf(FrontMatter frontMatter, String body) {
        String stated = frontMatter.get("lang", "language", "locale");
        if (stated != null && stated.length() >= 2) {
            String code = stated.substring(0, 2).toLowerCase(java.util.Locale.ROOT);
            if (dev.careers.model.Languages.isSupported(code)) {
                return code;
            }
        }
        return LanguageDetector.detect(body);
    }

    /**
     * Parses a large file piece by piece, each piece's tree read into the model and dropped before
     * the next but one is parsed: the next piece is parsed on a second thread while this one is
     * read. The first piece's headings tell the career level, which the whole file's must confirm;
     * null when it does not (the file is then parsed whole).
     */
    private CareerDocument inPieces(String body, List<Pieces.Piece> pieces, String source, Path base,
            String lang, FrontMatter frontMatter, List<Diagnostic> diagnostics) {
        var level = new CareerLayout(frontMatter.get("title", "name"), jobField(frontMatter, body));
        ModelBuilder builder = null;
        ForkJoinTask<Parsed> pending = ForkJoinTask.adapt(() -> parsed(body, pieces, 0)).fork();
        while (pending != null) {
            Parsed parsed = pending.join();
            pending = parsed.next() < pieces.size()
                    ? ForkJoinTask.adapt(() -> parsed(body, pieces, parsed.next())).fork() : null;
            level.add(parsed.document());
            if (builder == null) {
                builder = new ModelBuilder(source, base, logoResolver, diagnostics, level.decide());
            }
            builder.read(parsed.document(), parsed.text(), parsed.firstLine());
        }
        CareerLayout.Decision whole = level.decide();
        if (level.outlineRestsOnOneHeading(whole)) {
            return null; // an article about one job, read whole to name it
        }
        return builder.layout().sameReading(whole) ? builder.finish(lang, frontMatter, whole, () -> body) : null;
    }

    /** A piece parsed, and the index of the next piece to parse. */
    private record Parsed(Document document, String text, int firstLine, int next) {}

    // A piece that ends in a block that may go on is parsed with the rest of the file.
    private Parsed parsed(String body, List<Pieces.Piece> pieces, int index) {
        Pieces.Piece piece = pieces.get(index);
        String text = piece.of(body);
        Document document = (Document) markdown.parse(text);
        if (index + 1 < pieces.size() && Pieces.mayContinue(document.getLastChild())) {
            text = body.substring(piece.start());
            return new Parsed((Document) markdown.parse(text), text, piece.firstLine(), pieces.size());
        }
        return new Parsed(document, text, piece.firstLine(), index + 1);
    }

    private void checkSize(String name, long size) {
        if (size > maxInputBytes) {
            throw new SourceException(name + ": the file is larger than the limit of "
                    + maxInputBytes + " bytes (set --max-input-size to raise it)");
        }
    }

    /** Settings of a {@link CareerParser}. */
    public static final class Builder {
        private String language;
        private Path resourceRoot;
        private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
        private int pieceLength = PIECE_LENGTH;

        private Builder() {}

        /**
         * Forces the document language, one of {@link dev.careers.model.Languages#SUPPORTED}
         * ("fr", "en", "es", "pt", "de", "it"), instead of detecting it; null detects it.
         */
        public Builder language(String language) {
            if (language != null && !dev.careers.model.Languages.isSupported(language)) {
                throw new IllegalArgumentException("language '" + language + "' must be one of "
                        + dev.careers.model.Languages.listed());
            }
            this.language = language;
            return this;
        }

        /** Confines images named by sources to this folder. */
        public Builder resourceRoot(Path resourceRoot) {
            this.resourceRoot = resourceRoot;
            return this;
        }

        /** The largest input accepted, in bytes. */
        public Builder maxInputBytes(long maxInputBytes) {
            if (maxInputBytes < 1) {
                throw new IllegalArgumentException("maxInputBytes " + maxInputBytes + " must be >= 1");
            }
            this.maxInputBytes = maxInputBytes;
            return this;
        }

        /**
         * The length, in characters, of the pieces a large file is parsed in; the output does not
         * depend on it. For tests that cut small files.
         */
        Builder pieceLength(int pieceLength) {
            if (pieceLength < 1) {
                throw new IllegalArgumentException("pieceLength " + pieceLength + " must be >= 1");
            }
            this.pieceLength = pieceLength;
            return this;
        }

        public CareerParser build() {
            return new CareerParser(this);
        }
    }
}
