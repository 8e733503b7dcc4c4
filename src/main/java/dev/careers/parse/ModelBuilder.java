package dev.careers.parse;

import static dev.careers.parse.BlockReader.column;
import static dev.careers.parse.BlockReader.describe;
import static dev.careers.parse.BlockReader.firstBreak;
import static dev.careers.parse.BlockReader.firstLink;
import static dev.careers.parse.BlockReader.isComment;
import static dev.careers.parse.BlockReader.leafBlocks;
import static dev.careers.parse.BlockReader.segments;

import dev.careers.model.Career;
import dev.careers.model.CareerDocument;
import dev.careers.model.Constraint;
import dev.careers.model.Demand;
import dev.careers.model.DemandRole;
import dev.careers.model.Diagnostic;
import dev.careers.model.Level;
import dev.careers.model.Period;
import dev.careers.model.SectionHeading;
import dev.careers.model.OtherSection;
import dev.careers.model.Source;
import dev.careers.parse.BlockReader.Item;
import dev.careers.parse.BlockReader.Segment;
import dev.careers.parse.Drafts.BandDraft;
import dev.careers.parse.Drafts.CareerDraft;
import dev.careers.parse.Drafts.OtherDraft;
import dev.careers.parse.Drafts.SectionDraft;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;

/**
 * Walks the blocks of one parsed Markdown file into a {@link CareerDocument}. Tolerant: content
 * that fits nowhere is kept (in the introduction or an extra section) with a diagnostic, so
 * nothing of the source is dropped. Used once per document; not thread-safe.
 *
 * @see <a href="../../../../../../README.md#input-format">the input format</a>
 */
