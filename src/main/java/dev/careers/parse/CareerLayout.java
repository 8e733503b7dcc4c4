package dev.careers.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Finds what holds a page's careers, the way a reader skims it: the heading level whose headings
 * name jobs (under article sections or not, numbered or not), the bold lines or list items that
 * name jobs, or the page itself when it is about one job. Without any job named, the older rule:
 * careers sit one level above recognised sections, else at the highest level below the title.
 * Counts are added a parsed tree at a time (a large file's pieces); not thread-safe.
 */
final class CareerLayout {
    /** The kinds of layout, as named in the model ("careers.layout"). */
    enum Kind {
        HEADINGS, BOLD_LINES, LEAD_LINES, LIST_ITEMS, TABLE_ROWS, PAGE, OUTLINE, NONE;

        String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    static final int BOLD_LINE_LEVEL = 7;
    static final int LIST_ITEM_LEVEL = 8;
    static final int TABLE_ROW_LEVEL = 9;
    static final int LEAD_LINE_LEVEL = 10;

    private final String titleJob;
    /** The job a front-matter field names ("metier: Actuaire"), for a page nothing else names one of. */
    private final String fieldJob;
    private final Map<Integer, Set<String>> cores = new LinkedHashMap<>();
    /** Per level, the jobs with their level word: "Junior" and "Senior Software Engineer" as two entries. */
    private final Map<Integer, Set<String>> levelled = new LinkedHashMap<>();
    private final Map<Integer, String> examples = new LinkedHashMap<>();
    private final int[] sectionsAt = new int[7];
    /** Per level, the headings met, and those with a recognised section ("Salaire", "Missions") below them. */
    private final int[] headingsAt = new int[7];
    /** Per level, the headings that are questions naming no job ("Come funzionano?"). */
    private final int[] questionsAt = new int[7];
    private final int[] withSectionsAt = new int[7];
    /** Per level, whether the heading now open there has a recognised section below it (null: none open). */
    private final Boolean[] openHasSection = new Boolean[7];
    private final String[] openText = new String[7];
    /** Per level, the headings over a recognised section ("### Requisitos", "### Sueldo aproximado"). */
    private final List<Set<String>> withSectionsText = java.util.stream.Stream.<Set<String>>generate(LinkedHashSet::new)
            .limit(7).collect(java.util.stream.Collectors.toList());
    private int smallestBelowTitle = Integer.MAX_VALUE;
    /** Whether the blocks now stand under a heading of sources ("References", "Fontes"). */
    private boolean inSources;
    private int salaryLevel = 0;
    /** The level of the heading naming a job that the blocks now stand under, else 0. */
    private int jobLevel = 0;
    private String firstTitle;
    private int titles;
    /** Jobs named by table columns: careers too, beside those of the headings. */
    private int columnJobs;
    private final boolean frontMatterTitle;
    private final NumberedRuns numbered = new NumberedRuns();
    private final PayHeadings payHeadings = new PayHeadings();
    private final String frontMatterTitleText;
    /** The jobs an article's text names, when its front-matter title names none; else null. */
    private final PageSubject subject;
    /** The first title-level heading that marks a job advert's genders ("Koch (m/w/d)"), else null. */
    private String advertTitle;
    private int advertTitles;
    /** Headings by level and pay frame ("salaries in leeds"), and how many of them name a known job. */
    private final Map<String, List<String>> framed = new LinkedHashMap<>();
    private final Map<String, Integer> framedJobs = new LinkedHashMap<>();
    /** Per level, the headings whose role line names their job ("Role: Software Developer"). */
    private final Map<Integer, Set<String>> roleHeadings = new LinkedHashMap<>();
    // Per level, the jobs question headings ask to describe ("Who Are Civil Engineers?"), each with its heading.
    private final Map<Integer, Map<String, String>> describedAt = new LinkedHashMap<>();
    /** The bold leads of the page's first numbered list of three or more such items ("1. **Big Data**: …"). */
    private List<String> numberedLeads = List.of();
    /** Per job core, the list items naming that job that lead to its pay ("- Full Stack Júnior - R$ 2.527,00"). */
    private final Map<String, Integer> paidItems = new HashMap<>();
    /** Jobs that lead lines in salary sections name ("Front-end Júnior: R$ 2.750"). */
    private final Set<String> salaryLeadJobs = new LinkedHashSet<>();
    private String salaryLeadExample;

    /** A layout for a page whose front matter names this title (or null). */
    CareerLayout(String frontMatterTitle) {
        this(frontMatterTitle, null);
    }

    /**
     * A layout for a page whose front matter names this title and this job ("job_title: Data
     * Engineer", "metier: Actuaire"), either null: the job field tells when the title does not.
     */
    CareerLayout(String frontMatterTitle, String frontMatterJob) {
        this.titleJob = frontMatterTitle == null ? null : JobNames.jobOfTitle(frontMatterTitle);
        this.fieldJob = frontMatterJob == null ? null : fieldJob(frontMatterJob);
        this.frontMatterTitle = frontMatterTitle != null;
        this.frontMatterTitleText = frontMatterTitle;
        this.subject = frontMatterTitle != null && titleJob == null ? new PageSubject() : null;
    }

    /** Counts the top-level blocks of a tree. */
    void add(Document document) {
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (subject != null) {
                countJobsNamed(n);
            }
            int payLine = n instanceof Paragraph p ? payLine(p) : -1;
            if (n instanceof ListBlock list && paySentence(list)) {
                payHeadings.pay(6); // "- A média de salário de um arquiteto de dados é de R$ 14.400,00"
            }
            if (payLine > 0) {
                payHeadings.pay(6); // "**Location:** Toronto" then "**Salary:** $60k - $120k"; its lines count below
            }
            if (n instanceof Heading h && !ModelBuilder.isSetextParagraph(h)) {
                String text = InlineText.ofHeading(h);
                heading(h.getLevel(), text);
                String role = Entries.roleOf(h.getNext());
                if (role != null && SectionKind.of(text) == SectionKind.OTHER && JobNames.jobOf(text) == null) {
                    // "#### Acme Ltd (2014 - 2016)" then "Role: Java Developer": the heading holds that job.
                    count(h.getLevel(), JobNames.jobOf(role));
                    roleHeadings.computeIfAbsent(h.getLevel(), l -> new HashSet<>()).add(text);
                    jobLevel = jobLevel == 0 ? h.getLevel() : jobLevel;
                }
            } else if (n instanceof HtmlBlock html && HtmlHeadings.level(html.getLiteral()) > 0) {
                heading(HtmlHeadings.level(html.getLiteral()), HtmlHeadings.text(html.getLiteral()));
            } else if (inSources) {
                continue; // "- Salários do cargo de Software Developer. Disponível em: <https://…>": a reference
            } else if (n instanceof Paragraph && payLine == 0) {
                payHeadings.pay(6);
            } else if (jobLevel > 0) {
                continue; // lists and bold lines under a job's heading are that job's content
            } else if (n instanceof Paragraph p && salaryLevel > 0) {
                // "**Lead** → £75k" in a salary section is a band's label, not a career; unless
                // nothing else on the page names a job ("Front-end Júnior: R$ 2.750 – R$ 5.550").
                for (BlockReader.Segment segment : BlockReader.segments(p)) {
                    String bold = n.getNext() instanceof ListBlock ? Entries.boldLine(segment.first(), segment.end()) : null;
                    String boldJob = bold == null ? null : JobNames.jobOf(bold);
                    if (boldJob != null) {
                        // "**React Developer**" alone, then its levels' pay in a list: an entry.
                        count(BOLD_LINE_LEVEL, boldJob);
                        continue;
                    }
                    LeadIn lead = Entries.leadLine(segment.first(), segment.end());
                    if (lead != null && JobNames.jobOf(lead.lead()) != null) {
                        salaryLeadJobs.add(JobNames.core(JobNames.jobOf(lead.lead())));
                        salaryLeadExample = salaryLeadExample == null ? JobNames.jobOf(lead.lead()) : salaryLeadExample;
                    }
                }
            } else if (n instanceof Paragraph p && Entries.offer(p) != null) {
                count(LEAD_LINE_LEVEL, Entries.offer(p).line()); // "Vaga 2 - Desenvolvedor(a) PHP"
            } else if (n instanceof Paragraph p) {
                for (BlockReader.Segment segment : BlockReader.segments(p)) {
                    String bold = Entries.boldLine(segment.first(), segment.end());
                    bold = bold != null ? bold : Entries.boldBeforeDash(segment.first(), segment.end());
                    if (bold != null && (JobNames.jobOf(bold) != null || Entries.boldLine(segment.first(), segment.end()) != null)) {
                        count(BOLD_LINE_LEVEL, JobNames.jobOf(bold));
                    } else {
                        LeadIn lead = Entries.leadLine(segment.first(), segment.end());
                        count(LEAD_LINE_LEVEL, lead == null ? null : JobNames.jobOf(lead.lead()));
                    }
                }
            } else if (n instanceof org.commonmark.ext.gfm.tables.TableBlock table) {
                List<List<String>> cells = Entries.cells(table);
                Entries.rowJobs(cells).forEach(job -> count(TABLE_ROW_LEVEL, job));
                columnJobs += Entries.columnJobs(cells);
            } else if (n instanceof HtmlBlock html && html.getLiteral().toLowerCase(java.util.Locale.ROOT).contains("<tr")) {
                Entries.rowJobs(HtmlTables.rows(html.getLiteral())).forEach(job -> count(TABLE_ROW_LEVEL, job));
            } else if (n instanceof ListBlock list) {
                if (numberedLeads.isEmpty() && list instanceof org.commonmark.node.OrderedList) {
                    numberedLeads = Entries.boldLeads(list);
                }
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    // In a salary section, "Principal Engineer : 120k€" is a band; a job with its
                    // pay in nested items ("- Gerente de TI:" then "  - Grandes empresas: R$ 16.000") is not.
                    if (!(item instanceof ListItem li)) {
                        continue;
                    }
                    String job = Entries.itemJob(li);
                    boolean pay = job != null && Entries.leadsToPay(li);
                    if (pay) {
                        paidItems.merge(JobNames.core(job), 1, Integer::sum);
                    }
                    if (salaryLevel == 0 || !Entries.leadsToAmount(li)) {
                        // "- Junior Developer: 1-2 years of experience" beside "- Senior Developer: 5+
                        // years": rungs of a ladder, entries each; "- Junior Developer: $55k" is a band.
                        count(LIST_ITEM_LEVEL, job, !pay);
                    }
                }
            }
        }
    }

    private void countJobsNamed(Node block) {
        java.util.Deque<Node> pending = new java.util.ArrayDeque<>();
        pending.push(block);
        while (!pending.isEmpty()) {
            Node n = pending.pop();
            if (n instanceof Paragraph) {
                subject.add(InlineText.of(n));
            } else {
                for (Node child = n.getLastChild(); child != null; child = child.getPrevious()) {
                    pending.push(child);
                }
            }
        }
    }

    private void heading(int level, String text) {
        inSources = SectionKind.of(text) == SectionKind.SOURCES;
        if (level <= 2 && JobNames.GENDER_MARK.matcher(text).find() && JobNames.jobOfTitle(text) != null) {
            advertTitle = advertTitles++ == 0 ? JobNames.jobOfTitle(text) : null; // several: a list of adverts
        }
        if (level == 1) {
            titles++;
        }
        if (level == 1 && firstTitle == null) {
            firstTitle = text;
            return;
        }
        SectionKind kind = SectionKind.of(text);
        closeHeadings(level);
        if (kind != SectionKind.OTHER && kind != SectionKind.SOURCES) {
            for (int above = 1; above < level; above++) {
                if (openHasSection[above] != null) {
                    openHasSection[above] = true;
                }
            }
        }
        openHasSection[level] = false;
        openText[level] = text;
        headingsAt[level]++;
        if (salaryLevel > 0 && level <= salaryLevel) {
            salaryLevel = 0;
        }
        if (kind == SectionKind.SALARY && salaryLevel == 0) {
            salaryLevel = level;
        }
        if (level > 1) {
            if (kind != SectionKind.OTHER && kind != SectionKind.SOURCES) {
                sectionsAt[level]++;
            } else if (isArticleQuestion(text)) {
                questionsAt[level]++;
            }
            smallestBelowTitle = Math.min(smallestBelowTitle, level);
        }
        String job = kind == SectionKind.OTHER ? JobNames.jobOf(text) : null;
        if (job == null && kind == SectionKind.OTHER && level > 1) {
            described(level, text);
        }
        String frame = level > 1 ? JobNames.payFrame(text) : null;
        if (frame != null) {
            // "Porter salaries in Leeds" beside "Nurse salaries in Leeds": the same frame, another job.
            framed.computeIfAbsent(level + "\u0000" + frame, k -> new ArrayList<>()).add(text);
            if (JobNames.jobOf(text) != null) {
                framedJobs.merge(level + "\u0000" + frame, 1, Integer::sum);
            }
        }
        // "Nurse salaries in Leeds": counted among the jobs of its level, but the blocks below it
        // are pay, read as they would be under any salary heading.
        count(level, kind == SectionKind.SALARY ? JobNames.jobOf(text) : job);
        numbered.heading(level, text, job != null);
        if (level > 1) {
            payHeadings.heading(level, text, kind, job != null);
        }
        if (jobLevel > 0 && level <= jobLevel) {
            jobLevel = 0;
        }
        if (job != null && jobLevel == 0) {
            jobLevel = level;
        }
    }

    // "Come funzionano?", "Where to find them?": a question that names no job is an article's section.
    private static boolean isArticleQuestion(String text) {
        String clean = JobNames.clean(text);
        return clean.endsWith("?") && JobNames.jobOf(clean) == null && JobNames.describedJob(clean) == null
                && JobNames.askedJob(clean) == null;
    }

    // "Who Are Quantity Surveyors?" beside "Who Are Civil Engineers?": two jobs the page describes
    // in turn, entries each; one job asked about alone is the subject of an article's section.
    private void described(int level, String text) {
        String job = JobNames.describedJob(text);
        if (job == null) {
            return;
        }
        Map<String, String> jobs = describedAt.computeIfAbsent(level, l -> new LinkedHashMap<>());
        if (jobs.putIfAbsent(JobNames.core(job), text) != null) {
            return;
        }
        if (jobs.size() == 2) {
            jobs.values().forEach(heading -> count(level, JobNames.describedJob(heading)));
        } else if (jobs.size() > 2) {
            count(level, job);
        }
    }

    // A list whose last item is a sentence about pay, with an amount in a currency: the close of a
    // section that gives the pay of what its heading names.
    private static boolean paySentence(ListBlock list) {
        if (!(list.getLastChild() instanceof ListItem last) || !(last.getFirstChild() instanceof Paragraph p) || !hasDigit(p)) {
            return false;
        }
        String text = InlineText.of(p);
        return text.length() <= 300 && PayFinder.speaksOfPay(text) && PayFinder.find(text, PayFinder.Context.PLAIN)
                .stream().anyMatch(f -> f.reading().currency() != null);
    }

    private void closeHeadings(int from) {
        for (int l = from; l < openHasSection.length; l++) {
            if (Boolean.TRUE.equals(openHasSection[l])) {
                withSectionsAt[l]++;
                withSectionsText.get(l).add(openText[l]);
            }
            openHasSection[l] = null;
        }
    }

    /**
     * Whether the outline reading rests on one heading only: several headings of the careers'
     * level, none naming a job, at most one of them over a recognised section ("## Pourquoi devenir technicien
     * informatique ?" over "### Salaire ?" beside "## Travaillez au sein d'une DSI"); or none of that
     * level at all above recognised sections. Such a page is an article about one job, not a list of careers.
     */
    boolean outlineRestsOnOneHeading(Decision decision) {
        if (decision.kind() != Kind.OUTLINE || decision.level() < 1 || decision.level() > 6) {
            return false;
        }
        int level = decision.level();
        if (level == 1 ? titles == 0 : headingsAt[level] == 0) {
            // "### Responsibilities", "### Salary" on a page with no heading above them: an
            // advert's sections, whose job its text names ("Darien Library seeks a … librarian").
            return level < 6 && sectionsAt[level + 1] > 0;
        }
        if (level < 2) {
            return false;
        }
        int with = withSectionsAt[level] + (Boolean.TRUE.equals(openHasSection[level]) ? 1 : 0);
        return headingsAt[level] >= 2 && with <= 1 && cores.getOrDefault(level, Set.of()).isEmpty();
    }

    /**
     * An outline's entries when they share a shape: "## Tropa y Marinería", "## Suboficiales" each
     * over "### Requisitos" and "### Sueldo aproximado", beside "## Tabla comparativa rápida" and
     * "## ¿Cuál elegir?" over none, which are the article's own sections. Empty when fewer than
     * two headings have sections, or all do: then every heading of the level is an entry.
     */
    private Set<String> outlineEntries(int level) {
        if (level < 1 || level > 6) {
            return Set.of();
        }
        Set<String> entries = new LinkedHashSet<>(withSectionsText.get(level));
        if (Boolean.TRUE.equals(openHasSection[level])) {
            entries.add(openText[level]);
        }
        return entries.size() >= 2 && entries.size() < headingsAt[level] ? entries : Set.of();
    }

    /**
     * The reading of a page about what its one title names, when the outline's headings are mostly
     * questions naming no job ("### Come funzionano?", "### Requisti", "### Dove trovare le
     * collaborazioni?" under "# Collaborazioni a Tempo Parziale"); null otherwise.
     */
    Decision pageOfQuestionedTitle(Decision decision) {
        int level = decision.level();
        if (decision.kind() != Kind.OUTLINE || level < 2 || level > 6 || titles != 1 || firstTitle == null
                || questionsAt[level] * 2 < headingsAt[level]) {
            return null;
        }
        String name = JobNames.advertJob(JobNames.clean(firstTitle));
        return name.isBlank() ? null : pageOf(name, 0);
    }

    /** The reading of a page about one job, the one its text names ({@link PageSubject}), in place of an outline. */
    Decision pageOf(String job, int mentions) {
        return new Decision(Kind.PAGE, 0, job, Set.of(), Set.of(), mentions,
                firstTitle != null ? JobNames.clean(firstTitle) : frontMatterTitleText != null ? JobNames.clean(frontMatterTitleText) : job,
                h1IsTitle());
    }

    private void count(int level, String job) {
        count(level, job, true);
    }

    private void count(int level, String job, boolean levelsAreEntries) {
        if (job != null) {
            cores.computeIfAbsent(level, l -> new LinkedHashSet<>()).add(JobNames.core(job));
            if (levelsAreEntries) {
                levelled.computeIfAbsent(level, l -> new HashSet<>()).add(JobNames.core(job) + "\u0000" + Levels.anywhere(job));
            }
            examples.putIfAbsent(level, job);
        }
    }

    // "**Gehalt:** von 20 000 bis 200 000 Rubel", "Salary: $55,000": the first line of a paragraph
    // that is a pay lead-in and its amount (0 for the paragraph's first), else -1.
    private static int payLine(Paragraph p) {
        if (!hasDigit(p) && (BlockReader.firstBreak(p) != null || p.getFirstChild() instanceof org.commonmark.node.Text t
                && t.getLiteral().indexOf(':') < 0)) {
            return -1; // no amount, and no pay word alone on its line ("**Einstiegsgehalt**", "Gehalt:")
        }
        List<BlockReader.Segment> segments = BlockReader.segments(p);
        for (int i = 0; i < segments.size(); i++) {
            BlockReader.Segment segment = segments.get(i);
            LeadIn lead = LeadIn.ofRange(segment.first(), segment.end());
            if (lead.lead() == null && segment.first() instanceof org.commonmark.node.Text t) {
                lead = LeadIn.ofPlain(t.getLiteral());
            }
            // "**Einstiegsgehalt**" alone on its line reads as a small salary heading.
            if (lead.lead() != null && lead.lead().length() <= 40 && ModelBuilder.isPayWord(lead.lead())
                    && (Amounts.firstDigit(lead.rest(), 0) >= 0 || lead.rest().isBlank())) {
                return i;
            }
        }
        return -1;
    }

    // Iterative: deeply nested emphasis in hostile input cannot overflow the stack.
    private static boolean hasDigit(Node node) {
        java.util.Deque<Node> pending = new java.util.ArrayDeque<>();
        pending.push(node);
        while (!pending.isEmpty()) {
            for (Node n = pending.pop().getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof org.commonmark.node.Text t) {
                    String literal = t.getLiteral();
                    for (int i = 0; i < literal.length(); i++) {
                        if (Character.isDigit(literal.charAt(i))) {
                            return true;
                        }
                    }
                } else if (n.getFirstChild() != null) {
                    pending.push(n);
                }
            }
        }
        return false;
    }

    /** The job the page's title names, or null. */
    String titleJob() {
        if (advertTitle != null) {
            return advertTitle; // the advert's own title says more than the site's
        }
        if (titleJob != null) {
            return titleJob;
        }
        return firstTitle == null || !h1IsTitle() ? null : JobNames.jobOfTitle(firstTitle);
    }

    // Several level-1 headings under a front-matter title are the page's sections ("# Qui
    // sommes-nous ?", "# Notre mission"), not its title.
    private boolean h1IsTitle() {
        return titles <= 1 || !frontMatterTitle;
    }

    // A field labelled as the job names it even with no job noun known here ("Job title: Experience
    // design co-op"); not a flag nor a number.
    private static String fieldJob(String field) {
        String job = JobNames.jobOfTitle(field);
        String written = JobNames.clean(field);
        return job != null || written.length() > 60 || !written.matches("(?U).*\\p{L}{3}.*")
                || written.matches("(?i)true|false|yes|no|oui|non|ja|nein|si|sim|nao|não") ? job : written;
    }

    /** The layout of the blocks counted so far. */
    Decision decide() {
        String title = titleJob();
        String titleCore = title == null ? null : JobNames.core(title);
        int best = 0;
        // A page whose tables name jobs in their columns has careers beside its one job heading.
        int bestCount = columnJobs >= 2 ? 0 : 1;
        for (var entry : cores.entrySet()) {
            Set<String> distinct = new HashSet<>(entry.getValue());
            distinct.removeAll(generic(entry.getValue()));
            int count = entry.getKey() == BOLD_LINE_LEVEL ? entriesCounted(entry.getKey(), distinct)
                    : entry.getKey() == LIST_ITEM_LEVEL ? Math.max(distinct.size(), entriesCounted(entry.getKey(), distinct))
                    : distinct.size();
            if (count > bestCount || (count == bestCount && best != 0 && entry.getKey() < best && count > 1)) {
                best = entry.getKey();
                bestCount = count;
            }
        }
        if (best == TABLE_ROW_LEVEL) {
            // An overview table beside headings naming nearly as many jobs: the headings hold the
            // careers in full, the table's rows join them.
            for (int level = 1; level <= 6; level++) {
                Set<String> distinct = new HashSet<>(cores.getOrDefault(level, Set.of()));
                distinct.removeAll(generic(distinct));
                int named = distinct.size() + numbered.entriesAt(level).size();
                if (named > 1 && named * 5 >= bestCount * 4) {
                    best = level;
                    bestCount = distinct.size();
                    break;
                }
            }
        }
        if (best > 0 && best <= 6 && titleCore != null && paidItems.getOrDefault(titleCore, 0) >= 2
                && !cores.get(best).contains(titleCore) && payHeadings.paidJobsAt(best) == 0) {
            // "Carreira Full Stack" over "#### Front-end developer", "#### Back-end developer", none
            // with pay, then "- Full Stack Júnior - R$ 2.527,00", "- Full Stack Pleno - …": the
            // headings are parts of the one job whose levels the page pays.
            best = 0;
        }
        if (best == LIST_ITEM_LEVEL && titleCore != null && postsOf(titleCore, cores.get(best))) {
            // "Custo hora advogado" over "- Advogado júnior: …", "- Advogado experiente: …": the
            // items are posts of the one job the title names, read as its bands.
            best = 0;
        }
        int paid = payHeadings.level();
        if (paid != 0 && (best == 0 && title == null || best < BOLD_LINE_LEVEL && best != paid
                && payHeadings.paidAt(paid) > bestCount)) {
            best = paid; // more headings give their own pay than name known jobs
            Set<String> known = new HashSet<>(cores.getOrDefault(paid, Set.of()));
            known.removeAll(generic(known));
            bestCount = known.size();
        }
        if (best != 0) {
            Set<String> generic = generic(cores.getOrDefault(best, Set.of()));
            Kind kind = best == BOLD_LINE_LEVEL ? Kind.BOLD_LINES : best == LIST_ITEM_LEVEL ? Kind.LIST_ITEMS
                    : best == TABLE_ROW_LEVEL ? Kind.TABLE_ROWS : best == LEAD_LINE_LEVEL ? Kind.LEAD_LINES
                    : Kind.HEADINGS;
            // A page about one job that compares it with others in a table: the title's job is a
            // career too, holding what the page says outside the table.
            String beside = kind == Kind.TABLE_ROWS && titleCore != null && !cores.get(best).contains(titleCore)
                    ? title : null;
            Set<String> entries = new HashSet<>();
            if (kind == Kind.HEADINGS) {
                entries.addAll(numbered.entriesAt(best));
                entries.addAll(payHeadings.entriesAt(best));
                entries.addAll(roleHeadings.getOrDefault(best, Set.of()));
                Map<String, String> described = describedAt.getOrDefault(best, Map.of());
                if (described.size() >= 2) {
                    entries.addAll(described.values());
                }
                for (var frame : framed.entrySet()) {
                    if (frame.getKey().startsWith(best + "\u0000") && framedJobs.getOrDefault(frame.getKey(), 0) >= 2) {
                        entries.addAll(frame.getValue());
                    }
                }
            }
            return new Decision(kind, best, beside, generic, entries, bestCount + entries.size(),
                    examples.getOrDefault(best, entries.stream().sorted().findFirst().orElse(null)),
                    h1IsTitle());
        }
        String pageTitle = frontMatterTitleText != null ? frontMatterTitleText : h1IsTitle() ? firstTitle : null;
        int runLevel = numbered.runLevel();
        if (runLevel > 0 && JobNames.announcesJobs(pageTitle)) {
            // "15 Lessons from my First Seven Jobs" over "## 1. Babysitter (age 11-12)", "## 2.
            // Picking up Garbage in Parking Lots": the numbered headings are the jobs it announces.
            Set<String> entries = numbered.runAt(runLevel);
            return new Decision(Kind.HEADINGS, runLevel, null, Set.of(), entries, entries.size(),
                    entries.stream().sorted().findFirst().orElse(null), h1IsTitle());
        }
        if (numberedLeads.size() >= 3 && JobNames.announcesJobs(pageTitle)) {
            // "¿Cuáles son las profesiones mejor pagadas?" over "1. **Big Data**: …", where no two
            // headings or items name known jobs: the entries its title announces.
            return new Decision(Kind.LIST_ITEMS, LIST_ITEM_LEVEL, null, Set.of(), Set.copyOf(numberedLeads),
                    numberedLeads.size(), numberedLeads.get(0), h1IsTitle());
        }
        if (title == null && salaryLeadJobs.size() >= 2) {
            // A salary section listing jobs with their pay, on a page nothing else of which names a job.
            return new Decision(Kind.LEAD_LINES, LEAD_LINE_LEVEL, null, Set.of(), Set.of(), salaryLeadJobs.size(),
                    salaryLeadExample, h1IsTitle());
        }
        title = title != null ? title : fieldJob;
        if (title != null) {
            return new Decision(Kind.PAGE, 0, title, Set.of(), Set.of(), 1, title, h1IsTitle());
        }
        int sectionLevel = 0;
        for (int level = 2; level <= 6; level++) {
            if (sectionsAt[level] > 0 && sectionsAt[level] >= sectionsAt[sectionLevel]) {
                sectionLevel = level;
            }
        }
        boolean titled = pageTitle != null && !pageTitle.isBlank();
        // "### Responsibilities", "### Benefits and Compensation" with no heading above them but the
        // title: the sections of the one job the title names, not of careers under headings.
        boolean sectionsOfTitle = sectionLevel != 0 && headingsAt[sectionLevel - 1] == 0 && titled;
        // "Gehalt" over "## Gehaltsbestimmung", "## Gehaltsverhandlung", "### Recherche: Gehalt …":
        // a guide to pay whose title and headings are sections and whose text names no job holds
        // no career.
        boolean sectionsAbove = sectionLevel > 2 && sectionsAt[sectionLevel - 1] * 2 > headingsAt[sectionLevel - 1];
        boolean textNamesJob = subject != null && subject.named();
        if (sectionsAbove && titled && SectionKind.of(JobNames.clean(pageTitle)) != SectionKind.OTHER
                && !textNamesJob) {
            return new Decision(Kind.NONE, 0, null, Set.of(), Set.of(), 0, null, h1IsTitle());
        }
        if (sectionLevel != 0 && !sectionsOfTitle) {
            return new Decision(Kind.OUTLINE, sectionLevel - 1, null, Set.of(), outlineEntries(sectionLevel - 1), 0, null,
                    h1IsTitle());
        }
        // A site's article (it has front matter) that names no job and no career section: its
        // headings are the article's sections, and the page is about what its title says.
        if ((frontMatterTitle || sectionsOfTitle) && titled) {
            // Over the sections of one job ("### Responsibilities"), one passing mention ("with the
            // clerks") does not outweigh the title ("Deputy Registrar").
            String named = subject == null || sectionsOfTitle && !subject.named() ? null : subject.name();
            if (named != null) {
                // A post titled "Clase mezquina" about what metro employees earn: a reader names
                // the career by the job its text keeps naming.
                return new Decision(Kind.PAGE, 0, named, Set.of(), Set.of(), subject.mentions(), JobNames.clean(pageTitle),
                        h1IsTitle());
            }
            String name = JobNames.advertJob(JobNames.clean(pageTitle));
            return new Decision(Kind.PAGE, 0, name, Set.of(), Set.of(), 0, name, h1IsTitle());
        }
        if (smallestBelowTitle != Integer.MAX_VALUE) {
            return new Decision(Kind.OUTLINE, smallestBelowTitle, null, Set.of(), Set.of(), 0, null, h1IsTitle());
        }
        return new Decision(Kind.OUTLINE, 2, null, Set.of(), Set.of(), 0, null, h1IsTitle());
    }

    // Entries that name one job at several levels ("**Junior Software Engineer**", "**Senior
    // Software Engineer**", each with its pay) are entries each, as a reader meets them.
    private int entriesCounted(int level, Set<String> distinctCores) {
        int count = 0;
        for (String entry : levelled.getOrDefault(level, Set.of())) {
            if (distinctCores.contains(entry.substring(0, entry.indexOf('\u0000')))) {
                count++;
            }
        }
        return count;
    }

    // A job whose words all stand in two other jobs' ("Developer" beside "Backend Developer" and
    // "Mobile Developer") is the page's topic, not an entry of its own.
    private static Set<String> generic(Set<String> cores) {
        Set<String> generic = new HashSet<>();
        for (String core : cores) {
            if (core.contains(" ")) {
                continue;
            }
            Set<String> words = Set.of(core.split(" "));
            int within = 0;
            for (String other : cores) {
                // "Lead Engineer" beside "Engineer" is a rung of one ladder, not a kind of engineer;
                // "American nurse" is a nurse from elsewhere.
                if (!other.equals(core) && Set.of(other.split(" ")).containsAll(words) && !onlyLevelsOrOriginAdded(other, words)) {
                    within++;
                }
            }
            if (within >= 2) {
                generic.add(core);
            }
        }
        return generic;
    }

    // Whether every job of a level is the title's job with more words ("Advogado júnior", "Advogado Portugal").
    private static boolean postsOf(String titleCore, Set<String> jobs) {
        Set<String> titleWords = new HashSet<>(List.of(titleCore.split(" ")));
        titleWords.removeIf(Places::isPlace); // "Custo hora advogado Portugal"
        return !titleWords.isEmpty() && jobs.size() >= 2
                && jobs.stream().allMatch(job -> Set.of(job.split(" ")).containsAll(titleWords));
    }

    private static boolean onlyLevelsOrOriginAdded(String core, Set<String> words) {
        for (String word : core.split(" ")) {
            if (!words.contains(word) && Levels.of(word) == dev.careers.model.Level.OTHER && !Places.isNationality(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * What holds the careers.
     *
     * @param kind the kind of layout
     * @param level the heading level of the careers (HEADINGS, OUTLINE), else 0 or a pseudo level
     * @param pageJob the job a one-career page is about (PAGE), else null
     * @param genericCores cores of jobs that are the page's topic rather than entries
     * @param entryHeadings headings at the careers' level that are entries whatever their names: in a
     *     numbered run of jobs, or one of several giving their own pay
     * @param jobs how many distinct jobs were seen
     * @param example one job name, for the diagnostic; for a page named by its text, the title
     * @param h1IsTitle whether the first level-1 heading is the page's title
     */
    record Decision(Kind kind, int level, String pageJob, Set<String> genericCores, Set<String> entryHeadings,
            int jobs, String example, boolean h1IsTitle) {
        Decision {
            genericCores = Set.copyOf(genericCores);
            entryHeadings = Set.copyOf(entryHeadings);
        }

        /** Whether a heading at this level with this text starts a career; its name, else null. */
        String careerHeading(int headingLevel, String text, boolean underSalary) {
            if (headingLevel != level || underSalary) {
                return null;
            }
            if (kind == Kind.OUTLINE) {
                return entryHeadings.isEmpty() || entryHeadings.contains(text) ? text : null;
            }
            SectionKind section = SectionKind.of(text);
            // "Nurse salaries in Leeds" beside "Midwife salaries in Leeds": a job's pay heads its entry.
            if (kind != Kind.HEADINGS || section != SectionKind.OTHER && section != SectionKind.SALARY) {
                return null;
            }
            if (entryHeadings.contains(text)) {
                String job = JobNames.jobOf(text);
                job = job != null ? job : JobNames.describedJob(text);
                return job != null ? job : JobNames.clean(text);
            }
            String job = JobNames.jobOf(text);
            return job == null || genericCores.contains(JobNames.core(job)) ? null : job;
        }

        /** Whether the page is about one job that its text names, its title naming none. */
        boolean pageNamedByText() {
            return kind == Kind.PAGE && !pageJob.equals(example);
        }

        /** Whether two decisions read careers from the same place (a large file's first piece and the whole). */
        boolean sameReading(Decision other) {
            return kind == other.kind && level == other.level && java.util.Objects.equals(pageJob, other.pageJob)
                    && genericCores.equals(other.genericCores) && entryHeadings.equals(other.entryHeadings)
                    && h1IsTitle == other.h1IsTitle;
        }

        /** A sentence for the "careers.layout" diagnostic. */
        String describe() {
            return describe(jobs);
        }

        /** The same, with the number of careers read that way (a ladder's five rungs are one job's). */
        String describe(int careersRead) {
            int jobs = careersRead > 0 ? careersRead : this.jobs;
            String counted = careersRead == 1 ? " career" : careersRead > 0 ? " careers" : " jobs";
            return switch (kind) {
                case HEADINGS -> "Careers were read from the level-" + level + " headings that name a job ("
                        + jobs + counted + ", such as '" + example + "'); other headings are sections of the page or of a career.";
                case BOLD_LINES -> "Careers were read from the bold lines that name a job (" + jobs
                        + counted + ", such as '" + example + "').";
                case LEAD_LINES -> "Careers were read from the lines that lead with a job and give its pay (" + jobs
                        + counted + ", such as '" + example + "').";
                case LIST_ITEMS -> entryHeadings.isEmpty() ? "Careers were read from the list items that name a job (" + jobs
                        + counted + ", such as '" + example + "')."
                        : "Careers were read from the numbered list items that the page's title announces (" + jobs
                                + " entries, such as '" + example + "').";
                case TABLE_ROWS -> "Careers were read from the table rows whose first cell names a job (" + jobs
                        + counted + ", such as '" + example + "'); their other cells give the pay.";
                case PAGE -> pageJob.equals(example)
                        ? "The page is about one job, '" + pageJob + "': its sections and pay belong to that career."
                        : "The page is about one job, '" + pageJob + "', which " + (this.jobs == 0 ? "its writer says they do"
                                : this.jobs == PageSubject.OFFERED ? "its opening offers" : "its text names " + this.jobs + " times") + " (its title '" + example
                                + "' names none): its sections and pay belong to that career.";
                case OUTLINE -> "No heading names a known job; careers were read from the level-" + level + " headings.";
                case NONE -> "No career was found.";
            };
        }
    }
}