final class ModelBuilder {
    private static final java.math.BigDecimal IMPLAUSIBLE = java.math.BigDecimal.valueOf(100_000_000);
    private static final Pattern ACRONYM = Pattern.compile("\\((\\p{Lu}{2,6})\\)");
    /** Units the salary-section reading leaves to the pay finder: "₹3.5-4.5 LPA", "R$ 245 mil". */
    private static final Pattern INDIAN_UNITS = Pattern.compile("(?i)\\b(?:lpa|lakhs?|lacs?|crores?|cr|mil|mille)\\b");
    /** A text that opens with an amount, its currency maybe first: "45k€", "CHF 140'000", "$150,000". */
    private static final Pattern AMOUNT_FIRST = Pattern.compile("\\s*(?:[^\\s\\d]{1,4}\\s?)?[-−+~]?\\d");
    private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s<>()\"']+[^\\s<>()\"'.,;:!?]");
    private static final Set<String> INTRO_HEADINGS = Set.of("introduction", "presentation",
            "sommaire", "contents", "table of contents", "table des matieres", "overview", "apercu",
            "about", "a propos", "preambule", "avant propos", "avant-propos", "contexte", "context",
            "preface");

    private final String source;
    private final Path baseDir;
    private final LogoResolver logoResolver;
    private final List<Diagnostic> diagnostics;
    private final CareerLayout.Decision layout;
    private final Map<String, CareerDraft> careersByCore = new HashMap<>();
    private final Map<String, CareerDraft> careersByLooseCore = new HashMap<>();
    private final List<ProseBand> proseBands = new ArrayList<>();
    private final List<OtherDraft> sections = new ArrayList<>();
    private OtherDraft pageSection;
    /** How many top-level blocks were read, and the heading the page opens with (a title where it has none). */
    private int blocksRead;
    private String openingHeading;
    /** The layout the careers were read from when it is not the one decided before reading (prose clauses found at the end). */
    private CareerLayout.Kind layoutRead;
    /** Whether the pay being read stands in a list item (an entry of its own) rather than a paragraph. */
    private boolean readingItem;
    /** The place whose heading is open ("Houston, Texas"), labelling the pay under it, and its level. */
    private String placeHeading;
    private int placeLevel = Integer.MAX_VALUE;
    private int salaryLevel;
    private String bandHeading;
    /** The line of the first career, where the layout is reported. */
    private int layoutLine;
    /** Whether the last paragraph or heading spoke of pay (a list below it is then a list of pay). */
    private boolean payTalk;
    /** The career of the job a page is about, when it has one beside its other careers. */
    private CareerDraft pageCareer;
    /** The job a page's title names beside its careers, holding pay no career claims; else null. */
    private CareerDraft subjectCareer;
    /** Whether every bold line that opened a career so far is in capitals ("**ANALISTA DE DADOS**"). */
    private boolean capitalEntries = true;
    /** The page's whole text, read only when a page writes no currency (see finishCareers). */
    private java.util.function.Supplier<String> pageText;
    private ListBlock itemsOf;
    private Paragraph memoParagraph;
    private String memoText;
    private List<Item> items;
    /** The text of the last paragraph read in a career, whose words may make the list below it a list of pay. */
    private String lastParagraph;
    /** The text of the last heading read, for what a table leaves to the page. */
    private String lastHeading;
    /** Whether that heading speaks of pay or asks what a job earns ("How much can a dentist make …?"). */
    private boolean lastHeadingAsksPay;
    /** The headings the blocks now stand under, by level (index 1 to 6). */
    private final String[] headingAt = new String[7];
    private final List<Unassigned> unassigned = new ArrayList<>();

    private BlockReader blocks;
    private boolean anyBlock;
    private String title;
    private String logo;
    private final List<String> introduction = new ArrayList<>();
    private final List<CareerDraft> careers = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();
    private CareerDraft career;
    private SectionDraft section;
    private boolean inSources;
    private String sourcesHeading;

    /** A builder for a document whose careers are laid out as decided (see {@link CareerLayout}). */
    ModelBuilder(String source, Path baseDir, LogoResolver logoResolver, List<Diagnostic> diagnostics,
            CareerLayout.Decision layout) {
        this.source = source;
        this.baseDir = baseDir;
        this.logoResolver = logoResolver;
        this.diagnostics = diagnostics;
        this.layout = layout;
    }

    /** The layout this builder was made for. */
    CareerLayout.Decision layout() {
        return layout;
    }

    /**
     * Reads the blocks of the next part of the file: the tree parsed from its text, which starts
     * after so many lines of the file.
     */
    void read(Document document, String markdown, int firstLine) {
        blocks = new BlockReader(markdown, firstLine);
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            anyBlock = true;
            block(block);
        }
    }

    /** The document of every part read. */
    CareerDocument finish(String language, FrontMatter frontMatter, CareerLayout.Decision whole,
            java.util.function.Supplier<String> pageText) {
        this.pageText = pageText;
        placeHeading = null; // pay placed after the reading (unassigned, the title's) is under no place heading
        gradesOfOneJob();
        // Reported with the counts of the whole file (a large file's builder is made from its first piece).
        boolean plainDefault = whole.kind() == CareerLayout.Kind.OUTLINE && whole.level() == 2;
        if (layoutLine > 0 && !plainDefault) {
            String origin = switch (whole.kind()) {
                case HEADINGS -> "heading";
                case BOLD_LINES -> "bold-line";
                case LEAD_LINES -> "lead-line";
                case LIST_ITEMS -> "list-item";
                case TABLE_ROWS -> "table-row";
                default -> "";
            };
            diagnostics.add(Diagnostic.info("careers.layout", layoutLine, 1,
                    whole.describe((int) careers.stream().filter(c -> c.origin.equals(origin)).count())));
        }
        if (title == null) {
            title = frontMatter.get("title", "name");
            if (title != null) {
                title = JobNames.clean(title);
            }
        }
        // "$" on a page about México is a peso: the title and the metadata name the country.
        String dollar = PayFinder.dollarOf(String.join(" ", title == null ? "" : title,
                frontMatter.get("title", "name") == null ? "" : frontMatter.get("title", "name"),
                frontMatter.get("description", "summary") == null ? "" : frontMatter.get("description", "summary")));
        careerOfPaySentences();
        assignUnplacedPay();
        rehomeProsePay();
        frontMatterPay(frontMatter);
        titlePay();
        frameWithoutPay();
        List<Career> built = finishCareers(language, dollar);
        titleWhereNone(frontMatter);
        reportEmptiness(built);
        List<OtherSection> builtSections = new ArrayList<>();
        for (OtherDraft o : sections) {
            builtSections.add(new OtherSection(o.heading, o.paragraphs, o.items, o.rows, o.line));
        }
        // Clauses read as careers name the layout only when every career is one (not beside an outline's).
        boolean clauses = layoutRead != null && careers.stream().allMatch(c -> c.origin.equals("lead-line"));
        return new CareerDocument(CareerDocument.SCHEMA_VERSION, source, title, logo, language,
                frontMatter.fields(), (clauses ? layoutRead : layout.kind()).id(), introduction, built, builtSections,
                sourcesHeading, sources, diagnostics);
    }

    // "Firefighter 4th Year" … "Firefighter Recruit": the entries are the grades of one job.
    private void gradesOfOneJob() {
        if (!isEntryLayout() && layout.kind() != CareerLayout.Kind.HEADINGS) {
            return;
        }
        CareerDraft job = JobGrades.merged(careers);
        if (job == null) {
            return;
        }
        diagnostics.add(Diagnostic.info("careers.grades", job.line, 1, "The entries " + JobGrades.listed(careers)
                + " are grades of one job, '" + job.name + "': they are read as one career, each grade a band of its pay."));
        Set<CareerDraft> entries = new HashSet<>(careers);
        careers.clear();
        careers.add(job);
        careersByCore.replaceAll((core, c) -> entries.contains(c) ? job : c);
        careersByLooseCore.replaceAll((core, c) -> entries.contains(c) ? job : c);
        careersByCore.putIfAbsent(JobNames.strictCore(job.name), job);
        careersByLooseCore.putIfAbsent(JobNames.core(job.name), job);
        career = entries.contains(career) ? job : career;
    }

    // ----------------------------------------------------------------------------------------
    // Blocks at the top of the document

    private void block(Node block) {
        if (blocksRead++ == 0 && block instanceof Heading opening && !isSetextParagraph(opening)) {
            openingHeading = JobNames.clean(InlineText.ofHeading(opening));
        }
        if (layout.pageJob() != null && pageCareer == null && careers.isEmpty()
                && !(block instanceof Heading h1 && h1.getLevel() == 1 && title == null && layout.h1IsTitle())) {
            startCareer(capitalised(JobNames.asName(layout.pageJob())), blocks.line(block), "page");
            pageCareer = career;
        }
        if (block instanceof Paragraph p && Entries.isDrawnRule(p)) {
            return; // "==========": a rule drawn with characters, as a thematic break is
        }
        if (block instanceof HtmlBlock html && HtmlHeadings.level(html.getLiteral()) > 0) {
            headingText(HtmlHeadings.level(html.getLiteral()), HtmlHeadings.text(html.getLiteral()), blocks.line(block), 1, null);
            return;
        }
        if (block instanceof Heading h) {
            heading(h);
        } else if (block instanceof ThematicBreak) {
            return; // a separator, not content
        } else if (block instanceof BlockQuote quote && isSourcesQuote(quote)) {
            sourcesQuote(quote);
        } else if (block instanceof BlockQuote quote) {
            for (Node inner : leafBlocks(quote)) {
                content(inner);
            }
        } else {
            content(block);
        }
    }

    private void heading(Heading h) {
        int line = blocks.line(h);
        if (isSetextParagraph(h)) {
            diagnostics.add(Diagnostic.warning("heading.setext-paragraph", line, column(h),
                    "These lines followed by '---' read as a heading; they are kept as a paragraph "
                            + "and the '---' as a separator (add a blank line before '---' to say so)."));
            paragraphText(InlineText.of(h), line);
            return;
        }
        headingText(h.getLevel(), InlineText.ofHeading(h), line, column(h), h);
    }

    private void headingText(int level, String text, int line, int column, Heading h) {
        if (level == 1 && title == null && career == null && layout.level() != 1 && layout.h1IsTitle()) {
            title = text;
            if (h != null) {
                readLogo(h, line);
            }
            return;
        }
        if (level <= placeLevel) {
            placeHeading = null;
            placeLevel = Integer.MAX_VALUE;
        }
        headingAt[level] = text;
        java.util.Arrays.fill(headingAt, level + 1, headingAt.length, null);
        SectionKind kind = SectionKind.of(text);
        if (kind == SectionKind.SOURCES) {
            inSources = true;
            sourcesHeading = sourcesHeading == null ? text : sourcesHeading + " · " + text;
            return;
        }
        inSources = false;
        if (salaryLevel > 0 && level <= salaryLevel) {
            salaryLevel = 0;
            bandHeading = null;
        }
        boolean underSalary = salaryLevel > 0;
        payTalk = false;
        lastParagraph = null;
        lastHeading = text;
        lastHeadingAsksPay = isPayWord(text) || JobNames.askedJob(text) != null;
        String job = layout.careerHeading(level, text, underSalary);
        boolean outline = layout.kind() == CareerLayout.Kind.OUTLINE;
        String role = job != null && !outline && h != null ? Entries.roleOf(h.getNext()) : null;
        if (job != null && outline && career == null && INTRO_HEADINGS.contains(Words.fold(text))) {
            diagnostics.add(Diagnostic.info("intro.heading", line, column,
                    "The heading '" + text + "' comes before the first career; its content is kept as introduction."));
            introduction.add(text);
        } else if (job != null && role != null && JobNames.jobOf(text) == null) {
            // "#### Acme Ltd (2014 - 2016)" then "Role: Java Developer": the career is the role; the
            // heading, as written, opens its text.
            startCareer(JobNames.asName(role), JobNames.jobOf(role), line, "heading");
            career.summary.add(text);
        } else if (job != null && !outline && JobNames.jobOf(text) == null && JobNames.describedJob(text) != null) {
            // "Who Are Civil Engineers?": the career is the job asked about; the question opens its text.
            startCareer(job, job, line, "heading");
            career.summary.add(text);
        } else if (job != null) {
            // The heading as written is the name ("¿Cuánto gana un programador?"); the job it
            // names tells a repeat.
            startCareer(JobNames.asName(text), outline ? text : job, line, "heading");
        } else if (layout.kind() == CareerLayout.Kind.HEADINGS && level <= layout.level() && careerInParentheses(text) != null) {
            // "Custo Total FTE por País (DevOps Engineer)": more about a career already read.
            CareerDraft named = careerInParentheses(text);
            diagnostics.add(Diagnostic.info("heading.names-career", line, column, "The heading '" + text
                    + "' names the career '" + named.name + "' in its parentheses; what it holds is that career's."));
            career = named;
            section = new SectionDraft(kind, text, line);
            career.open(section);
            bandHeading = null;
            payTalk = isPayWord(text);
        } else if (layout.kind() == CareerLayout.Kind.HEADINGS && level <= layout.level() || isEntryLayout() && level > 1
                || outline && level == layout.level() && !layout.entryHeadings().isEmpty()) {
            pageSection(text, line, column, "a section of the page, not a career");
        } else if (outline && level < layout.level() && career == null) {
            diagnostics.add(Diagnostic.info("heading.unplaced", line, column, "The heading '"
                    + text + "' is above the careers' level; it is kept in the introduction."));
            introduction.add(text);
        } else if (outline && level < layout.level()) {
            diagnostics.add(Diagnostic.info("heading.unplaced", line, column, "The heading '"
                    + text + "' is above the careers' level; it is kept as an extra section of '"
                    + career.name + "'."));
            section = new SectionDraft(SectionKind.OTHER, text, line);
            career.open(section);
        } else if (career == null && pageSection != null) {
            pageSection(text, line, column, "part of the page's section");
        } else if (career == null) {
            diagnostics.add(Diagnostic.info("intro.unplaced", line, column, "The heading '"
                    + text + "' comes before the first career; it is kept in the introduction."));
            introduction.add(text);
        } else if (underSalary) {
            // "#### Entry level (0–2 years)" inside the salary section: the label of the bands below.
            bandHeading = text;
            // Kept with the section's text: the salary panel keeps the section's own heading.
            career.other(section.heading, section.line).paragraphs.add(text);
            for (PayFinder.Found found : PayFinder.find(text, true)) {
                addBand(text, found.reading(), text, line, column, "heading");
            }
        } else {
            section = new SectionDraft(kind, text, line);
            career.open(section);
            if (kind == SectionKind.SALARY) {
                salaryLevel = level;
            }
            // "#### 3. Estonia" then "**Typical salary**: €18,000 - €26,000": the pay of that place,
            // whatever labels its own lines give ("Houston, Texas · Entry-level").
            if (Places.isPlace(text)) {
                placeHeading = Places.name(text);
                placeLevel = level;
            }
            bandHeading = null;
            // "#### Median Base Salary: $122,585": pay in the heading itself.
            for (PayFinder.Found found : PayFinder.find(text, kind == SectionKind.SALARY)) {
                addBand(LeadIn.ofPlain(text).lead() != null ? LeadIn.ofPlain(text).lead() : text, found.reading(),
                        text.substring(found.start()), line, column, "heading");
            }
        }
    }

    private boolean isEntryLayout() {
        return layout.kind() == CareerLayout.Kind.BOLD_LINES || layout.kind() == CareerLayout.Kind.LIST_ITEMS
                || layout.kind() == CareerLayout.Kind.TABLE_ROWS || layout.kind() == CareerLayout.Kind.LEAD_LINES;
    }

    // A heading of the article (introduction, conclusion, "how to become…"): it ends the career
    // before it, and what follows is kept as a section of the page.
    private void pageSection(String text, int line, int column, String why) {
        if (career == null && sections.isEmpty() && pageSection == null && careers.isEmpty()) {
            diagnostics.add(Diagnostic.info("intro.unplaced", line, column, "The heading '"
                    + text + "' comes before the first career; it is kept in the introduction."));
            introduction.add(text);
            return;
        }
        career = null;
        section = null;
        salaryLevel = 0;
        pageSection = new OtherDraft(text, line);
        sections.add(pageSection);
        diagnostics.add(Diagnostic.info("section.page", line, column, "The heading '" + text + "' is " + why
                + "; its content is kept as a section of the page."));
    }

    private void readLogo(Heading h, int line) {
        var html = new StringBuilder();
        for (Node n = h.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof HtmlInline inline) {
                html.append(inline.getLiteral());
            }
        }
        String reference = LogoResolver.imageReference(html.toString());
        if (reference != null) {
            logo = logoResolver.resolve(reference, baseDir, line, diagnostics);
        }
    }

    private void startCareer(String name, int line, String origin) {
        startCareer(name, name, line, origin);
    }

    private void startCareer(String name, String job, int line, String origin) {
        if (layoutLine == 0) {
            layoutLine = line;
        }
        section = null;
        pageSection = null;
        salaryLevel = 0;
        bandHeading = null;
        String core = JobNames.strictCore(job);
        boolean outline = layout.kind() == CareerLayout.Kind.OUTLINE;
        CareerDraft same = outline || core.isEmpty() ? null : careersByCore.get(core);
        if (same == null && !outline && !careersByLooseCore.isEmpty() && JobNames.askedJob(JobNames.clean(name)) != null) {
            // "How much does a senior nurse earn?" after "Nurse": the levels of one job; "… an
            // American nurse make …", the same job for other earners.
            same = careersByLooseCore.get(JobNames.core(job));
            same = same != null ? same : careersByLooseCore.get(JobNames.coreWithoutOrigin(job));
        }
        if (same != null) {
            // The same job shown again (its pay further down the page): one career.
            diagnostics.add(Diagnostic.info("career.repeated", line, 1, "'" + name + "' is the career '"
                    + same.name + "' of line " + same.line + " again; what follows is added to it."));
            career = same;
            if (origin.equals("heading") && !name.equals(same.name)) {
                // "How much can a British dentist make in Canada?": its words head what follows.
                section = new SectionDraft(SectionKind.OTHER, name, line);
                career.open(section);
            }
            return;
        }
        Matcher acronym = ACRONYM.matcher(name);
        career = new CareerDraft(name, acronym.find() ? acronym.group(1) : null, line, origin);
        careers.add(career);
        careersByCore.putIfAbsent(core, career);
        careersByLooseCore.putIfAbsent(JobNames.core(job), career);
    }

    // ----------------------------------------------------------------------------------------
    // Content blocks, by where they stand

    private void content(Node block) {
        if (block instanceof HtmlBlock html && isComment(html.getLiteral())) {
            return; // comments are not content
        }
        if (block instanceof Paragraph p && !inSources && (section == null || section.kind != SectionKind.SALARY)) {
            keepStruckOut(p); // the salary section keeps its paragraphs as written itself
        }
        if (inSources) {
            sourceBlock(block);
        } else if (columnCareers(block)) {
            return;
        } else if (isEntryLayout() && entryBlock(block)) {
            return;
        } else if (block instanceof Paragraph p && (sentenceEntries(p) || rankedEntry(p))) {
            return;
        } else if (career == null && pageSection != null) {
            addTo(pageSection, block);
            // "**Months 1-3:**" above "- Earnings: €900-1800": the bold line labels the pay below it.
            bandHeading = block instanceof Paragraph p && isBoldHeading(p) ? withoutClosingColon(textOf(p))
                    : block instanceof ListBlock ? bandHeading : null;
            findPay(block);
        } else if (career == null) {
            introBlock(block);
            findPay(block);
        } else if (block instanceof Paragraph p && isBoldHeading(p)) {
            boldHeading(textOf(p), blocks.line(p), p);
        } else if (section == null) {
            careerBodyBlock(block);
            findPay(block);
        } else {
            sectionBlock(block);
            if (section.kind != SectionKind.SALARY) {
                findPay(block);
            }
        }
    }

    // "Private Hospital Nurse: AED 4,000-8,000 per month. Home Care Nurse: AED 5,000-9,000 per
    // month. …": a list written as sentences, each naming another job with its pay. Each is a career
    // of its own; what follows stays with the career the paragraph stood in.
    private boolean sentenceEntries(Paragraph p) {
        String text = textOf(p);
        if (!PayFinder.mayHoldPay(text)) {
            return false;
        }
        String ownCore = career == null ? "" : JobNames.core(JobNames.jobOrName(career.name));
        List<LeadIn> entries = new ArrayList<>();
        List<String> preface = new ArrayList<>();
        for (int start = 0; start < text.length(); ) {
            int end = Sentences.end(text, start);
            String sentence = text.substring(start, end).strip();
            start = end + 1;
            if (sentence.isEmpty()) {
                continue;
            }
            LeadIn lead = LeadIn.ofPlain(sentence);
            String job = lead.lead() == null ? null : JobNames.jobOf(lead.lead());
            if (job != null && !JobNames.core(job).equals(ownCore) && !PayFinder.find(lead.rest(), PayFinder.Context.PAY).isEmpty()) {
                entries.add(lead);
                continue;
            }
            // "um Enfermeiro Chefe recebe em média R$ 3.140,00 e um Enfermeiro Obstetra possui
            // média salarial de R$ 3.718,80": each clause a job and what it earns.
            boolean prefaced = lead.lead() != null && job == null;
            List<LeadIn> clauses = Entries.earningClauses(prefaced ? lead.rest() : sentence);
            // "um Enfermeiro Chefe recebe …" on a page about the enfermeiro: posts of the page's own
            // job named in passing, bands of its career as a reader keeps them, not careers.
            if (clauses.isEmpty() || clauses.stream().anyMatch(c -> JobNames.core(JobNames.jobOf(c.lead())).equals(ownCore)
                    || career != null && sharesJobNoun(JobNames.jobOf(c.lead()), career))) {
                return false;
            }
            if (prefaced) {
                preface.add(lead.lead() + ":"); // "Algumas especialidades pagam mais:" stays with the page
            }
            entries.addAll(clauses);
        }
        if (entries.size() < 3) {
            return false;
        }
        int line = blocks.line(p);
        preface.forEach(words -> paragraphText(words, line));
        CareerDraft enclosing = career;
        SectionDraft enclosingSection = section;
        if (careers.isEmpty() && layout.kind() == CareerLayout.Kind.OUTLINE) {
            layoutRead = CareerLayout.Kind.LEAD_LINES; // nothing else on the page holds careers so far
        }
        for (LeadIn entry : entries) {
            startCareer(capitalised(JobNames.asSubject(entry.lead())), JobNames.jobOf(entry.lead()), line, "lead-line");
            career.summary.add(entry.rest());
            pay(new LeadIn(null, entry.rest()), entry.rest(), line, 1, PayFinder.Context.PAY);
        }
        career = enclosing;
        section = enclosingSection;
        return true;
    }

    /** "1. Certified Registered Nurse Anesthetist ($181,040) The highest paid …": a ranked job and its pay. */
    private static final Pattern RANKED_ENTRY = Pattern.compile("^\\d{1,3}[.)]\\s+([^()]{3,80}?)\\s*\\(([^()]*\\d[^()]*)\\)");

    // On a page read by its headings or about one job, a paragraph that opens with a rank, a job and
    // its pay in parentheses is an entry of a ranking written without a list (the "1." escaped, as
    // pages converted from HTML write it): a career of its own, with the pay its text gives.
    private boolean rankedEntry(Paragraph p) {
        if (layout.kind() != CareerLayout.Kind.HEADINGS && layout.kind() != CareerLayout.Kind.PAGE) {
            return false;
        }
        String text = textOf(p);
        Matcher ranked = RANKED_ENTRY.matcher(text);
        if (!ranked.find() || PayFinder.find(ranked.group(2), PayFinder.Context.PAY).isEmpty()) {
            return false;
        }
        String name = ranked.group(1).strip();
        String job = JobNames.jobOf(name);
        String ownCore = career == null ? "" : JobNames.core(JobNames.jobOrName(career.name));
        if (job == null || !JobNames.core(job).equals(JobNames.core(name)) || JobNames.core(job).equals(ownCore)) {
            return false; // "1. Average salary ($52,000)", or a rung of the page's own job
        }
        String rest = text.substring(ranked.start(2) - 1).strip();
        entryBeside(name, job, rest, blocks.line(p), 1, "lead-line").summary.add(rest);
        return true;
    }

    // An entry met in the text of the career being read: a career of its own (or that job's again)
    // with the pay its text gives (none when text is null), whatever job its later sentences name;
    // the career being read, and where in it the reading stands, stay as they were.
    private CareerDraft entryBeside(String name, String job, String text, int line, int column, String origin) {
        CareerDraft enclosing = career;
        SectionDraft enclosingSection = section;
        OtherDraft enclosingPageSection = pageSection;
        int enclosingSalaryLevel = salaryLevel;
        String enclosingBandHeading = bandHeading;
        startCareer(name, job, line, origin);
        CareerDraft entry = career;
        if (text != null) {
            bandHeading = null;
            pay(new LeadIn(null, text), text, line, column, PayFinder.Context.PAY);
            proseBands.removeIf(prose -> prose.career() == entry);
        }
        career = enclosing;
        section = enclosingSection;
        pageSection = enclosingPageSection;
        salaryLevel = enclosingSalaryLevel;
        bandHeading = enclosingBandHeading;
        return entry;
    }

    // A line's bold entry name: alone, or before a dash and its description.
    private static String boldEntry(Segment segment) {
        String bold = Entries.boldLine(segment.first(), segment.end());
        return bold != null ? bold : Entries.boldBeforeDash(segment.first(), segment.end());
    }

    // A paragraph that is one short bold line ("**Responsibilities:**", "**Fresher (0-1 year):**")
    // reads as a small heading.
    private static boolean isBoldHeading(Paragraph p) {
        String bold = Entries.boldLine(p.getFirstChild(), null);
        return bold != null && firstBreak(p) == null && bold.split("\\s+").length <= 8;
    }

    private static String withoutClosingColon(String text) {
        return text.replaceFirst("\\s*:\\s*$", "");
    }

    private void boldHeading(String text, int line, Paragraph p) {
        String name = withoutClosingColon(text);
        SectionKind kind = SectionKind.of(name);
        if (layout.kind() == CareerLayout.Kind.BOLD_LINES && capitalEntries && inCapitals(name) && kind == SectionKind.OTHER
                && Levels.anywhere(name) == Level.OTHER && !PayFinder.mayHoldPay(name)) {
            // "**BREAKDOWN POR CIDADE**" after "**ANALISTA DE DADOS**": set as the careers are, and no job.
            pageSection(name, line, 1, "a bold line set as the careers' are but naming no job, so a section of the page");
            return;
        }
        boolean inSalary = section != null && section.kind == SectionKind.SALARY;
        // "**Major Employers:**", "**Cost of Living Breakdown:**" after "**Salary Details:**": a new
        // topic, not a label of the pay, when what follows gives no pay or the label names costs.
        boolean newTopic = inSalary && kind == SectionKind.OTHER && Levels.anywhere(name) == Level.OTHER
                && !PayFinder.mayHoldPay(name) && (PayFinder.namesCost(name) || !holdsPay(p.getNext()));
        if (!newTopic && (inSalary || Levels.anywhere(name) != Level.OTHER || PayFinder.mayHoldPay(name))) {
            // A level's label: the pay below it is that level's. The line stays where it stands.
            bandHeading = name;
            payTalk = true;
            // "**FAANG & Top Product (₹12-25 LPA for freshers):**": the label's own pay.
            for (PayFinder.Found found : PayFinder.find(name, PayFinder.Context.PAY)) {
                addBand(name, found.reading(), name.substring(found.start(), found.end()), line, 1, "heading");
            }
            if (inSalary) {
                career.other(section.heading, section.line).paragraphs.add(text);
            } else if (section == null) {
                careerBodyBlock(p);
            } else {
                sectionBlock(p);
            }
            return;
        }
        section = new SectionDraft(kind, name, line);
        career.open(section);
        bandHeading = null;
        payTalk = isPayWord(name);
    }

    // Whether a paragraph or a list (its first items) gives an amount read as pay in a salary section.
    private boolean holdsPay(Node block) {
        String text = block instanceof Paragraph next ? textOf(next)
                : block instanceof ListBlock list ? items(list).stream().limit(8).map(Item::text)
                        .collect(java.util.stream.Collectors.joining("\n")) : null;
        return text != null && PayFinder.mayHoldPay(text) && !PayFinder.find(text, PayFinder.Context.SALARY).isEmpty();
    }

    // ----------------------------------------------------------------------------------------
    // Careers without headings: bold lines and list items that name a job

    private boolean entryBlock(Node block) {
        if (layout.kind() == CareerLayout.Kind.BOLD_LINES && block instanceof Paragraph p) {
            if (segments(p).stream().map(ModelBuilder::boldEntry).noneMatch(b -> b != null && JobNames.jobOf(b) != null)) {
                return false;
            }
            int line = blocks.line(p);
            for (Segment segment : segments(p)) {
                String bold = boldEntry(segment);
                String job = bold == null ? null : JobNames.jobOf(bold);
                Node from = segment.first();
                String dashed = job == null ? null : Entries.boldBeforeDash(segment.first(), segment.end());
                if (dashed != null) {
                    // "**Registered Nurse** -An RN provides…": the name, then its description.
                    startCareer(JobNames.asName(bold), job, line + segment.offset(), "bold-line");
                    capitalEntries &= inCapitals(bold);
                    String text = Entries.DASH_THEN_WORDS.matcher(InlineText.range(Entries.afterBoldName(segment.first()), segment.end()))
                            .replaceFirst("");
                    career.summary.add(text);
                    pay(shortLead(text), text, line + segment.offset(), 1, PayFinder.Context.PLAIN);
                    continue;
                }
                if (job != null) {
                    startCareer(JobNames.asName(bold), job, line + segment.offset(), "bold-line");
                    capitalEntries &= inCapitals(bold);
                    // "**Junior Software Engineer (annuo lordo):**": the list below is its pay.
                    payTalk = labelsPay(bold);
                    // The lines after the bold one in the same segment are the career's text.
                    from = null;
                    for (Node n = segment.first(); n != null && n != segment.end(); n = n.getNext()) {
                        if (n instanceof org.commonmark.node.SoftLineBreak || n instanceof org.commonmark.node.HardLineBreak) {
                            from = n.getNext();
                            break;
                        }
                    }
                    if (from == null || from == segment.end()) {
                        continue;
                    }
                }
                String text = InlineText.range(from, segment.end());
                if (career == null) {
                    introduction.add(text);
                    continue;
                }
                career.summary.add(text);
                LeadIn leadIn = LeadIn.ofRange(from, segment.end());
                // "$83,000 – $108,000" alone on a line of the entry: its pay, as a job board lists it.
                pay(leadIn.lead() != null ? leadIn : shortLead(text), text, line + segment.offset(), 1,
                        hasAmountLine(from, segment.end()) ? PayFinder.Context.PAY : PayFinder.Context.PLAIN);
            }
            return true;
        }
        if (layout.kind() == CareerLayout.Kind.LEAD_LINES && block instanceof Paragraph p) {
            return leadLines(p);
        }
        if (layout.kind() == CareerLayout.Kind.TABLE_ROWS) {
            List<List<String>> rows = block instanceof TableBlock table ? blocks.rows(table)
                    : block instanceof HtmlBlock html ? HtmlTables.rows(html.getLiteral()) : List.of();
            if (Entries.rowJobs(rows).isEmpty()) {
                return levelTable(rows, blocks.line(block));
            }
            tableCareers(rows, blocks.line(block), block);
            if (block instanceof HtmlBlock html) {
                // What the HTML block holds beside its table stays with the page.
                addIfNotEmpty(sections.isEmpty() ? introduction : sections.get(sections.size() - 1).paragraphs,
                        HtmlTables.outsideTables(html.getLiteral()));
            }
            return true;
        }
        if (layout.kind() == CareerLayout.Kind.LIST_ITEMS && block instanceof ListBlock list) {
            boolean any = false;
            for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof ListItem li && itemEntry(li) != null) {
                    any = true;
                }
            }
            if (!any) {
                return false;
            }
            boolean entriesByShape = entriesByShape(list);
            for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
                if (!(n instanceof ListItem li)) {
                    continue;
                }
                String job = itemEntry(li);
                if (job == null && entriesByShape && (isBareLeadWithItems(li) || isBoldLeadWithText(li) || isNameWithPay(li))
                        && !groupsJobs(li)) {
                    job = Entries.itemLead(li); // "**Street Magician**" among "**Union Carpenter**", "**Medical Coder**"…
                }
                int line = blocks.line(li);
                String text = ownText(li);
                if (job != null) {
                    String lead = Entries.itemLead(li);
                    startCareer(JobNames.asName(lead), job, line, "list-item");
                    int at = text.indexOf(lead);
                    String rest = at >= 0 ? text.substring(at + lead.length()) : text;
                    rest = rest.replaceFirst("^[\\s*_:–—-]+", "").strip();
                    if (!rest.isEmpty()) {
                        career.summary.add(rest);
                        // "IT Team Leader salary: CHF 129,750+": the lead says it is pay; so does
                        // a few words after a job's name ("hasta 70.000 €"), when they name a currency.
                        pay(new LeadIn(null, rest), rest, line, 1, onlyAmounts(rest) || isPayWord(lead) ? PayFinder.Context.SALARY
                                : rest.split("\\s+").length <= 6 ? PayFinder.Context.PAY : PayFinder.Context.PLAIN);
                    }
                } else if (groupsJobs(li)) {
                    groupedCareers(li, text);
                    continue;
                } else if (career != null) {
                    career.responsibilities.add(text);
                    pay(new LeadIn(null, text), text, line, 1, PayFinder.Context.PLAIN);
                } else {
                    introduction.add(text);
                }
                // "- **Junior Software Engineer**" then "  - **Italia**: €25k–€35k": the job's facts.
                for (Node nested = li.getFirstChild(); nested != null; nested = nested.getNext()) {
                    if (nested instanceof ListBlock sub) {
                        for (Item item : items(sub)) {
                            if (career != null) {
                                career.responsibilities.add(item.text());
                                LeadIn leadIn = itemLeadIn(item);
                                pay(leadIn.lead() != null ? leadIn : shortLead(item.text()), item.text(), item.line(),
                                        item.column(), PayFinder.Context.PAY);
                            } else {
                                introduction.add(item.text());
                            }
                        }
                    }
                }
            }
            return true;
        }
        return false;
    }

    // "- Infraestrutura:" then "  - Gerente: R$ 10.265": an area that groups jobs, each nested
    // item leading with a job and its pay.
    private static boolean groupsJobs(ListItem item) {
        boolean any = false;
        for (Node nested = item.getFirstChild(); nested != null; nested = nested.getNext()) {
            if (nested instanceof ListBlock sub) {
                for (Node n = sub.getFirstChild(); n != null; n = n.getNext()) {
                    if (!(n instanceof ListItem li) || Entries.itemJob(li) == null || !Entries.leadsToAmount(li)) {
                        return false;
                    }
                    any = true;
                }
            }
        }
        return any;
    }

    // Each nested item a career named with its area ("Infraestrutura: Gerente"), the rest of its line its pay.
    private void groupedCareers(ListItem item, String area) {
        String group = area.replaceFirst("[\\s:–—-]+$", "");
        for (Node nested = item.getFirstChild(); nested != null; nested = nested.getNext()) {
            if (nested instanceof ListBlock sub) {
                for (Item entry : items(sub)) {
                    String lead = entry.paragraph() != null && entry.paragraph().getParent() instanceof ListItem li
                            ? Entries.itemLead(li) : null;
                    if (lead == null || JobNames.jobOf(lead) == null) {
                        career.responsibilities.add(entry.text()); // deeper: the facts of the career above
                        pay(new LeadIn(null, entry.text()), entry.text(), entry.line(), entry.column(), PayFinder.Context.PAY);
                        continue;
                    }
                    startCareer(group + ": " + JobNames.asName(lead), JobNames.jobOf(lead) + " " + group, entry.line(),
                            "list-item");
                    int at = entry.text().indexOf(lead);
                    String rest = (at >= 0 ? entry.text().substring(at + lead.length()) : entry.text())
                            .replaceFirst("^[\\s*_:–—-]+", "").strip();
                    career.summary.add(rest);
                    pay(new LeadIn(null, rest), rest, entry.line(), entry.column(), PayFinder.Context.PAY);
                }
            }
        }
    }

    // "Analista de Dados: R$ 5.000 – R$ 9.000": each line that leads with a job starts its career,
    // the rest of the line its pay; the paragraph's other lines are the career's text.
    private boolean leadLines(Paragraph p) {
        Entries.Offer offer = Entries.offer(p);
        if (offer != null) {
            // The offer's line names it as written; the paragraph's other lines (company, place, link) describe it.
            String job = JobNames.jobOf(offer.line());
            startCareer(offer.line(), job != null ? job : offer.line(), blocks.line(p) + offer.lineOffset(), "lead-line");
            String whole = InlineText.range(p.getFirstChild(), null);
            String rest = whole.substring(whole.indexOf(offer.line()) + offer.line().length()).strip();
            if (!rest.isEmpty()) {
                career.summary.add(rest);
            }
            return true;
        }
        List<Segment> segments = segments(p);
        List<LeadIn> leads = new ArrayList<>();
        for (Segment segment : segments) {
            leads.add(Entries.leadLine(segment.first(), segment.end()));
        }
        if (leads.stream().allMatch(java.util.Objects::isNull)) {
            return false;
        }
        int line = blocks.line(p);
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            LeadIn lead = leads.get(i);
            String text = InlineText.range(segment.first(), segment.end());
            if (lead != null) {
                startCareer(JobNames.asName(lead.lead()), Entries.positionOf(lead.lead()), line + segment.offset(), "lead-line");
                career.summary.add(lead.rest());
                pay(new LeadIn(null, lead.rest()), lead.rest(), line + segment.offset(), 1, PayFinder.Context.PAY);
            } else if (career == null) {
                introduction.add(text);
            } else {
                career.summary.add(text);
                pay(shortLead(text), text, line + segment.offset(), 1, PayFinder.Context.PLAIN);
            }
        }
        return true;
    }

    // "| Experiencia | Programador (€/año) | Data Scientist (€/año) |": a table whose columns name
    // jobs gives each job the pay of its column, labelled by the row (the level). A column's job is
    // the career of that name when the page has one ("Full Stack" → "Desarrollador Full Stack").
    // The table itself stays where it stands.
    private boolean columnCareers(Node block) {
        if (!(block instanceof TableBlock) && !(block instanceof HtmlBlock html
                && html.getLiteral().toLowerCase(java.util.Locale.ROOT).contains("<tr"))) {
            return false;
        }
        List<List<String>> rows = block instanceof TableBlock table ? blocks.rows(table)
                : HtmlTables.rows(((HtmlBlock) block).getLiteral());
        if (rows.size() < 2) {
            return false;
        }
        List<String> header = rows.get(0);
        int jobs = 0;
        for (int c = 1; c < header.size(); c++) {
            jobs += JobNames.jobOf(withoutParentheses(header.get(c))) != null ? 1 : 0;
        }
        boolean byCategory = jobs < 2 && header.size() >= 3 && namesJobColumns(rows);
        if (jobs < 2 && !byCategory) {
            return false;
        }
        int line = blocks.line(block);
        CareerDraft current = career;
        SectionDraft currentSection = section;
        for (int c = 1; c < header.size(); c++) {
            String name = withoutParentheses(header.get(c));
            CareerDraft target = careerNamed(name);
            if (target == null && JobNames.jobOf(name) == null && !byCategory) {
                continue; // a column of something else ("Rank")
            }
            if (target == null) {
                target = new CareerDraft(name, null, line, "table-column");
                careers.add(target);
                careersByCore.putIfAbsent(JobNames.strictCore(name), target);
                careersByLooseCore.putIfAbsent(JobNames.core(name), target);
            }
            career = target;
            section = null;
            for (int r = 1; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                String cell = c < row.size() ? row.get(c) : "";
                for (PayFinder.Found found : PayFinder.find(cell + " (" + header.get(c) + ")", PayFinder.Context.SALARY)) {
                    if (found.start() < cell.length()) {
                        addBand(row.get(0), found.reading(), cell, block instanceof TableBlock ? line + r + 1 : line, 1, "table");
                    }
                }
            }
        }
        career = current;
        section = currentSection;
        if (career != null) {
            addTo(career.other(section != null ? section.heading : career.name, section != null ? section.line : career.line), block);
        } else if (pageSection != null) {
            addTo(pageSection, block);
        } else {
            introBlock(block);
        }
        return true;
    }

    /** "Catégorie", "Occupation", "Berufsgruppe": a corner cell saying the columns are jobs. */
    private static final Pattern JOBS_CORNER = Pattern.compile("(?:categor\\w*|kategorie\\w*|berufs?gruppen?|berufe?"
            + "|professions?|professio\\w*|profissao|profissoes|metiers?|jobs?|roles?|occupations?|postes?|cargos?|mansion\\w*"
            + "|ocupacion\\w*|ocupacao|ocupacoes|funcion\\w*|funcao|funcoes|categorie socioprofessionnelles?|csp)");

    // "| Catégorie | Cadres | Professions intermédiaires | Employés | Ouvriers |" over "| Salaire
    // mensuel net moyen | 4 100 | 2 270 | …": the corner says the columns are jobs, each row is a
    // kind of pay and holds only amounts, so the columns are careers whatever their names.
    private static boolean namesJobColumns(List<List<String>> rows) {
        if (!JOBS_CORNER.matcher(Words.fold(rows.get(0).get(0)).strip()).matches()) {
            return false;
        }
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.isEmpty() || !isPayWord(row.get(0))
                    || row.subList(1, row.size()).stream().anyMatch(cell -> !cell.isBlank() && !onlyAmounts(cell))) {
                return false;
            }
        }
        return true;
    }

    // The job an item names, or its lead when the page's title announced it as an entry ("1. **Big Data**: …").
    private String itemEntry(ListItem li) {
        String job = Entries.itemJob(li);
        if (job == null && layout.kind() == CareerLayout.Kind.LIST_ITEMS && Entries.itemLead(li) != null
                && !(li.getFirstChild() instanceof Paragraph p && PayFinder.mayHoldPay(InlineText.of(p)))) {
            // "Stagista: preferibilmente diplomando" among the positions a list offers: a position too
            // (with pay, "Stagiaire : 1 200 €" is a level's band).
            job = Entries.positionOf(Entries.itemLead(li));
        }
        if (job == null && !layout.entryHeadings().isEmpty()) {
            String lead = Entries.itemLead(li);
            return lead != null && layout.entryHeadings().contains(lead) ? lead : null;
        }
        return job;
    }

    private static String withoutParentheses(String text) {
        return Words.collapse(text.replaceAll("\\([^()]*\\)", " "));
    }

    // The career whose job's words hold all of a name's ("Full Stack" in "Desarrollador Full Stack").
    private CareerDraft careerNamed(String name) {
        java.util.Set<String> words = java.util.Set.of(JobNames.core(name).split(" "));
        if (JobNames.core(name).isEmpty()) {
            return null;
        }
        for (CareerDraft c : careers) {
            String asked = JobNames.askedJob(JobNames.clean(c.name));
            java.util.Set<String> own = java.util.Set.of(JobNames.core(asked != null ? asked : c.name).split(" "));
            if (own.containsAll(words)) {
                return c;
            }
        }
        return null;
    }

    // A table whose rows name jobs: each such row a career, its pay cells bands labelled by their
    // column; the other cells its summary ("Rank: 3"). Rows that name no job stay with the page.
    private void tableCareers(List<List<String>> table, int line, Node block) {
        List<List<String>> rows = Entries.nameFirst(table);
        List<String> header = rows.get(0);
        OtherDraft others = null;
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int rowLine = block instanceof TableBlock ? line + r + 1 : line;
            String job = Entries.rowJob(header, row);
            if (job == null) {
                if (others == null) {
                    // Under the heading the table stood under, with its header row.
                    others = new OtherDraft(lastHeading != null ? lastHeading : String.join(" | ", header), line);
                    sections.add(others);
                    others.rows.add(header);
                }
                others.rows.add(row);
                continue;
            }
            startCareer(Entries.rowName(header, row), job, rowLine, "table-row");
            List<String> facts = new ArrayList<>();
            // The name column's header is the row's first fact ("Métier: Boulanger"), as every other cell's.
            if (!header.get(0).isBlank()) {
                facts.add(header.get(0) + ": " + row.get(0));
            }
            java.util.Set<Integer> parts = Entries.partsOfTotal(header, row);
            for (int c = 1; c < row.size(); c++) {
                String head = c < header.size() ? header.get(c) : "";
                String cell = row.get(c);
                boolean band = false;
                for (PayFinder.Found f : parts.contains(c) ? List.<PayFinder.Found>of() : Entries.cellPay(head, cell)) {
                    band |= addBand(head.isBlank() ? header.get(0) : head, f.reading(), cell, rowLine, 1, "table") != null;
                }
                if (!band) {
                    facts.add(head.isBlank() ? cell : head + ": " + cell); // text, or an amount that is no band
                }
            }
            if (!facts.isEmpty()) {
                career.summary.add(String.join(" · ", facts));
            }
        }
        // What follows the table is the page's (its own job's, on a page about one), not the last row's.
        career = pageCareer;
        section = null;
    }

    // Among tables whose rows are jobs, "## UX/UI Design", "### Gehaltsspannen" and a table whose
    // rows are levels ("Junior | €38k-50k | CHF 70k-85k"): a career as well, named by the nearest
    // heading above that is not about pay, its bands the table's.
    private boolean levelTable(List<List<String>> rows, int line) {
        if (rows.size() < 3 || career != null && career != pageCareer) {
            return false;
        }
        long levels = rows.stream().skip(1).filter(r -> !r.isEmpty() && Levels.of(r.get(0)) != Level.OTHER).count();
        String field = fieldHeading();
        if (levels * 2 < rows.size() - 1 || field == null) {
            return false;
        }
        List<String> header = rows.get(0);
        List<Runnable> bands = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        if (!header.isEmpty() && !header.get(0).isBlank()) {
            facts.add(header.get(0)); // the corner ("Level"), which names the rows
        }
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (!row.get(0).isBlank() && row.stream().skip(1).allMatch(String::isBlank)) {
                facts.add(row.get(0)); // a row of one cell: text, not a level's pay
            }
            for (int c = 1; c < row.size(); c++) {
                String head = c < header.size() ? header.get(c) : "";
                String label = (row.get(0) + (head.isBlank() ? "" : " · " + head)).strip();
                String cell = row.get(c);
                int rowLine = line + r + 1;
                List<PayFinder.Found> found = Entries.cellPay(head, cell);
                found.forEach(f -> bands.add(() -> addBand(label, f.reading(), cell, rowLine, 1, "table")));
                if (found.isEmpty() && !cell.isBlank()) {
                    facts.add(label + ": " + cell); // text, kept beside the bands
                }
            }
        }
        if (bands.isEmpty()) {
            return false;
        }
        // The headings read as the page's sections are the career's name and its pay's heading.
        String payHeading = lastHeading != null && !lastHeading.equals(field) && isPayWord(lastHeading) ? lastHeading : null;
        int fieldLine = 0;
        while (!sections.isEmpty() && sections.get(sections.size() - 1).isEmpty()
                && List.of(field, String.valueOf(payHeading)).contains(sections.get(sections.size() - 1).heading)) {
            OtherDraft dropped = sections.remove(sections.size() - 1);
            fieldLine = dropped.line;
            diagnostics.removeIf(d -> d.code().equals("section.page") && d.line() == dropped.line);
        }
        startCareer(JobNames.asName(field), fieldLine > 0 ? fieldLine : line, "heading");
        if (career.salary == null) {
            career.salary = new Drafts.SalaryDraft(payHeading);
            career.salary.headingOwnsBands = payHeading != null;
        }
        bands.forEach(Runnable::run);
        if (!facts.isEmpty()) {
            career.summary.add(String.join(" · ", facts));
        }
        diagnostics.add(Diagnostic.info("career.level-table", line, 1, "The table on line " + line
                + " gives pay by level, not by job; it is read as the career its heading names, '" + field
                + "', with what follows up to the next heading."));
        return true;
    }

    // The nearest heading above that names neither pay nor a part of the page: "UX/UI Design" over "Gehaltsspannen".
    private String fieldHeading() {
        for (int level = headingAt.length - 1; level >= 2; level--) {
            String text = headingAt[level];
            if (text == null || PayFinder.mayHoldPay(text)) {
                continue;
            }
            if (isPayWord(text) || PayFinder.speaksOfPay(text)) {
                // "AI/ML Engineer Total Compensation": the pay of the job it names.
                String job = JobNames.jobOfTitle(text);
                if (job != null && JobNames.jobOf(job) != null && careerNamed(job) == null) {
                    return job;
                }
                continue; // "Gehaltsspannen", "Évolution du salaire avec l'expérience": about pay, not what is paid
            }
            return SectionKind.of(text) == SectionKind.OTHER && careerNamed(text) == null ? text : null;
        }
        return null;
    }

    // A list whose job entries are each a bold name alone with items below: its other items of that
    // shape are entries too, whatever their words ("**Street Magician**", "**EMT**").
    private static boolean entriesByShape(ListBlock list) {
        int jobs = 0;
        int shaped = 0;
        int items = 0;
        int described = 0;
        int describedJobs = 0;
        int paid = 0;
        int paidJobs = 0;
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            items++;
            if (n instanceof ListItem li && isBareLeadWithItems(li)) {
                shaped++;
                jobs += Entries.itemJob(li) != null ? 1 : 0;
            } else if (n instanceof ListItem li && isBoldLeadWithText(li)) {
                described++;
                describedJobs += Entries.itemJob(li) != null ? 1 : 0;
            } else if (n instanceof ListItem li && isNameWithPay(li)) {
                paid++;
                paidJobs += Entries.itemJob(li) != null ? 1 : 0;
            }
        }
        // "- **Tree Trimmer 🌳**: Shape trees…" among "- **Plumber 🚰**: Fix pipes…": every item
        // set alike, most naming a job, the others are jobs too.
        return jobs >= 2 && shaped >= 3 && jobs * 3 >= shaped
                || described == items && describedJobs >= 3 && describedJobs * 2 >= described
                || paid == items && paidJobs >= 2 && paidJobs * 2 >= paid;
    }

    // "- Agronomy sales — median annual salary of $58,600": a few plain words, a dash or a colon,
    // then pay; among "- Loan officer — median annual salary of $63,400", the name of an entry.
    private static boolean isNameWithPay(ListItem item) {
        if (!(item.getFirstChild() instanceof Paragraph p) || !(p.getFirstChild() instanceof org.commonmark.node.Text t)
                || p.getNext() != null || BlockReader.firstBreak(p) != null) {
            return false;
        }
        String text = t.getLiteral();
        Matcher m = NAME_THEN_PAY.matcher(text);
        return p.getFirstChild().getNext() == null && m.matches() && Amounts.firstDigit(m.group(1), 0) < 0
                && !PayFinder.find(m.group(2), PayFinder.Context.PAY).isEmpty();
    }

    private static final Pattern NAME_THEN_PAY = Pattern.compile("(\\p{L}[^:–—\\n]{1,50}?)\\s*(?:[:–—]|\\s-)\\s+(.+)");

    // "- **Solar Installer ☀️**: Set up solar panels…": a short bold name, a colon, its description.
    private static boolean isBoldLeadWithText(ListItem item) {
        if (!(item.getFirstChild() instanceof Paragraph p) || !(p.getFirstChild() instanceof org.commonmark.node.StrongEmphasis)
                || !(p.getFirstChild().getNext() instanceof org.commonmark.node.Text after)
                || !after.getLiteral().startsWith(":")) {
            return false;
        }
        String lead = Entries.itemLead(item);
        return lead != null && lead.split("\\s+").length <= 8 && !lead.endsWith(".") && !PayFinder.mayHoldPay(lead);
    }

    private static boolean isBareLeadWithItems(ListItem item) {
        if (!(item.getFirstChild() instanceof Paragraph p) || !(p.getNext() instanceof ListBlock)
                || !(p.getFirstChild() instanceof org.commonmark.node.StrongEmphasis
                        || p.getFirstChild() instanceof org.commonmark.node.Text)) {
            return false; // "**Street Magician**", "Anesthesiologist": a name alone above its facts
        }
        for (Node after = p.getFirstChild().getNext(); after != null; after = after.getNext()) {
            if (!(after instanceof org.commonmark.node.Text t) || !t.getLiteral().isBlank()) {
                return false; // "**Intern**  ": trailing spaces leave an empty text, nothing more
            }
        }
        String lead = Entries.itemLead(item);
        return lead != null && lead.length() <= 90 && !lead.endsWith(".");
    }

    // A list item's own text: its paragraphs and other blocks, without its nested lists.
    private String ownText(ListItem item) {
        var text = new StringBuilder();
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof ListBlock)) {
                String part = blocks.literal(child);
                if (!part.isEmpty()) {
                    text.append(text.length() > 0 ? " " : "").append(part);
                }
            }
        }
        return text.toString();
    }

    // ----------------------------------------------------------------------------------------
    // Pay outside the salary section: lead-ins, prose, table cells

    private void findPay(Node block) {
        if (block instanceof ListBlock && section != null && PayFinder.namesCost(section.heading)) {
            return; // "**Cost of Living Breakdown:**" then "- Utilities: $165/month": what living costs
        }
        if (block instanceof Paragraph p) {
            int line = blocks.line(p);
            String whole = textOf(p);
            // Most paragraphs name no amount: nothing more to read (every paragraph passes here).
            if (PayFinder.mayHoldPay(whole)) {
                for (Segment segment : segments(p)) {
                    String text = InlineText.range(segment.first(), segment.end());
                    if (PayFinder.mayHoldPay(text)) {
                        LeadIn leadIn = LeadIn.ofRange(segment.first(), segment.end());
                        leadIn = leadIn.lead() != null ? leadIn : shortLead(text);
                        // "Toronto – CA$ 160,000." under "How much can a dentist make in Canada?": the
                        // answer's label and amount, in talk of pay.
                        leadIn = leadIn.lead() == null && lastHeadingAsksPay ? itemLead(text) : leadIn;
                        boolean inTalkOfPay = lastHeadingAsksPay && leadIn.lead() != null
                                || career != null && section == null && isJobCard(text)
                                || career != null && isPayAlone(text);
                        pay(leadIn, text, line + segment.offset(), 1, inTalkOfPay ? PayFinder.Context.PAY : PayFinder.Context.PLAIN);
                    }
                }
            }
            lastParagraph = whole;
        } else if (block instanceof ListBlock list) {
            // A list under a paragraph or heading about pay ("By state:" then "- California: $138,660").
            PayFinder.Context context = null;
            Map<Item, OtherJob> others = otherJobsPaid(items(list));
            for (Item item : items(list)) {
                if (!PayFinder.mayHoldPay(item.text())) {
                    continue;
                }
                if (others.containsKey(item)) {
                    otherJobItem(item, others.get(item));
                    continue;
                }
                if (context == null) {
                    context = payTalk || wordsBeforeSpeakOfPay() ? PayFinder.Context.PAY : PayFinder.Context.PLAIN;
                }
                LeadIn leadIn = itemLeadIn(item);
                leadIn = leadIn.lead() != null ? leadIn : shortLead(item.text());
                // "- **LONDRA**: 35/45k" in talk of pay: a label and its amounts, whatever their currency.
                // "- Début de carrière : 25 000€ - 30 000€" under a job: a label and its pay, in any talk.
                boolean labelledAmount = leadIn.lead() != null && onlyAmounts(leadIn.rest())
                        && (context == PayFinder.Context.PAY || career != null && Amounts.read(leadIn.rest()).currency() != null
                                && !Entries.namesNoPay(leadIn.lead()));
                PayFinder.Context itemContext = labelledAmount ? PayFinder.Context.SALARY : context;
                readingItem = true;
                pay(leadIn, item.text(), item.line(), item.column(), itemContext);
                readingItem = false;
            }
        } else if (block instanceof TableBlock table) {
            tablePay(blocks.rows(table), blocks.line(table));
        } else if (block instanceof HtmlBlock html) {
            List<List<String>> rows = HtmlTables.rows(html.getLiteral());
            if (!rows.isEmpty()) {
                tablePay(rows, blocks.line(html));
                String rest = HtmlTables.outsideTables(html.getLiteral());
                pay(shortLead(rest), rest, blocks.line(html), 1, PayFinder.Context.PLAIN);
            } else {
                htmlPay(html.getLiteral(), blocks.line(html));
            }
        }
    }

    /** "Air traffic controller -$122,410", "Aircraft mechanic- $60,270": a job, a dash or colon, its pay. */
    private static final Pattern JOB_THEN_PAY = Pattern.compile("^([^\\d€$£:()]{2,60}?)\\s*[-–—:]\\s*(?=\\S)");

    // On a page about one job, a list naming other jobs each with its pay ("- Air traffic controller
    // - $122,410", "- Baggage handler - $28,902", "- Pilots - $105,720"): a comparison whose other
    // jobs a reader reads as careers of their own; the page's job keeps its own item. At least two
    // such items: one other job named once is the page's band, labelled by it.
    private Map<Item, OtherJob> otherJobsPaid(List<Item> items) {
        if (layout.kind() != CareerLayout.Kind.PAGE || career == null) {
            return Map.of();
        }
        Map<Item, OtherJob> jobs = new HashMap<>();
        Map<Item, OtherJob> others = new HashMap<>();
        String ownCore = JobNames.core(JobNames.jobOrName(career.name));
        for (Item item : items) {
            Matcher lead = JOB_THEN_PAY.matcher(item.text());
            if (!lead.find() || PayFinder.find(item.text().substring(lead.end()), PayFinder.Context.PAY).isEmpty()) {
                continue;
            }
            String name = lead.group(1).strip();
            String job = JobNames.jobOf(name);
            String pay = item.text().substring(lead.end());
            if (job != null && !sharesJobNoun(job, career) && !JobNames.core(job).equals(ownCore)) {
                jobs.put(item, new OtherJob(name, job, pay));
            } else if (job == null && mayNameJob(name)) {
                others.put(item, new OtherJob(name, name, pay)); // "Baggage handler - $28,902" among jobs: a job too
            }
        }
        if (jobs.size() < 2) {
            return Map.of();
        }
        jobs.putAll(others);
        return jobs;
    }

    /** An item of such a list: the job as written, the job it names, and the text giving its pay. */
    private record OtherJob(String name, String job, String pay) {}

    /** "Average", "Median", "Top 10%": what the items of a list of pay may lead with besides jobs. */
    private static final Pattern STATISTIC = Pattern.compile("\\b(?:average|median|mean|moyenne|mediane|media|mediana"
            + "|durchschnitt\\w*|median\\w*|total|minimum|maximum|minimo|maximo|range|top|bottom|overall|national)\\b");

    // A short lead of words alone ("Baggage handler"), not pay's own words, a level, a place or a statistic.
    private static boolean mayNameJob(String lead) {
        return lead.split("\\s+").length <= 4 && !hasDigit(lead) && SectionKind.of(lead) == SectionKind.OTHER
                && !isPayWord(lead) && Levels.anywhere(lead) == Level.OTHER && !Places.isPlace(lead)
                && !STATISTIC.matcher(Words.fold(lead)).find();
    }

    private void otherJobItem(Item item, OtherJob other) {
        CareerDraft entry = entryBeside(capitalised(other.name()), other.job(), other.pay(), item.line(), item.column(), "list-item");
        if (!onlyAmounts(other.pay())) {
            entry.summary.add(other.pay()); // "- Deck officer - $71,200 on tankers": its words stay
        }
    }

    private static final Pattern HTML_ITEM = Pattern.compile("<li\\b[^>]*>(.*?)(?:</li>|(?=<li\\b)|(?=</[uo]l>))",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    // An HTML block read as its Markdown would be: "<p>…pay ranges:</p>" is a paragraph, and the
    // items of "<ul><li>London fringe - between £26,948 and £42,780</li>" are a list's, read in
    // the talk of pay before them.
    private void htmlPay(String literal, int line) {
        Matcher item = HTML_ITEM.matcher(literal);
        StringBuilder outside = new StringBuilder();
        int last = 0;
        while (item.find()) {
            outside.append(literal, last, item.start()).append(' ');
            if (last == 0) {
                // "<p>…move up through these pay ranges:</p>" just before the list, in the same block.
                String before = HtmlTables.text(outside.toString());
                lastParagraph = before.isBlank() ? lastParagraph : before;
            }
            PayFinder.Context context = payTalk || wordsBeforeSpeakOfPay() ? PayFinder.Context.PAY : PayFinder.Context.PLAIN;
            last = item.end();
            String text = HtmlTables.text(item.group(1));
            if (PayFinder.mayHoldPay(text)) {
                int itemLine = line + (int) literal.substring(0, item.start()).chars().filter(c -> c == '\n').count();
                pay(itemLead(text), text, itemLine, 1, context);
            }
        }
        outside.append(literal.substring(last));
        String text = HtmlTables.text(outside.toString());
        pay(shortLead(text), text, line, 1, PayFinder.Context.PLAIN);
        if (!text.isBlank()) {
            lastParagraph = text;
        }
    }

    // "| Imposto sobre o valor 14% | - R$ 1.400,00 |": an amount taken off, not paid.
    private static final Pattern DEDUCTION = Pattern.compile("\\s*[*_]*[-−]\\s*(?:R\\$|\\p{Sc}|[A-Z]{3}\\b)?\\s*\\d");

    // "By state:" above "- California: $138,660", a heading about pay above a table: the paragraph
    // or heading just before a list or table speaks of pay for it.
    private boolean wordsBeforeSpeakOfPay() {
        return lastParagraph != null && PayFinder.speaksOfPay(lastParagraph) || lastHeading != null && isPayWord(lastHeading);
    }

    // A table: each cell's pay, labelled by its row's first cell and its column's header.
    private void tablePay(List<List<String>> table, int line) {
        if (table.isEmpty()) {
            return;
        }
        List<List<String>> rows = Entries.nameFirst(table);
        List<String> header = rows.get(0);
        if (Entries.listsBenefits(header)) {
            return;
        }
        // "Here's a closer look at what you could earn:" above "| Trade | Entry-Level | Median |":
        // the words before the table speak of pay for its header.
        boolean headerSpeaksOfPay = isPayWord(String.join(" ", header)) || wordsBeforeSpeakOfPay();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            java.util.Set<Integer> parts = Entries.partsOfTotal(header, row);
            for (int c = 1; c < row.size(); c++) {
                String head = c < header.size() ? header.get(c) : "";
                String cell = row.get(c);
                // "| Stock (RSU/4yr) |" or a row "| Stock-options | €10k – €20k |": shares or a cost, not pay.
                if (Entries.namesNoPay(head) || Entries.namesNoPay(row.get(0)) || parts.contains(c)
                        || DEDUCTION.matcher(cell).lookingAt()) {
                    continue;
                }
                // The header's words give the cell its context ("Salaire annuel" → a yearly amount);
                // a pay column counts every amount, a table about pay those with a currency.
                PayFinder.Context context = isPayWord(head) || isPayWord(row.get(0)) ? PayFinder.Context.SALARY
                        : headerSpeaksOfPay ? PayFinder.Context.PAY : PayFinder.Context.PLAIN;
                String withHead = head.isBlank() ? cell : cell + " (" + head + ")";
                for (PayFinder.Found found : PayFinder.find(withHead, context)) {
                    if (found.start() >= cell.length()) {
                        continue;
                    }
                    String label = (row.get(0) + (head.isBlank() ? "" : " · " + head)).strip();
                    // "Salary in CZK": the header names the currency its cells leave out.
                    Amounts.Reading reading = found.reading().currency() == null && PayFinder.currencyNamed(head) != null
                            ? found.reading().inCurrency(PayFinder.currencyNamed(head)) : found.reading();
                    if (career != null) {
                        addBand(label, reading, cell, line + r + 1, 1, "table");
                    } else {
                        unassigned.add(new Unassigned(String.join(" ", row), label, reading, cell, line + r + 1, "table"));
                    }
                }
            }
        }
    }

    // Letters, all of them capitals: "ANALISTA DE DADOS", "O QUE INFLUENCIA O SALÁRIO?".
    private static boolean inCapitals(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isUpperCase(c);
        }
        return letters;
    }

    // Whether one of the lines from a node to another (soft or hard breaks between) is only an amount.
    private static boolean hasAmountLine(Node from, Node end) {
        Node start = from;
        for (Node n = from; ; n = n.getNext()) {
            boolean lineEnds = n == null || n == end || n instanceof org.commonmark.node.SoftLineBreak
                    || n instanceof org.commonmark.node.HardLineBreak;
            if (lineEnds) {
                String line = start == n ? "" : InlineText.range(start, n);
                if (line.chars().anyMatch(Character::isDigit) && onlyAmounts(line)) {
                    return true;
                }
                if (n == null || n == end) {
                    return false;
                }
                start = n.getNext();
            }
        }
    }

    private static final Pattern CARD_SEPARATOR = Pattern.compile("\\s*[|·•]\\s*|,\\s+"); // not "70,000"

    // "Remote, $70k - $95k, Full-time or contract": a job's card, its facts one after another, one
    // of them its pay written alone; or that pay alone on its line ("£24,289 - £27,318").
    private static boolean isJobCard(String text) {
        String[] parts = CARD_SEPARATOR.split(text.strip());
        if (text.split("\\s+").length > 14) {
            return false;
        }
        for (String part : parts) {
            if (hasDigit(part) && onlyAmounts(part) && Amounts.read(part).currency() != null) {
                return true;
            }
        }
        return false;
    }

    // "£24,289 - £27,318" alone on its line, under the job's heading on a page about one job (not
    // in a section of costs): what the job pays.
    private boolean isPayAlone(String text) {
        return layout.kind() == CareerLayout.Kind.PAGE && section != null && section.kind == SectionKind.OTHER
                && !PayFinder.namesCost(section.heading) && hasDigit(text) && onlyAmounts(text)
                && Amounts.read(text).currency() != null;
    }

    // "35/45k", "€ 2.000 - 3.000": amounts and their signs, no word of three letters or more.
    private static boolean onlyAmounts(String text) {
        return !text.replaceAll("[\\d\\s.,/;:+€$£%-]", "").matches(".*\\p{L}{3,}.*");
    }

    // "Salary", "Monthly Estimate", "(annuo lordo)": a label whose amounts are pay.
    private static boolean labelsPay(String label) {
        return isPayWord(label) || PayFinder.periodIn(Words.foldKeepingPositions(label), 0, label.length()) != null;
    }

    // "**Income potential:** $20-50/hour", "Earnings:", "Einkommen:"; not "income tax", not "E-Learning".
    private static final Pattern INCOME = Pattern.compile("\\b(?:income|earnings?|einkommen|ingresos?|reddito|rendimento)\\b");
    private static final Pattern INCOME_TAX = Pattern.compile("\\b(?:tax|impots?|steuer\\w*|impuestos?|imposta|imposto)\\b");

    static boolean isPayWord(String text) {
        String folded = Words.fold(text);
        return SectionKind.of(text) == SectionKind.SALARY || folded.contains("salar") || folded.contains("wage")
                || folded.contains("pay") || folded.contains("gehalt") || folded.contains("lohn") || folded.contains("stipend")
                || folded.contains("sueldo") || folded.contains("remunera") || folded.contains("/ano")
                || folded.contains("/an") || folded.contains("/year") || folded.contains("rate")
                || INCOME.matcher(folded).find() && !INCOME_TAX.matcher(folded).find();
    }

    // A paragraph's text is read by its section and again for its pay: read once.
    private String textOf(Paragraph p) {
        if (p != memoParagraph) {
            memoParagraph = p;
            memoText = InlineText.of(p);
        }
        return memoText;
    }

    // A list's items are read by its section and again for its pay: read once.
    private List<Item> items(ListBlock list) {
        if (list != itemsOf) {
            itemsOf = list;
            items = blocks.items(list);
        }
        return items;
    }

    private static boolean hasDigit(String text) {
        return Amounts.firstDigit(text, 0) >= 0;
    }

    private static final Pattern DASH_LEAD = Pattern.compile("^([^\\d€$£:]{2,60}?)\\s+[-–—]\\s+(?=\\S)");

    // An HTML item's label: "North - between £21,300 and £26,100", "Paris : 45k€".
    private static LeadIn itemLead(String text) {
        Matcher dash = DASH_LEAD.matcher(text);
        LeadIn colon = shortLead(text);
        if (colon.lead() == null && dash.find() && dash.group(1).split("\\s+").length <= 6) {
            return new LeadIn(dash.group(1).strip(), text.substring(dash.end()));
        }
        return colon;
    }

    // "Average Base Salary: $126,102" leads with a label; a sentence with a colon far in does not.
    // Nor does "Writes apps. Salary: $85,000": its amounts are labelled within their sentence.
    private static LeadIn shortLead(String text) {
        LeadIn plain = LeadIn.ofPlain(text);
        return plain.lead() != null && plain.lead().split("\\s+").length <= 6
                && !SENTENCE_END.matcher(plain.lead()).find() ? plain : new LeadIn(null, text);
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s+(?=\\p{Lu})");

    // "900 € al año para formación: cursos, libros": a lead the text separates from the rest is a
    // label; "**Rate from 34.00 PLN gross** per hour" runs on.
    private static boolean leadsWithLabel(String text, String lead) {
        int at = text.indexOf(lead);
        String after = at < 0 ? "" : text.substring(at + lead.length()).stripLeading();
        return at < 0 || !after.isEmpty() && ":➜→➔⇒—–".indexOf(after.charAt(0)) >= 0;
    }

    /** The pay in one line of text, labelled by its lead-in when it has one. */
    private void pay(LeadIn leadIn, String text, int line, int column, PayFinder.Context base) {
        if (!PayFinder.mayHoldPay(text)) {
            return;
        }
        String lead = leadIn.lead();
        if (lead != null && PayFinder.namesCost(lead)) {
            return; // "**Coût de la vie** : 1 200€ - 1 800€/mois" beside a pay line: what living costs
        }
        PayFinder.Context context = base;
        if (lead != null && labelsPay(lead)) {
            context = PayFinder.Context.SALARY;
        } else if (lead != null && Levels.anywhere(lead) != Level.OTHER && context == PayFinder.Context.PLAIN) {
            context = PayFinder.Context.PAY; // "**Senior (5-8 years):** Senior Data Engineer ($145k-$180k+)"
        }
        String within = lead != null && text.endsWith(leadIn.rest()) ? leadIn.rest() : text;
        List<PayFinder.Found> found = PayFinder.findAfterLabel(lead, within, context);
        if (lead != null && hasDigit(lead) && !leadsWithLabel(text, lead) && found.isEmpty()) {
            // "**Rate from 34.00 PLN gross** per hour": the amount is in the bold words, which are
            // no label but the line's first words.
            pay(new LeadIn(null, text), text, line, column, context);
            return;
        }
        for (PayFinder.Found f : found) {
            int start = f.start();
            String amount = within.substring(start, f.end());
            // "Algumas especialidades pagam mais: um Fisioterapeuta Esportivo recebe …": a lead-in
            // that is no label of pay leaves the amount to the post its clause names.
            String post = bandHeading == null && (lead == null || !labelsPay(lead) && text.endsWith(within))
                    ? postOfCareer(Sentences.around(text, text.length() - within.length() + start), amount) : null;
            String label = post != null ? post : lead != null && bandHeading != null ? bandHeading + " · " + lead
                    : lead != null && levelSection() != null ? levelSection() + " · " + lead
                    : lead != null ? lead : bandHeading != null ? bandHeading : before(within, start);
            String origin = lead != null && post == null ? "lead-in" : "prose";
            Amounts.Reading reading = f.reading();
            // "In London I heard of senior salaries of 120k": the place the sentence names.
            String placed = reading.currency() == null && lead == null
                    ? PayFinder.currencyOfCountries(Sentences.around(within, start)) : null;
            reading = placed != null ? reading.inCurrency(placed) : reading;
            boolean kept = true;
            if (career != null) {
                BandDraft band = addBand(label, reading, amount, line, column, origin);
                kept = band != null;
                if (band != null && lead == null) {
                    proseBands.add(new ProseBand(career, band, Sentences.around(within, start), readingItem));
                }
            } else {
                unassigned.add(new Unassigned(text, label, reading, amount, line, origin));
            }
            if (placed != null && kept) {
                diagnostics.add(Diagnostic.info("salary.currency-inferred", line, column, "The band '" + amount
                        + "' names no currency; " + placed + " is the currency of the place its sentence names."));
            }
        }
    }

    /**
     * Pay read outside any career ("Média salarial desenvolvedor backend R$5.071" above the
     * careers): it goes to the career its line names, once all careers are known.
     */
    private record Unassigned(String line, String label, Amounts.Reading reading, String text, int lineNumber,
            String origin) {}

    // A page of plain paragraphs ("… un ingeniero civil recién graduado obtiene un ingreso mensual
    // de US$4.500") in which nothing else holds a career: its pay is that of the job its pay's
    // sentences name, and the page is about that job.
    private void careerOfPaySentences() {
        if (unassigned.isEmpty()) {
            return;
        }
        boolean clausesOnly = !careers.isEmpty() && careers.stream().allMatch(c -> c.origin.equals("lead-line"));
        if ((careers.isEmpty() || clausesOnly) && careersOfEarningClauses(clausesOnly ? 1 : 2) || !careers.isEmpty()) {
            return; // careers of the pay's own clauses, or careers found before
        }
        PageSubject subject = new PageSubject();
        unassigned.stream().map(Unassigned::line).distinct().forEach(subject::add);
        String job = subject.name();
        String named = "the sentences giving it name";
        if (job == null && pageText != null) {
            named = "the page's text names";
            // "Salaire débutant : 2 500 à 3 500 €" names no job: the one the page keeps naming.
            PageSubject page = new PageSubject();
            String text = pageText.get();
            page.add(text.length() > 100_000 ? text.substring(0, 100_000) : text);
            job = page.name();
        }
        if (job == null) {
            return;
        }
        int line = unassigned.get(0).lineNumber();
        startCareer(capitalised(job), line, "page");
        for (Unassigned pay : unassigned) {
            addBand(pay.label(), pay.reading(), pay.text(), pay.lineNumber(), 1, pay.origin());
        }
        unassigned.clear();
        diagnostics.add(Diagnostic.info("career.subject", line, 1, "Nothing on the page holds a career; its pay "
                + "is that of the job " + named + ", '" + job + "', read as the page's career."));
    }

    // "(Glossaire) Les métiers en France" read as a page about "Salariés du secteur privé", whose
    // only pay is a table giving four categories of jobs theirs by column: the page's frame, not a
    // career of its own. Its text is kept as the page's (introduction and sections).
    private void frameWithoutPay() {
        // Careers the page's content gave: a table's columns, or jobs an amount is said to be for.
        boolean pageOrOutline = layout.kind() == CareerLayout.Kind.OUTLINE || layout.kind() == CareerLayout.Kind.PAGE;
        List<CareerDraft> frames = careers.stream()
                .filter(c -> !c.origin.equals("table-column") && !(pageOrOutline && c.origin.equals("lead-line"))).toList();
        // One frame (a page's title, its text's subject), or an outline's headings that name no job.
        boolean sections = frames.size() > 1 && layout.kind() == CareerLayout.Kind.OUTLINE
                && frames.stream().allMatch(c -> JobNames.jobOf(c.name) == null);
        if (frames.isEmpty() || frames.size() > 1 && !sections || careers.size() - frames.size() < 2) {
            return;
        }
        for (CareerDraft frame : frames) {
            boolean paid = frame.salary != null && !frame.salary.bands.isEmpty();
            if (paid || !frame.origin.equals("page") && !frame.origin.equals("heading")) {
                return;
            }
        }
        int jobs = careers.size() - frames.size();
        frames.forEach(frame -> frameAsPage(frame, jobs));
    }

    private void frameAsPage(CareerDraft frame, int jobs) {
        careers.remove(frame);
        // A heading's text stays under that heading; a page's (its title's, its subject's) opens it.
        OtherDraft own = frame.other(frame.name, frame.line);
        if (frame.origin.equals("heading")) {
            own.paragraphs.addAll(0, frame.summary);
        } else {
            introduction.addAll(frame.summary);
        }
        own.items.addAll(frame.responsibilities);
        own.items.addAll(frame.environments);
        frame.constraints.forEach(c -> own.items.add(c.title() == null ? c.description() : c.title() + " — " + c.description()));
        frame.demand.forEach(d -> own.items.add(d.label() == null ? d.text() : d.label() + " : " + d.text()));
        List<OtherDraft> moved = new ArrayList<>();
        if (!own.isEmpty() || frame.origin.equals("heading")) {
            moved.add(own); // a heading with nothing under it is still shown
        }
        frame.others.values().stream().filter(o -> o != own && !o.isEmpty()).forEach(moved::add);
        for (SectionHeading heading : frame.headings) {
            // "How much does a pharmacist earn?" over sentences read as careers: the heading is still shown.
            if (moved.stream().noneMatch(o -> o.heading.equals(heading.heading()))) {
                moved.add(new OtherDraft(heading.heading(), heading.line()));
            }
        }
        sections.addAll(0, moved);
        sections.sort(java.util.Comparator.comparingInt(o -> o.line));
        diagnostics.add(Diagnostic.info("career.frame", frame.line, 1, "'" + frame.name + "' holds no pay, while "
                + jobs + " jobs have theirs on the page (by column in a table, or amounts said to be for "
                + "them): it is the page's frame, not a career; its text is kept as the page's."));
    }


    // "Registered nurses earn a median of $81,220 a year. Physical therapists make about $97,720,
    // and pharmacists earn $132,750.": on a page nothing else holds a career in (or only such
    // clauses), the jobs whose clauses give their pay are its careers; pay on other lines stays unassigned.
    private boolean careersOfEarningClauses(int fewestJobs) {
        Map<Integer, List<LeadIn>> byLine = new java.util.TreeMap<>();
        java.util.Set<String> jobs = new java.util.HashSet<>();
        for (Unassigned pay : unassigned) {
            if (byLine.containsKey(pay.lineNumber())) {
                continue;
            }
            List<LeadIn> clauses = new ArrayList<>();
            String text = pay.line();
            for (int start = 0; start < text.length(); ) {
                int end = Sentences.end(text, start);
                clauses.addAll(Entries.earningClauses(text.substring(start, end).strip()));
                start = end + 1;
            }
            byLine.put(pay.lineNumber(), clauses);
            clauses.forEach(c -> jobs.add(JobNames.core(JobNames.jobOf(c.lead()))));
        }
        if (jobs.size() < fewestJobs) {
            return false;
        }
        int before = careers.size();
        for (var line : byLine.entrySet()) {
            for (LeadIn clause : line.getValue()) {
                startCareer(capitalised(JobNames.asSubject(clause.lead())), JobNames.jobOf(clause.lead()), line.getKey(), "lead-line");
                career.summary.add(clause.rest());
                pay(new LeadIn(null, clause.rest()), clause.rest(), line.getKey(), 1, PayFinder.Context.PAY);
            }
        }
        unassigned.removeIf(pay -> !byLine.get(pay.lineNumber()).isEmpty());
        layoutRead = CareerLayout.Kind.LEAD_LINES;
        career = null;
        section = null;
        if (before == 0) {
            diagnostics.add(Diagnostic.info("career.subject", careers.get(0).line, 1, "Nothing on the page holds a career; "
                    + "its sentences give the pay of " + careers.size() + " jobs, such as '" + careers.get(0).name
                    + "', each read as a career."));
        }
        return true;
    }

    private void assignUnplacedPay() {
        // On a page whose title names one of its careers, pay that names no career is that one's.
        String titleJob = title == null || unassigned.isEmpty() ? null : JobNames.jobOfTitle(title);
        CareerDraft titled = titleJob == null ? null : careersByLooseCore.get(JobNames.core(titleJob));
        Map<String, String> squashedLines = new HashMap<>(); // a long line holds many amounts
        Map<Integer, List<String>> unplaced = new java.util.TreeMap<>();
        for (Unassigned pay : unassigned) {
            // The sentence of the amount first: "… for a senior developer is $100,679. The average
            // salary for a junior developer is $66,684" names one job per amount.
            int at = pay.line().indexOf(pay.text());
            CareerDraft named = at < 0 ? null : careerNamedIn(squashed(Sentences.around(pay.line(), at)));
            if (named == null) {
                named = careerNamedIn(squashedLines.computeIfAbsent(pay.line(), ModelBuilder::squashed));
            }
            if (named == null && pay.origin().equals("table") && pay.label().contains(" · ")) {
                // "| Salario medio (SSE) |": the column's parentheses name the career.
                named = careerOfParentheses(pay.label().substring(pay.label().indexOf(" · ") + 3));
            }
            if (named == null && pay.origin().equals("table")) {
                named = closestCareer(pay.label().split(" · ")[0]);
            }
            named = named != null ? named : titled;
            if (named == null && titleJob != null && !careers.isEmpty() && layout.kind() != CareerLayout.Kind.PAGE
                    && !pay.origin().equals("prose") && PayFinder.speaksOfPay(pay.label())) {
                // labelled as pay (a "Salario medio" column, an "Earnings:" lead-in), not a figure in passing
                named = subjectCareer(titleJob, pay.lineNumber());
            }
            if (named != null) {
                CareerDraft current = career;
                career = named;
                section = null;
                // "Plumber · Starting" in the career "Plumber": its row's name is the career's, the column labels it.
                String label = pay.origin().equals("table") && pay.label().startsWith(named.name + " · ")
                        ? pay.label().substring(named.name.length() + 3) : pay.label();
                addBand(label, pay.reading(), pay.text(), pay.lineNumber(), 1, pay.origin());
                career = current;
            } else if (pay.reading().currency() != null || pay.reading().periodStated()) {
                // A bare number in a sentence about pay ("the 10 best-paid jobs") is not worth a word.
                unplaced.computeIfAbsent(pay.lineNumber(), l -> new ArrayList<>()).add(pay.text());
            }
        }
        reportUnassigned(unplaced);
    }

    // Pay no career owns ("Full Stack Júnior - R$ 2.527,00" on a page whose careers are other
    // jobs) stays in the text it stands in; the salary panels and the workbook do not show it.
    private void reportUnassigned(Map<Integer, List<String>> unplaced) {
        for (var line : unplaced.entrySet()) {
            List<String> amounts = line.getValue().stream().distinct().toList();
            String shown = amounts.size() <= 3 ? String.join("', '", amounts)
                    : String.join("', '", amounts.subList(0, 3)) + "' and " + (amounts.size() - 3) + " more";
            diagnostics.add(Diagnostic.info("salary.unassigned", line.getKey(), 1, "No career holds the pay '" + shown
                    + (amounts.size() <= 3 ? "'" : "") + ": it stands outside the careers and its line names none of "
                    + "them; it is kept in the text as written."));
        }
    }

    // The career whose name (without its parentheses) the squashed text holds, the longest such.
    private CareerDraft careerNamedIn(String where) {
        CareerDraft named = null;
        int longest = 0;
        for (CareerDraft c : careers) {
            String name = squashed(c.name.replaceAll("\\([^()]*\\)", " "));
            if (name.length() > longest && where.contains(name)) {
                named = c;
                longest = name.length();
            }
        }
        return named;
    }

    // "Come diventare freelancer", whose careers are the services freelancers sell, gives the
    // freelancer's own earnings in a section of the page: the title's job is a career too, after
    // the others, holding the pay that names no other career.
    private CareerDraft subjectCareer(String titleJob, int line) {
        if (subjectCareer == null) {
            String name = capitalised(JobNames.asSubject(titleJob));
            subjectCareer = careerBeside(name, name, line, "page");
            diagnostics.add(Diagnostic.info("career.subject", line, 1, "The pay on line " + line + " names none of the "
                    + "page's careers; it is the pay of the job the title names, '" + subjectCareer.name
                    + "', added as a career of its own after the others."));
        }
        return subjectCareer;
    }

    /** Pay read in a sentence of a career's text, and that sentence. */
    private record ProseBand(CareerDraft career, BandDraft band, String sentence, boolean listItem) {}

    // "Les programmeurs PHP gagnent 35 000 €" in the section of another career: the sentence
    // names the career whose pay it is. Moved only when it names exactly one other career and
    // not the one whose section it stands in.
    private void rehomeProsePay() {
        if (layout.kind() == CareerLayout.Kind.PAGE) {
            careersOfOtherEarners();
            careersPaidFor(false);
        } else if (layout.kind() == CareerLayout.Kind.OUTLINE) {
            careersPaidFor(true); // under "## Planilha de Custos": the jobs the amounts are for
        }
        if (careers.size() < 2 || proseBands.isEmpty()) {
            return;
        }
        Map<CareerDraft, Set<String>> coreWords = new HashMap<>();
        for (CareerDraft c : careers) {
            Set<String> words = Set.of(JobNames.core(JobNames.jobOrName(c.name)).split(" "));
            if (!words.contains("")) {
                coreWords.put(c, words);
            }
        }
        for (ProseBand prose : proseBands) {
            Set<String> stems = JobNames.stems(prose.sentence());
            if (!coreWords.containsKey(prose.career()) || stems.containsAll(coreWords.get(prose.career()))) {
                continue;
            }
            CareerDraft named = null;
            for (var entry : coreWords.entrySet()) {
                if (stems.containsAll(entry.getValue())) {
                    if (named != null) {
                        named = null;
                        break;
                    }
                    named = entry.getKey();
                }
            }
            if (named == null || named == prose.career()) {
                continue;
            }
            BandDraft band = prose.band();
            prose.career().salary.bands.remove(band);
            List<BandDraft> bands = named.salary(null).bands;
            int at = 0;
            while (at < bands.size() && bands.get(at).line() <= band.line()) {
                at++;
            }
            bands.add(at, band);
            diagnostics.add(Diagnostic.info("salary.named-career", band.line(), band.column(), "The pay '"
                    + band.text() + "' stands in the text of '" + prose.career().name + "' but its sentence names '"
                    + named.name + "'; it is read as that career's."));
        }
    }

    // The career that a text's last parentheses name by its acronym ("Salario medio (SSE)") or by its job.
    private CareerDraft careerOfParentheses(String text) {
        int open = text.lastIndexOf('(');
        int close = text.lastIndexOf(')');
        if (open < 0 || close < open) {
            return null;
        }
        String inside = text.substring(open + 1, close).strip();
        for (CareerDraft c : careers) {
            if (inside.equals(c.acronym)) {
                return c;
            }
        }
        return careerInParentheses(text);
    }

    /** "R$ 3.324,00 (70% do piso) para técnicos de enfermagem": the jobs an amount is said to be for. */
    private static final Pattern FOR_WHOM = Pattern.compile(
            "^\\s*(?:\\([^()]{0,60}\\)\\s*)?,?\\s*(?:para|for|pour|f[üu]r|per)\\s+(?:(?:os|as|o|a|les|le|la|l'|the|los|las|el|die|den|i|gli|le)\\s+)?"
                    + "([^,;.:()]{2,80})");
    private static final Pattern NEXT_AMOUNT = Pattern.compile("\\s+(?:e|and|et|y|und|ed)\\s+(?:R\\$|US\\$|\\$|€|£|\\d).*$");
    private static final Pattern AND_FOR = Pattern.compile("\\s+(?:e|and|et|y|und|ed)\\s+(?:(?:para|for|pour|f[üu]r|per)\\s+)?(?:(?:os|as|les|the|los|las|die|i|gli)\\s+)?");

    // On a page about one job, an amount said to be for others ("… R$ 4.750 para enfermeiros, e
    // R$ 3.324,00 para técnicos de enfermagem, e R$ 2.375,00 para auxiliares de enfermagem e para
    // parteiras"): the pay of those jobs, careers of their own, as a reader lists them.
    private void careersPaidFor(boolean onlyUnderNoJob) {
        for (ProseBand prose : proseBands) {
            int at = prose.sentence().indexOf(prose.band().text());
            if (at < 0 || !prose.career().salary.bands.contains(prose.band())
                    || onlyUnderNoJob && JobNames.jobOf(prose.career().name) != null) {
                continue;
            }
            Matcher whom = FOR_WHOM.matcher(prose.sentence().substring(at + prose.band().text().length()));
            if (!whom.find()) {
                continue;
            }
            List<String> jobs = new ArrayList<>();
            // "para estagiários de suporte e R$ 6.800,00 para analistas": the next amount ends this one's jobs.
            String whomText = NEXT_AMOUNT.matcher(whom.group(1)).replaceFirst("").strip();
            for (String named : AND_FOR.split(whomText)) {
                String job = JobNames.jobOf(named.strip());
                job = job == null && Entries.namesIntern(named) ? named.strip() : job; // "para estagiários de suporte"
                if (job == null || sharesJobNoun(job, prose.career())) {
                    jobs.clear();
                    break; // "para enfermeiros", or no job at all: the page's own pay
                }
                jobs.add(job);
            }
            List<CareerDraft> paid = new ArrayList<>();
            for (String job : jobs) {
                CareerDraft other = careersByLooseCore.get(JobNames.core(job));
                if (other == null) {
                    other = careerBeside(capitalised(JobNames.asSubject(job)), job, prose.band().line(), "lead-line");
                    diagnostics.add(Diagnostic.info("career.subject", prose.band().line(), 1, "The pay '"
                            + prose.band().text() + "' is said to be for '" + job + "', another job than the page's; "
                            + "read as a career of its own."));
                }
                paid.add(other);
            }
            if (!paid.isEmpty()) {
                prose.career().salary.bands.remove(prose.band());
                paid.forEach(c -> c.salary(null).bands.add(prose.band()));
            }
        }
    }

    // "un agent de service à temps plein perçoit donc : 1 472 € / mois" on a page about the
    // aide-soignant: a clause giving the pay of another job, which a reader counts as a career of
    // its own; the band then moves to it (rehomeProsePay).
    private void careersOfOtherEarners() {
        for (ProseBand prose : proseBands) {
            // Named in passing in a paragraph of a page whose title names its job ("Electrical
            // contractors earn $58,760."): the page's band. A page named by its text ("Un vistazo a
            // la sanidad", on doctors' pay) has no such claim on "El sueldo de las enfermeras …".
            if (!prose.listItem() && !layout.pageNamedByText()) {
                continue;
            }
            // Another job, in its own list item ("- un agent de service … perçoit 1 472 €"): its job
            // noun is not in the page's career's name ("a community pharmacist earns" on a page about
            // pharmacists is the page's own job).
            for (LeadIn clause : clausesOfOtherEarners(prose.sentence(), prose.listItem())) {
                String job = JobNames.jobOf(clause.lead());
                if (!sharesJobNoun(job, prose.career()) && !careersByLooseCore.containsKey(JobNames.core(job))
                        && clause.rest().contains(prose.band().text())) {
                    CareerDraft other = careerBeside(capitalised(JobNames.asSubject(clause.lead())), job,
                            prose.band().line(), "lead-line");
                    other.summary.add(clause.rest());
                    diagnostics.add(Diagnostic.info("career.subject", prose.band().line(), 1, "The sentence '"
                            + clause.rest() + "' gives the pay of another job than the page's, '" + other.name
                            + "', read as a career of its own."));
                }
            }
        }
    }

    // In a list item, any clause naming who earns; in a paragraph, only pay said to be a job's ("El
    // sueldo de las enfermeras"): "Mikrosystemtechnik Fachkräfte verdienen …" there is the page's
    // job again, named as its workers.
    private static List<LeadIn> clausesOfOtherEarners(String sentence, boolean listItem) {
        List<LeadIn> clauses = listItem ? Entries.earningClauses(sentence) : List.of();
        String payOf = clauses.isEmpty() ? PageSubject.jobOfPayWords(sentence) : null;
        return payOf == null || JobNames.jobOf(payOf) == null ? clauses : List.of(new LeadIn(payOf, sentence.strip()));
    }

    // "… a seguir: um Enfermeiro Chefe recebe em média R$ 3.140,00; um Enfermeiro do Trabalho ganha
    // cerca de R$ 3.207,68": in the career "Enfermeiro", the post of that job whose clause gives
    // this amount, named as one person; null when the clause names no such post.
    private String postOfCareer(String sentence, String amount) {
        int at = sentence.indexOf(amount);
        if (career == null || at < 0 || !Entries.hasEarningVerb(sentence)) {
            return null;
        }
        String part = sentence.substring(sentence.lastIndexOf("; ", at) + 1).strip(); // clauses may end at "; "
        LeadIn preface = LeadIn.ofPlain(part);
        String clauses = preface.lead() != null && JobNames.jobOf(preface.lead()) == null ? preface.rest() : part;
        for (LeadIn clause : Entries.earningClauses(clauses)) {
            String job = JobNames.jobOf(clause.lead());
            // A post says more than the job's noun alone ("Enfermeiro Chefe", not "enfermeiros").
            if (clause.rest().contains(amount) && sharesJobNoun(job, career) && JobNames.core(job).indexOf(' ') > 0
                    && !JobNames.core(job).equals(JobNames.core(JobNames.jobOrName(career.name)))) {
                return capitalised(JobNames.asSubject(clause.lead()));
            }
        }
        return null;
    }

    // A career added beside the one being read (another job a sentence names); the one being read
    // stays the current one.
    private CareerDraft careerBeside(String name, String job, int line, String origin) {
        return entryBeside(name, job, null, line, 1, origin);
    }

    // "a community pharmacist" beside the career "Pharmacist": the same job noun, the career's own job.
    private static boolean sharesJobNoun(String job, CareerDraft career) {
        Set<String> own = JobNames.stems(career.name);
        return JobNames.stems(job).stream().anyMatch(w -> JobNames.isJobNoun(w) && own.contains(w));
    }

    // The career a heading names in its last parentheses ("Salaires par pays (Data Engineer)"), or null.
    private CareerDraft careerInParentheses(String heading) {
        int open = heading.lastIndexOf('(');
        int close = heading.lastIndexOf(')');
        if (open < 0 || close < open || careers.isEmpty()) {
            return null;
        }
        String inside = heading.substring(open + 1, close).strip();
        return JobNames.jobOf(inside) == null ? null : careerNamed(inside);
    }

    // An overview table's short name ("Pflegehelfer/in SRK / FaGe") for a career written in full
    // further down ("Pflegehelfer/in SRK & Fachfrau/Fachmann Gesundheit (FaGe)"): the one career
    // sharing most of its words, at least half of the shorter name's.
    private CareerDraft closestCareer(String rowName) {
        Set<String> words = JobNames.stems(rowName);
        words.removeIf(w -> w.length() < 2);
        CareerDraft best = null;
        int bestShared = 0;
        boolean tie = false;
        for (CareerDraft c : careers) {
            Set<String> name = JobNames.stems(c.name);
            name.removeIf(w -> w.length() < 2);
            int shared = (int) words.stream().filter(name::contains).count();
            if (shared * 2 < Math.min(words.size(), name.size()) || shared == 0) {
                continue;
            }
            tie = shared == bestShared;
            if (shared > bestShared) {
                best = c;
                bestShared = shared;
            }
        }
        return tie ? null : best;
    }

    // "Développeur PHP : un salaire moyen de 39000 € brut par an": a one-job page's title may give its pay.
    private void titlePay() {
        if (layout.kind() != CareerLayout.Kind.PAGE || careers.size() != 1 || title == null
                || !PayFinder.mayHoldPay(title)) {
            return;
        }
        CareerDraft current = career;
        career = careers.get(0);
        section = null;
        for (PayFinder.Found found : PayFinder.find(title, PayFinder.Context.PLAIN)) {
            addBand(before(title, found.start()), found.reading(), title.substring(found.start(), found.end()),
                    1, 1, "heading");
        }
        career = current;
    }

    // A job offer's pay in its metadata ("remunerationMin: 40000", "salary: 45k€"): a band of the
    // page's one career.
    private void frontMatterPay(FrontMatter frontMatter) {
        if (layout.kind() != CareerLayout.Kind.PAGE || careers.size() != 1) {
            return;
        }
        String min = null;
        String max = null;
        String single = null;
        for (var field : frontMatter.fields().entrySet()) {
            String key = Words.fold(field.getKey());
            if (!isPayWord(key) || key.contains("currency") || key.contains("devise") || key.contains("period")) {
                continue;
            }
            if (key.contains("min") || key.contains("from")) {
                min = field.getValue();
            } else if (key.contains("max") || key.contains("to")) {
                max = field.getValue();
            } else {
                single = field.getValue();
            }
        }
        String written = min != null && max != null ? min + " - " + max : single != null ? single : min != null ? min : max;
        if (written == null) {
            return;
        }
        String currency = frontMatter.get("currency", "salaryCurrency", "devise", "moneda", "moeda", "waehrung", "valuta");
        String text = currency == null ? written : written + " " + currency;
        CareerDraft current = career;
        career = careers.get(0);
        section = null;
        for (PayFinder.Found found : PayFinder.find(text, PayFinder.Context.SALARY)) {
            addBand("", found.reading(), written, 1, 1, "front-matter");
        }
        career = current;
    }

    // A name's letters alone, folded ("Full Stack", "fullstack" and "full-stack" are alike).
    private static String squashed(String text) {
        return String.join("", Words.split(Words.fold(JobNames.clean(text))));
    }

    // The heading of the section being read when it names a level ("Mid-Level Software Engineer
    // (5 Years Experience)"): the pay in it is that level's.
    private String levelSection() {
        return section != null && section.kind == SectionKind.OTHER && Levels.anywhere(section.heading) != Level.OTHER
                ? section.heading : null;
    }

    // A band's label from the sentence it was read in: the words before the amount when they are
    // few ("Média salarial desenvolvedor backend R$5.071", "Grandes empresas : R$ 16.000"); in a longer
    // sentence, the level it names ("Para los programadores junior…" → "Junior"), else the heading of
    // the section it stands in; never a fragment of the sentence.
    private String before(String text, int at) {
        // Only the words near the amount can label it (a line may be a megabyte long).
        String sentence = text.substring(Math.max(0, at - 300), at);
        int cut = Math.max(Math.max(sentence.lastIndexOf(". "), sentence.lastIndexOf("; ")), sentence.lastIndexOf(", "));
        String head = sentence.substring(cut + 1).replaceAll("[\\s:=(*_–—-]+$", "").strip();
        String[] words = head.split("\\s+");
        if (cut < 0 && at <= 300 && words.length <= 4 && clauseLabel(head).equals(head)) {
            // The line opens with it: a label, without the words that only lead to the amount
            // ("Salario entre" → "Salario"; "hasta", "alrededor de" alone are no label).
            return RANGE_WORDS.matcher(head).replaceFirst("").strip();
        }
        int sentenceStart = Math.max(sentence.lastIndexOf(". "), sentence.lastIndexOf("; "));
        // The level nearest the amount: "entry roles start near $65,000 and senior ones earn $130,000".
        String[] sentenceWords = sentence.substring(sentenceStart + 1).split("\\s+");
        for (int w = sentenceWords.length - 1; w >= 0; w--) {
            String plain = sentenceWords[w].replaceAll("[^\\p{L}-]", "");
            if (!plain.isEmpty() && Levels.of(plain) != Level.OTHER && Levels.of(plain) != Level.FREELANCE) {
                return capitalised(plain);
            }
        }
        // "Avec un salaire moyen de 2900€" → "Salaire moyen": the pay word and its qualifiers.
        for (int i = 0; i < words.length; i++) {
            if (isPayWord(words[i])) {
                int from = i > 0 && PAY_QUALIFIERS.contains(Words.fold(words[i - 1])) ? i - 1 : i;
                int to = i + 1 < words.length && PAY_QUALIFIERS.contains(Words.fold(words[i + 1])) ? i + 1 : i;
                String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, from, to + 1));
                return capitalised(phrase.replaceAll("[*_:,]", ""));
            }
        }
        return section != null && section.kind == SectionKind.OTHER ? section.heading : "";
    }

    private static final Pattern RANGE_WORDS = Pattern.compile("(?i)(?:^|\\s+)(?:(?:between|entre|zwischen|tra|fra|from|de|des"
            + "|von|da|desde|of|about|around|approximately|environ|alrededor|cerca|circa|rund|etwa|ca\\.?|up to|hasta|ate|até"
            + "|jusqu'à|bis|fino a|at|near|over|more than|plus de|más de|mais de|oltre|starting at|a partir de|ab)\\s*)+$");

    private static final Set<String> PAY_QUALIFIERS = Set.copyOf(List.of("average", "median", "moyen", "moyenne", "medio",
            "promedio", "media", "durchschnittliche", "durchschnittliches", "base", "starting", "entry", "annual",
            "annuel", "anual", "mensuel", "mensual", "mensal", "brut", "bruto", "lordo", "range", "fourchette",
            "rango", "rangos", "faixa", "medie", "medio", "mediano", "mediana"));

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    // "Entry-level" under "### #1: Houston, Texas": "Houston, Texas · Entry-level".
    private String placed(String label) {
        return placeHeading == null || label.startsWith(placeHeading) ? label
                : label.isEmpty() ? placeHeading : placeHeading + " · " + label;
    }

    private BandDraft addBand(String label, Amounts.Reading reading, String text, int line, int column, String origin) {
        if (label.chars().noneMatch(Character::isLetter)) {
            label = ""; // "24.700/ 32.000/": the amounts before are no label
        }
        label = placed(label);
        Level level = Levels.anywhere(label);
        if (underAYearsPay(reading, reading.period(), text, line, column)) {
            return null;
        }
        BandDraft band = new BandDraft(label, level, reading, reading.period(), text, line, column, origin);
        career.salary(section).bands.add(band);
        return band;
    }

    // No one earns under 1,000 a year: such an amount is no band, and a diagnostic says why.
    private boolean underAYearsPay(Amounts.Reading reading, Period period, String text, int line, int column) {
        if (period != Period.YEAR || reading.max() == null || reading.max().compareTo(java.math.BigDecimal.valueOf(1000)) >= 0
                || "JPY".equals(reading.currency())) {
            return false;
        }
        if (reading.periodStated()) {
            diagnostics.add(Diagnostic.warning("salary.implausible", line, column, "The amount '" + text
                    + "' is under 1,000 a year, which no one earns; it is not read as a band."));
        } else {
            diagnostics.add(Diagnostic.info("salary.no-period", line, column, "The amount '" + text
                    + "' names no period and is too small for a year's pay; it is not read as a band."));
        }
        return true;
    }

    private void paragraphText(String text, int line) {
        if (text.isEmpty()) {
            return;
        }
        if (inSources) {
            sources.add(new Source(text, firstUrl(text), line));
        } else if (career == null) {
            introduction.add(text);
        } else if (section == null) {
            career.summary.add(text);
        } else {
            unplaced("paragraph", line, 1).paragraphs.add(text);
        }
    }

    private void introBlock(Node block) {
        if (block instanceof Paragraph p) {
            introduction.add(textOf(p));
        } else if (block instanceof ListBlock list) {
            for (Item item : items(list)) {
                introduction.add(item.text());
            }
        } else {
            diagnostics.add(Diagnostic.info("intro.unplaced", blocks.line(block), column(block),
                    "This " + describe(block) + " comes before the first career; it is kept in the introduction."));
            if (block instanceof TableBlock table) {
                for (List<String> row : blocks.rows(table)) {
                    introduction.add(String.join(" | ", row));
                }
            } else {
                addIfNotEmpty(introduction, blocks.literal(block));
            }
        }
    }

    private void careerBodyBlock(Node block) {
        if (block instanceof Paragraph p) {
            career.summary.add(textOf(p));
        } else if (block instanceof ListBlock list) {
            for (Item item : items(list)) {
                career.responsibilities.add(item.text());
            }
        } else {
            keepUnplaced(block);
        }
    }

    private void sectionBlock(Node block) {
        switch (section.kind) {
            case ROLE -> roleBlock(block);
            case SALARY -> salaryBlock(block);
            case CONSTRAINTS -> constraintBlock(block);
            case ENVIRONMENTS -> environmentBlock(block);
            case DEMAND -> demandBlock(block);
            default -> otherBlock(block);
        }
    }

    private void roleBlock(Node block) {
        if (block instanceof Paragraph p && !section.hadList) {
            career.summary.add(textOf(p));
        } else if (block instanceof ListBlock list) {
            section.hadList = true;
            for (Item item : items(list)) {
                career.responsibilities.add(item.text());
            }
        } else {
            keepUnplaced(block);
        }
    }

    // "**Welche Skills brauchst du?**" then its text on the next lines: a small heading of another
    // section, which ends the salary section ("**Junior**" then its pay does not).
    private boolean endsSalarySection(Paragraph p) {
        List<Segment> segments = segments(p);
        if (segments.size() < 2) {
            return false;
        }
        String bold = Entries.boldLine(segments.get(0).first(), segments.get(0).end());
        return bold != null && bold.split("\\s+").length <= 8 && Levels.anywhere(bold) == Level.OTHER
                && !PayFinder.mayHoldPay(bold) && !isPayWord(bold) && SectionKind.of(bold) != SectionKind.SALARY
                && JobNames.jobOf(bold) == null;
    }

    private void salaryBlock(Node block) {
        if (block instanceof ListBlock list) {
            Map<Item, OtherJob> others = otherJobsPaid(items(list));
            for (Item item : items(list)) {
                if (others.containsKey(item)) {
                    otherJobItem(item, others.get(item));
                } else {
                    salaryLine(itemLeadIn(item), item.text(), item.line(), item.column(), false);
                }
            }
        } else if (block instanceof Paragraph p && endsSalarySection(p)) {
            List<Segment> segments = segments(p);
            Segment first = segments.get(0);
            int line = blocks.line(p);
            String name = withoutClosingColon(Entries.boldLine(first.first(), first.end()));
            section = new SectionDraft(SectionKind.of(name), name, line);
            career.open(section);
            bandHeading = null;
            payTalk = false;
            for (Segment segment : segments.subList(1, segments.size())) {
                String text = InlineText.range(segment.first(), segment.end());
                if (section.kind == SectionKind.ROLE) {
                    career.summary.add(text);
                } else {
                    career.other(section.heading, section.line).paragraphs.add(text);
                }
                pay(shortLead(text), text, line + segment.offset(), 1, PayFinder.Context.PLAIN);
            }
        } else if (block instanceof Paragraph p) {
            int line = blocks.line(p);
            for (Segment segment : segments(p)) {
                LeadIn leadIn = LeadIn.ofRange(segment.first(), segment.end());
                String text = InlineText.range(segment.first(), segment.end());
                String written = InlineText.rangeAsWritten(segment.first(), segment.end());
                if (!written.equals(text)) {
                    // Struck-out words ("<del>… 3000 euros</del>") are shown as written, never read as pay.
                    unplaced("paragraph", line + segment.offset(), 1).paragraphs.add(written);
                    pay(shortLead(text), text, line + segment.offset(), 1, PayFinder.Context.SALARY);
                } else if (leadIn.lead() != null || Amounts.read(labelled(leadIn, text).rest()).min() != null) {
                    salaryLine(leadIn, text, line + segment.offset(), 1, true);
                } else {
                    unplaced("paragraph", line + segment.offset(), 1).paragraphs.add(text);
                }
            }
        } else if (block instanceof TableBlock table) {
            List<List<String>> rows = blocks.rows(table);
            int line = blocks.line(table);
            List<String> header = rows.isEmpty() ? List.of() : rows.get(0);
            for (int r = 1; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                if (row.size() < 2) {
                    continue;
                }
                // One band per pay cell, labelled by its row and column ("Junior · Paris").
                int before = career.salary(section).bands.size();
                java.util.Set<Integer> parts = Entries.partsOfTotal(header, row);
                for (int c = 1; c < row.size(); c++) {
                    String head = c < header.size() ? header.get(c) : "";
                    String cell = row.get(c);
                    if (Entries.namesNoPay(head) || parts.contains(c)) {
                        continue; // kept in the table as written, not a band
                    }
                    for (PayFinder.Found found : PayFinder.find(cell, PayFinder.Context.SALARY)) {
                        // The column's header names the band only when the table has several pay columns.
                        String label = head.isBlank() || header.size() <= 2 ? row.get(0) : row.get(0) + " · " + head;
                        addBand(label, found.reading(), cell, line + r + 1, 1, "table");
                    }
                }
                // A row with no amount at all is reported; one whose numbers are not pay ("-", "0%") is not a band.
                if (career.salary(section).bands.size() == before
                        && row.subList(1, row.size()).stream().noneMatch(ModelBuilder::hasDigit)) {
                    String amount = String.join(" ", row.subList(1, row.size()));
                    band(new LeadIn(row.get(0), amount), String.join(" ", row), line + r + 1, 1);
                }
            }
            career.other(section.heading, section.line).rows.addAll(rows);
            diagnostics.add(Diagnostic.info("salary.table", line, column(table),
                    "Salary bands were read from this table's rows; the table is also kept as written."));
        } else {
            keepUnplaced(block);
            if (block instanceof HtmlBlock) {
                findPay(block); // "<div><strong>75€ HT / heure</strong></div>"
            }
        }
    }

    /**
     * One line of a salary section. "Junior : 45k€ - 60k€" is a band; a line holding several
     * ranges gives a band for each, and a sentence ("Les débutants gagnent entre 35 000 et
     * 45 000 € par an") the ranges it names, the sentence itself kept as written.
     */
    private void salaryLine(LeadIn leadIn, String wholeText, int line, int column, boolean paragraph) {
        LeadIn labelled = labelled(leadIn, wholeText);
        // A long text before the first amount is a sentence, not a label ("Die Vergütung liegt zwischen…").
        // So is a short clause saying who earns ("Leitende Ergotherapeutinnen kommen auf 52k €").
        boolean sentence = leadIn.lead() == null && plainLabel(wholeText).lead() == null
                && (labelled.lead().split("\\s+").length > 4 || !clauseLabel(labelled.lead()).equals(labelled.lead())
                        || ADDING.matcher(labelled.lead()).find()); // "Evening clinics can add $4,000-$6,000 to …"
        String label = sentence || labelled.lead().isEmpty() ? null : labelled.lead();
        String text = sentence ? wholeText : labelled.rest();
        Amounts.Reading reading = Amounts.read(labelled.rest());
        // "Junior : 45k€ - 60k€", nothing after its amounts: one band, as every sample page writes them.
        boolean quantity = reading.currency() == null && PayFinder.opensWithQuantity(labelled.rest());
        if (label != null && reading.min() != null && reading.amountCount() <= 2 && !sentence && !quantity
                && (reading.note() == null || !hasDigit(reading.note()) && !INDIAN_UNITS.matcher(reading.note()).find())
                && AMOUNT_FIRST.matcher(labelled.rest()).lookingAt()) {
            band(labelled, reading, wholeText, line, column);
            return;
        }
        List<PayFinder.Found> found = payAfterLabel(text, label);
        // "Junior : 45k€ - 60k€" is one band; so is a chain "70k€ - 80k€ - 95k€" (read lowest to
        // highest, with a warning), but not "40k€ (Paris), 35k€ (Lyon)" nor "von 80.000 bis 250.000".
        // The amount must open the text after the label: "Location : pay more than tier-2 cities" is
        // a sentence, read for the ranges it names.
        boolean amountFirst = labelled.rest().isEmpty() || AMOUNT_FIRST.matcher(labelled.rest()).lookingAt();
        boolean oneBand = label != null && reading.min() != null && amountFirst && !quantity && (reading.amountCount() > 2
                || found.isEmpty() || found.size() == 1 && found.get(0).reading().max().compareTo(reading.max()) == 0
                        && found.get(0).reading().min().compareTo(reading.min()) == 0);
        boolean shortLine = label != null && labelled.rest().split("\\s+").length <= 8;
        // A short line whose amount the pay finder refused ("(10-15% above average)") is no band.
        // Nor is "**40% do lucro** vai para custos operacionais": a share, no amount.
        boolean refused = found.isEmpty() && (reading.min() != null && (labelled.rest().contains("%") || quantity)
                || wholeText.contains("%"));
        // "**Fontes:** Indeed, Programathor": where the figures come from, not a band.
        boolean sources = label != null && SectionKind.of(label) == SectionKind.SOURCES;
        // "**Highest Paying Locations**:" over its own list: a label of what follows, no band.
        boolean opensList = found.isEmpty() && label != null && labelled.rest().isBlank() && reading.min() == null;
        // "**Benefits and Perks:** Health insurance, …": no number, no pay word, no level: text.
        boolean noPayTalk = found.isEmpty() && label != null && !hasDigit(wholeText) && !isPayWord(label)
                && Levels.anywhere(label) == Level.OTHER;
        if (oneBand || found.isEmpty() && shortLine && !refused && !sources && !opensList && !noPayTalk) {
            band(leadIn, wholeText, line, column);
            return;
        }
        if (found.isEmpty()) {
            // A sentence with no amount in the salary section: kept as written, no empty band.
            if (paragraph) {
                unplaced("paragraph", line, column).paragraphs.add(wholeText);
            } else {
                unplaced("list item", line, column).items.add(wholeText);
            }
            return;
        }
        // "R$ 14,42 (vs R$ 11,20 média transporte)": the pay it is compared with is others', kept in the line.
        found.removeIf(f -> f != found.get(0) && COMPARED.matcher(text.substring(0, f.start())).find());
        for (PayFinder.Found f : found) {
            String bandLabel = label != null ? label : bandHeading != null ? bandHeading : before(text, f.start());
            BandDraft band = addBand(bandLabel, f.reading(), text.substring(f.start(), f.end()), line, column, "salary-section");
            if (band != null && sentence) {
                proseBands.add(new ProseBand(career, band, Sentences.around(text, f.start()), !paragraph));
            }
        }
        // The line as written is kept where the section's other text goes: the bands hold only
        // their amounts, the words around them ("par jour", "selon la ville") stay readable. A
        // line of amounts only ("$61K - $78K - $104K" under "### United States") is its bands.
        if (nothingButPay(text, found)) {
            return;
        }
        if (paragraph) {
            unplaced("paragraph", line, column).paragraphs.add(wholeText);
        } else {
            unplaced("list item", line, column).items.add(wholeText);
        }
        if (label != null && found.size() > 1) {
            diagnostics.add(Diagnostic.info("salary.several", line, column, "The line '" + wholeText
                    + "' names " + found.size() + " amounts or ranges; each is a band."));
        }
    }

    // The label and amount text of a salary line, as written ("**Junior** : 45k€" → Junior, 45k€).
    private static LeadIn labelled(LeadIn leadIn, String wholeText) {
        if (leadIn.lead() != null) {
            return new LeadIn(leadIn.lead(), leadIn.rest());
        }
        LeadIn plain = plainLabel(wholeText);
        if (plain.lead() != null) {
            return plain;
        }
        int amountStart = firstDigitOrSymbol(wholeText);
        if (amountStart > 0 && amountStart < wholeText.length() && Character.isLetter(wholeText.charAt(amountStart - 1))
                && Character.isDigit(wholeText.charAt(amountStart))) {
            return new LeadIn("", wholeText.strip()); // "D9/D1", "H2 2024": a name holding a digit, no label
        }
        if (PayFinder.endsWithScale(wholeText.substring(0, amountStart))) {
            return new LeadIn("", wholeText.strip()); // "Les percentiles (sur 100) …": a scale, no label
        }
        String lead = wholeText.substring(0, amountStart).replaceAll("[\\s\\-–—]+$", "").strip();
        if (!lead.isEmpty() && RANGE_WORDS.matcher(lead).replaceFirst("").isBlank()) {
            return new LeadIn("", wholeText.strip()); // "A partir de R$ 2.000": the words open the range
        }
        return new LeadIn(lead, wholeText.substring(amountStart).strip());
    }

    // "Junior : 45k€", not "Roofers earn $50,970 a year. Where they work matters too: …": words
    // before a colon label the amounts after it unless they hold an amount or a sentence's end.
    private static LeadIn plainLabel(String text) {
        LeadIn plain = LeadIn.ofPlain(text);
        return plain.lead() != null && (plain.lead().chars().anyMatch(Character::isDigit)
                || SENTENCE_END.matcher(plain.lead()).find()) ? new LeadIn(null, text.strip()) : plain;
    }

    // "Senior developers earn about": a clause saying who earns, not a label; its level word is.
    private static String clauseLabel(String lead) {
        if (!Entries.hasEarningVerb(lead) || !JobNames.hasJobNoun(lead, true)) {
            return lead;
        }
        for (String word : lead.split("\\s+")) {
            String plain = word.replaceAll("[^\\p{L}-]", "");
            if (!plain.isEmpty() && Levels.of(plain) != Level.OTHER && Levels.of(plain) != Level.FREELANCE) {
                return capitalised(plain);
            }
        }
        return "";
    }

    private void band(LeadIn leadIn, String wholeText, int line, int column) {
        LeadIn labelled = labelled(leadIn, wholeText);
        band(labelled, Amounts.read(labelled.rest()), wholeText, line, column);
    }

    // The line as written ({@code wholeText}) stays in the section when it is no band.
    private void band(LeadIn labelled, Amounts.Reading read, String wholeText, int line, int column) {
        String label = labelled.lead();
        // "Salary begins at $60,000": at least that.
        Amounts.Reading reading = read.min() != null && read.min().equals(read.max()) && !read.openEnded()
                && !label.isEmpty() && PayFinder.endsOnFloor(label) ? read.asFloor() : read;
        String text = labelled.rest();
        Level level = Levels.anywhere(label); // "Junior", "Programador Júnior"
        Period period = reading.periodStated() ? reading.period()
                : level == Level.FREELANCE && Words.fold(label).startsWith("tjm") ? Period.DAY : reading.period();
        if (reading.min() == null) {
            diagnostics.add(Diagnostic.warning("salary.unparsed", line, column,
                    "No amount could be read in the salary band '" + (label + " " + text).strip() + "'."));
        } else if (reading.min().signum() > 0 && underAYearsPay(reading, period, text, line, column)) {
            career.other(section.heading, section.line).paragraphs.add(wholeText.strip());
            return;
        } else if (reading.reversed()) {
            diagnostics.add(Diagnostic.warning("salary.reversed-range", line, column,
                    "The range '" + text + "' goes from high to low; it was read as "
                            + reading.min().toPlainString() + " to " + reading.max().toPlainString() + "."));
        }
        if (reading.min() != null && (reading.min().signum() <= 0 || reading.max().compareTo(IMPLAUSIBLE) > 0)) {
            diagnostics.add(Diagnostic.warning("salary.implausible", line, column, "The amount '" + text
                    + "' is zero, negative or over 100 million; check it."));
        }
        if (reading.amountCount() > 2) {
            diagnostics.add(Diagnostic.warning("salary.extra-amounts", line, column, "The band '"
                    + text + "' holds " + reading.amountCount() + " amounts; it was read as the lowest to the highest."));
        }
        if (label.isEmpty() && bandHeading != null) {
            label = bandHeading;
            level = Levels.anywhere(label);
        }
        career.salary(section).bands.add(new BandDraft(placed(label), level, reading, period, text, line, column, "salary-section"));
    }

    private void constraintBlock(Node block) {
        if (block instanceof ListBlock list) {
            for (Item item : items(list)) {
                LeadIn leadIn = constraintLeadIn(itemLeadIn(item));
                career.constraints.add(new Constraint(leadIn.lead(), leadIn.rest(), item.line()));
            }
        } else if (block instanceof Paragraph p) {
            int line = blocks.line(p);
            for (Segment segment : segments(p)) {
                LeadIn leadIn = constraintLeadIn(LeadIn.ofRange(segment.first(), segment.end()));
                if (leadIn.lead() != null) {
                    career.constraints.add(new Constraint(leadIn.lead(), leadIn.rest(), line + segment.offset()));
                } else {
                    unplaced("paragraph", line + segment.offset(), 1).paragraphs.add(leadIn.rest());
                }
            }
        } else {
            keepUnplaced(block);
        }
    }

    // The lead-in comes from the item's first paragraph; the item's later blocks (a second
    // paragraph, a code block) follow its text, so that nothing of the item is lost.
    private LeadIn itemLeadIn(Item item) {
        if (item.paragraph() == null) {
            return new LeadIn(null, item.text());
        }
        LeadIn leadIn = LeadIn.of(item.paragraph());
        String first = blocks.literal(item.paragraph());
        if (!item.text().startsWith(first)) {
            return new LeadIn(leadIn.lead(), item.text()); // a block came before the paragraph
        }
        String more = item.text().substring(first.length()).strip();
        if (more.isEmpty()) {
            return leadIn;
        }
        return new LeadIn(leadIn.lead(), leadIn.rest().isEmpty() ? more : leadIn.rest() + " " + more);
    }

    private void environmentBlock(Node block) {
        if (block instanceof ListBlock list) {
            for (Item item : items(list)) {
                career.environments.addAll(Environments.split(item.text()));
            }
        } else if (block instanceof Paragraph p) {
            career.environments.addAll(Environments.split(textOf(p)));
        } else {
            keepUnplaced(block);
        }
    }

    private void demandBlock(Node block) {
        if (block instanceof ListBlock list) {
            for (Item item : items(list)) {
                LeadIn leadIn = itemLeadIn(item);
                career.demand.add(demand(leadIn, item.line()));
            }
        } else if (block instanceof Paragraph p) {
            int line = blocks.line(p);
            for (Segment segment : segments(p)) {
                career.demand.add(demand(LeadIn.ofRange(segment.first(), segment.end()), line + segment.offset()));
            }
        } else {
            keepUnplaced(block);
        }
    }

    private static Demand demand(LeadIn leadIn, int line) {
        LeadIn withLabel = leadIn;
        if (leadIn.lead() == null) {
            // "Qui en a besoin : les banques" without bold: a label only when it says who needs it.
            LeadIn plain = LeadIn.ofPlain(leadIn.rest());
            if (plain.lead() != null && DemandRoles.of(plain.lead()) != DemandRole.OTHER) {
                withLabel = plain;
            }
        }
        return new Demand(withLabel.lead(), DemandRoles.of(withLabel.lead()), withLabel.rest(), line);
    }

    // "Rigueur extrême ➜ texte" without bold: an arrow is unambiguous, a colon is not.
    private static LeadIn constraintLeadIn(LeadIn leadIn) {
        if (leadIn.lead() != null) {
            return leadIn;
        }
        LeadIn plain = LeadIn.ofPlain(leadIn.rest());
        String rest = leadIn.rest();
        boolean arrow = plain.lead() != null && rest.substring(plain.lead().length()).stripLeading().matches("^(?:➜|→|➔|⇒|->|=>)[\\s\\S]*");
        return arrow ? plain : leadIn;
    }

    private void otherBlock(Node block) {
        OtherDraft other = career.other(section.heading, section.line);
        addTo(other, block);
    }

    private void addTo(OtherDraft other, Node block) {
        if (block instanceof Paragraph p) {
            addIfNotEmpty(other.paragraphs, textOf(p));
        } else if (block instanceof ListBlock list) {
            for (Item item : items(list)) {
                other.items.add(item.text());
            }
        } else if (block instanceof TableBlock table) {
            other.rows.addAll(blocks.rows(table));
        } else if (block instanceof HtmlBlock html && !HtmlTables.rows(html.getLiteral()).isEmpty()) {
            other.rows.addAll(HtmlTables.rows(html.getLiteral()));
            addIfNotEmpty(other.paragraphs, HtmlTables.outsideTables(html.getLiteral()));
        } else {
            addIfNotEmpty(other.paragraphs, blocks.literal(block));
        }
    }

    private static final Pattern ADDING = Pattern.compile(
            "\\b(?:add|adds|ajoute|ajoutent|anade|anaden|acrescenta|acrescentam|aggiunge|aggiungono)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPARED = Pattern.compile(
            "(?:\\bvs\\.?|\\bversus|\\bcontre|\\bfrente a|gegenüber|rispetto a)\\s*$", Pattern.CASE_INSENSITIVE);

    // "Rendimento por hora: R$ 14,42": a label naming a period gives it to the amounts after it,
    // as a table's header does to its cells.
    private static List<PayFinder.Found> payAfterLabel(String text, String label) {
        boolean namesPeriod = label != null && Amounts.firstPeriod(Words.fold(label)) != null;
        return PayFinder.findAfterLabel(namesPeriod ? label : null, text, PayFinder.Context.SALARY);
    }

    // Whether the pay found is all a text holds ("AU$70K - AU$88,400 - AU$121K"): unlike
    // onlyAmounts(text), a currency's code or letters read as part of an amount count as amount.
    private static boolean nothingButPay(String text, List<PayFinder.Found> found) {
        StringBuilder rest = new StringBuilder(text);
        for (int k = found.size() - 1; k >= 0; k--) {
            rest.replace(found.get(k).start(), found.get(k).end(), " ");
        }
        return rest.codePoints().noneMatch(Words::isLetterOrNumber);
    }

    // Content that does not fit its section: kept in an extra section under the same heading.
    private void keepUnplaced(Node block) {
        addTo(unplaced(describe(block), blocks.line(block), column(block)), block);
    }

    // "<del>Avec ce tarif, une traductrice … gagnerait 4 500 euros nets par mois.</del>": words the
    // author struck out are never read as pay or names, but they are shown, as the page shows them.
    private void keepStruckOut(Paragraph p) {
        String struck = InlineText.struckOut(p);
        if (struck.isEmpty()) {
            return;
        }
        int line = blocks.line(p);
        if (career != null) {
            unplaced("struck-out text", line, 1).paragraphs.add(struck);
        } else if (pageSection != null) {
            pageSection.paragraphs.add(struck);
        } else {
            introduction.add(struck);
        }
    }

    private OtherDraft unplaced(String what, int line, int column) {
        String heading = section != null ? section.heading : career.name;
        diagnostics.add(Diagnostic.info("section.unplaced", line, column, "This " + what
                + " does not fit the section '" + heading + "'; it is kept as an extra section."));
        return career.other(heading, section != null ? section.line : career.line);
    }

    // ----------------------------------------------------------------------------------------
    // Sources

    private boolean isSourcesQuote(BlockQuote quote) {
        Node first = quote.getFirstChild();
        if (!(first instanceof Paragraph p)) {
            return false;
        }
        String firstLine = InlineText.range(p.getFirstChild(), firstBreak(p));
        String word = Words.fold(firstLine).replaceAll("[^\\p{L} ]", "").strip();
        return SectionKind.of(firstLine) == SectionKind.SOURCES && !word.contains(" ");
    }

    private void sourcesQuote(BlockQuote quote) {
        inSources = true;
        Paragraph heading = (Paragraph) quote.getFirstChild();
        Node afterFirstLine = firstBreak(heading);
        String firstLine = InlineText.range(heading.getFirstChild(), afterFirstLine);
        sourcesHeading = sourcesHeading == null ? firstLine : sourcesHeading + " · " + firstLine;
        if (afterFirstLine != null) {
            String rest = InlineText.range(afterFirstLine, null);
            if (!rest.isEmpty()) {
                sources.add(new Source(rest, firstLink(heading), blocks.line(heading) + 1));
            }
        }
        for (Node inner = heading.getNext(); inner != null; inner = inner.getNext()) {
            for (Node leaf : leafBlocks(inner)) {
                sourceBlock(leaf);
            }
        }
    }

    private void sourceBlock(Node block) {
        if (block instanceof ListBlock list) {
            for (Item item : items(list)) {
                String url = item.paragraph() != null ? firstLink(item.paragraph()) : null;
                sources.add(new Source(item.text(), url != null ? url : firstUrl(item.text()), item.line()));
            }
        } else if (block instanceof Paragraph p) {
            String url = firstLink(p);
            String text = textOf(p);
            sources.add(new Source(text, url != null ? url : firstUrl(text), blocks.line(p)));
        } else if (block instanceof TableBlock table) {
            int line = blocks.line(table);
            for (List<String> row : blocks.rows(table)) {
                String text = String.join(" | ", row);
                sources.add(new Source(text, firstUrl(text), line++));
            }
        } else {
            String text = blocks.literal(block);
            if (!text.isEmpty()) {
                sources.add(new Source(text, firstUrl(text), blocks.line(block)));
            }
        }
    }

    private static String firstUrl(String text) {
        Matcher m = BARE_URL.matcher(text);
        return m.find() ? m.group() : null;
    }

    // ----------------------------------------------------------------------------------------
    // Finishing: currencies, duplicates, records

    private static final Map<String, String> PAY_HEADINGS = Map.of("fr", "Salaire", "en", "Salary",
            "es", "Salario", "pt", "Salário", "de", "Gehalt", "it", "Stipendio");

    private boolean anyBareDollar() {
        for (CareerDraft c : careers) {
            if (c.salary != null) {
                for (BandDraft b : c.salary.bands) {
                    if (PayFinder.DOLLAR.equals(b.reading().currency()) || PayFinder.DOLLARS.equals(b.reading().currency())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private List<Career> finishCareers(String language, String titleDollar) {
        String dollar = titleDollar;
        if (dollar.equals("USD") && pageText != null && anyBareDollar()) {
            String named = PayFinder.dollarOfText(pageText.get());
            dollar = named != null ? named : dollar;
        }
        Set<String> currencies = new LinkedHashSet<>();
        Set<Period> periods = new LinkedHashSet<>();
        java.math.BigDecimal smallest = null;
        java.math.BigDecimal largest = null;
        for (CareerDraft c : careers) {
            if (c.salary != null) {
                for (BandDraft b : c.salary.bands) {
                    if (b.reading().currency() != null) {
                        currencies.add(PayFinder.resolve(b.reading().currency(), dollar));
                    }
                    if (b.reading().periodStated() && b.reading().max() != null) {
                        periods.add(b.reading().period());
                        smallest = smallest == null ? b.reading().max() : smallest.min(b.reading().max());
                        largest = largest == null ? b.reading().max() : largest.max(b.reading().max());
                    }
                }
            }
        }
        String onlyCurrency = currencies.size() == 1 ? currencies.iterator().next() : null;
        // Only a page that writes no currency at all is read for the country it names (once).
        var country = new java.util.concurrent.atomic.AtomicReference<String[]>();
        java.util.function.Supplier<String> countryCurrency = () -> {
            if (!currencies.isEmpty() || pageText == null) {
                return null;
            }
            if (country.get() == null) {
                country.set(new String[] {PayFinder.currencyOfPlacesOrLanguage(pageText.get(), language)});
            }
            return country.get()[0];
        };
        // Pay found outside a salary section without a period takes the page's only stated one.
        Drafts.PagePeriod onlyPeriod = periods.size() == 1
                ? new Drafts.PagePeriod(periods.iterator().next(), smallest, largest) : null;
        String payHeading = PAY_HEADINGS.getOrDefault(language, "Salary");
        Map<String, Integer> seen = new HashMap<>();
        List<Career> built = new ArrayList<>();
        for (CareerDraft c : careers) {
            Integer first = seen.putIfAbsent(Words.fold(c.name), c.line);
            if (first != null) {
                diagnostics.add(Diagnostic.warning("career.duplicate", c.line, 1, "The career '"
                        + c.name + "' already appears on line " + first + "; both are kept."));
            }
            built.add(c.build(onlyCurrency, dollar, countryCurrency, onlyPeriod, payHeading, diagnostics));
        }
        return built;
    }

    // A job board's "jobtitle: Chef Manager", or a heading that opens the page: the title a reader
    // sees where the page has no level-1 heading nor title field.
    private void titleWhereNone(FrontMatter frontMatter) {
        if (title != null) {
            return;
        }
        String field = CareerParser.jobField(frontMatter);
        field = field == null && pageText != null ? CareerParser.labelledJob(pageText.get()) : field;
        String line = field == null && openingHeading == null && pageText != null && frontMatter.get("title", "name") == null
                ? CareerParser.openingTitleLine(pageText.get()) : null;
        // "Harbourside Library seeks a … librarian": an advert whose opening offers its one job.
        String offered = field == null && openingHeading == null && line == null && layout.kind() == CareerLayout.Kind.PAGE
                && layout.jobs() == PageSubject.OFFERED && careers.size() == 1 ? careers.get(0).name : null;
        String named = field != null ? JobNames.clean(field) : openingHeading != null ? openingHeading : line != null ? line : offered;
        if (named != null && !named.isBlank()) {
            title = named;
            diagnostics.add(Diagnostic.info("document.no-title", 0, 0, "The file has no level-1 heading ('# Title') "
                    + "nor title field; outputs use " + (field != null ? "its job field"
                            : openingHeading != null ? "the heading it opens with"
                            : line != null ? "the line it opens with that names a job" : "the job its opening offers")
                    + ", '" + named + "', as title."));
        }
    }

    private void reportEmptiness(List<Career> built) {
        if (!anyBlock) {
            diagnostics.add(Diagnostic.warning("document.empty", 0, 0, "The file holds no Markdown content."));
            return;
        }
        if (built.isEmpty()) {
            diagnostics.add(Diagnostic.warning("document.no-careers", 0, 0, "No career was found: write each "
                    + "career as a level-2 heading ('## Name'); the content is kept as introduction."));
        }
        if (title == null) {
            diagnostics.add(Diagnostic.info("document.no-title", 0, 0,
                    "The file has no level-1 heading ('# Title'); outputs use the file name as title."));
        }
    }

    static boolean isSetextParagraph(Heading h) {
        return h.getLevel() == 2 && h.getSourceSpans().size() >= 3;
    }

    private static int firstDigitOrSymbol(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || "€$£¥₹".indexOf(c) >= 0) {
                int start = i;
                while (c == '$' && start > 0 && i - start < 3 && Character.isUpperCase(text.charAt(start - 1))) {
                    start--; // "R$", "US$", "CA$": the currency's letters before its sign
                }
                return start > 0 && Character.isLetter(text.charAt(start - 1)) ? i : start;
            }
        }
        return 0;
    }

    private static void addIfNotEmpty(List<String> list, String text) {
        if (!text.isEmpty()) {
            list.add(text);
        }
    }
}
