package dev.careers.parse;

import dev.careers.model.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Careers written without headings: a paragraph that opens with a bold line naming a job
 * ({@code **1. Full-Stack Developer**}) or a list item that leads with one
 * ({@code - **Architecte réseau** :}, {@code + Cientista de Dados - 13.100/ 17.000}). Stateless.
 */
final class Entries {
    private static final Pattern PLAIN_LEAD = Pattern.compile("^(.{3,80}?)\\s+[-–—]\\s+\\S");

    private static final Pattern LEVEL_COLUMN = Pattern.compile(
            "^(?:level|levels|niveau|niveaux|nivel|niveles|livello|livelli|stufe|grade|seniority|seniorite"
                    + "|experience|experiencia|esperienza|erfahrung|years|annees|anos|anni|jahre|echelon|categoria|categorie)\\b");

    private Entries() {}

    /** The texts of a paragraph's lines that are bold and nothing else. */
    static java.util.List<String> boldLines(Paragraph p) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (BlockReader.Segment segment : BlockReader.segments(p)) {
            String bold = boldLine(segment.first(), segment.end());
            if (bold != null) {
                lines.add(bold);
            }
        }
        return lines;
    }

    /** The text of a line (the inline nodes from first to end) when it is bold and nothing else, else null. */
    static String boldLine(Node first, Node end) {
        while (first instanceof Text t && t.getLiteral().isBlank()) {
            first = first.getNext();
        }
        if (!(first instanceof StrongEmphasis)) {
            return null;
        }
        Node after = first.getNext();
        if (after instanceof Text t && t.getLiteral().strip().matches("[:.]?")) {
            after = after.getNext();
        }
        if (after != null && after != end && !(after instanceof SoftLineBreak) && !(after instanceof HardLineBreak)) {
            return null;
        }
        return InlineText.of(first);
    }

    /**
     * The bold opening of a line that goes on after a dash to words ("**Registered Nurse** -An RN
     * provides…"): an entry's name and its description, as a bold line alone is. Null otherwise.
     */
    static String boldBeforeDash(Node first, Node end) {
        while (first instanceof Text t && t.getLiteral().isBlank()) {
            first = first.getNext();
        }
        if (!(first instanceof StrongEmphasis)) {
            return null;
        }
        // "**Dental** **Hygienist** -Cleaning teeth…": one name in two bold runs.
        var name = new StringBuilder(InlineText.of(first));
        Node last = first;
        while (last.getNext() instanceof Text space && space.getLiteral().isBlank() && space.getNext() instanceof StrongEmphasis more) {
            name.append(' ').append(InlineText.of(more));
            last = more;
        }
        if (!(last.getNext() instanceof Text after) || after == end || !DASH_THEN_WORDS.matcher(after.getLiteral()).lookingAt()) {
            return null;
        }
        return name.toString();
    }

    /** The node after the bold name that {@link #boldBeforeDash} read. */
    static Node afterBoldName(Node first) {
        while (first instanceof Text t && t.getLiteral().isBlank()) {
            first = first.getNext();
        }
        Node last = first;
        while (last.getNext() instanceof Text space && space.getLiteral().isBlank() && space.getNext() instanceof StrongEmphasis more) {
            last = more;
        }
        return last.getNext();
    }

    /** The dash that opens an entry's description after its bold name, and the spaces around it. */
    static final Pattern DASH_THEN_WORDS = Pattern.compile("\\s*[-–—]\\s*(?=\\p{L})");

    /**
     * A line that leads with a job and goes on to its pay ({@code Analista de Dados: R$ 5.000 –
     * R$ 9.000}, {@code **Arquitecto** — 60.000 €}): its lead and the text after it, else null.
     */
    static LeadIn leadLine(Node first, Node end) {
        LeadIn bold = LeadIn.ofRange(first, end);
        LeadIn lead;
        if (bold.lead() != null) {
            lead = bold;
        } else {
            String text = InlineText.range(first, end);
            if (Amounts.firstDigit(text, 0) < 0 && !NumberWords.mayNameCurrency(text)) {
                return null; // most lines: no amount after any lead (its text is a part of this one)
            }
            lead = plainLead(text);
        }
        // The pay finder's own first check, before the job is looked for.
        if (lead == null || lead.lead() == null
                || Amounts.firstDigit(lead.rest(), 0) < 0 && !NumberWords.mayHold(lead.rest())
                || positionOf(lead.lead()) == null
                || PayFinder.find(lead.rest(), PayFinder.Context.PAY).isEmpty()) {
            return null;
        }
        return lead;
    }

    /** Internships are positions of their own beside jobs ("Estágio: ~R$ 1.721,00" among "Front-end Júnior: …"). */
    private static final java.util.Set<String> INTERNSHIPS = java.util.Set.of("estagio", "internship", "praktikum",
            "tirocinio", "pasantia", "practicas", "stage", "alternance", "apprendistato", "ausbildung",
            // and the interns themselves, named as a position ("✔ **Stagista**: preferibilmente diplomando")
            "intern", "stagiaire", "stagista", "estagiario", "estagiaria", "becario", "becaria", "pasante",
            "praktikant", "praktikantin", "tirocinante");

    /** Whether a text opens with an intern named as a position ("estagiários de suporte", "Stagista"). */
    static boolean namesIntern(String text) {
        String[] words = Words.split(Words.fold(text.strip()));
        return words.length > 0 && words.length <= 5 && (INTERNSHIPS.contains(words[0]) || INTERNSHIPS.contains(JobNames.stem(words[0]))
                || words[0].endsWith("s") && INTERNSHIPS.contains(words[0].substring(0, words[0].length() - 1)));
    }

    /** The job a lead names, or the internship it is; null when it names neither. */
    static String positionOf(String lead) {
        String job = JobNames.jobOf(lead);
        return job != null ? job : INTERNSHIPS.contains(Words.fold(lead.strip())) ? lead.strip() : null;
    }

    private static final java.util.Set<String> ROLE_LEADS = java.util.Set.of("role", "job title", "position", "poste",
            "intitule du poste", "fonction", "puesto", "cargo", "funcao", "posicao", "stelle", "ruolo",
            "posizione", "mansione", "profil", "profile", "perfil", "profilo", "metier", "beruf", "rolle");

    /**
     * The job a block names on a role line ("Role: Software Developer", "**Poste** : Technicien"),
     * or null: under a heading that names an employer or a period, the job it is about.
     */
    static String roleOf(Node block) {
        if (!(block instanceof Paragraph p) || !opensWithRoleWord(p)) {
            return null;
        }
        BlockReader.Segment first = BlockReader.segments(p).get(0);
        LeadIn lead = LeadIn.ofRange(first.first(), first.end());
        if (lead.lead() == null) {
            lead = LeadIn.ofPlain(InlineText.range(first.first(), first.end()));
        }
        if (lead.lead() == null || !ROLE_LEADS.contains(Words.fold(lead.lead()).replaceAll("[^\\p{L} ]", "").strip())) {
            return null;
        }
        String role = lead.rest().strip();
        return role.length() <= 90 && JobNames.jobOf(role) != null ? role : null;
    }

    /** The verbs that say what someone earns, in the six languages. */
    private static final String EARNS = "earns?|makes?|gets?|is paid|recebem?|ganham?|ganan?|gagnent?|touchent?|per[cç]oit"
            + "|verdien(?:t|en)|guadagna(?:no)?|percepisce";
    private static final Pattern EARNING_CLAUSE = Pattern.compile(
            "^(?:(?:um|uma|a|an|o|the|un|une|una|el|la|il|lo|ein|eine|der|die)\\s+)?(.{2,100}?)\\s+(?:" + EARNS
                    + "|possui|has)\\s+(.+)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NEXT_CLAUSE = Pattern.compile(
            ",?\\s+(?:e|and|et|y|und)\\s+(?=(?:um|uma|a|an|un|une|una|ein|eine)\\s)", Pattern.CASE_INSENSITIVE);
    private static final Pattern EARNING_VERB = Pattern.compile(
            "\\b(?:" + EARNS + "|receives?|ricev(?:e|ono)|kommt auf|kommen auf|bekommt|bekommen|erh[äa]lt|erhalten)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Whether words say that someone earns ("Physical therapists make about"): a clause, not a band's label. */
    static boolean hasEarningVerb(String words) {
        return EARNING_VERB.matcher(words).find();
    }

    /** Any conjunction between two clauses ("…, and pharmacists earn", "…, while nurses make"). */
    private static final Pattern ANY_NEXT_CLAUSE = Pattern.compile(
            ",?\\s+(?:e|and|et|y|und|while|whereas|mientras que|tandis que|alors que|enquanto|mentre|w[äa]hrend)\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "à temps plein", "full-time": how much the job is worked, not part of its name. */
    private static final Pattern WORKING_TIME = Pattern.compile(
            "\\s+(?:[àa] temps (?:plein|partiel)|(?:working )?(?:full|part)[- ]time|a tiempo (?:completo|parcial)"
                    + "|em tempo (?:integral|parcial)|in (?:Vollzeit|Teilzeit)|a tempo (?:pieno|parziale))$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ASIDE = Pattern.compile(
            "\\([^()]*\\)|,\\s*(?:por exemplo|for example|for instance|par exemple|por ejemplo|zum beispiel|ad esempio|per esempio)\\s*,?",
            Pattern.CASE_INSENSITIVE);

    /**
     * The clauses of a sentence that each name a job and what it earns ("a nurse earns $X and a
     * midwife makes $Y"), as the job and the whole clause; empty unless every clause does.
     */
    static java.util.List<LeadIn> earningClauses(String sentence) {
        // Split at every conjunction first ("…, and pharmacists earn $X"); where a part then names
        // no job's pay ("$X and more in cities"), only at those followed by an article.
        java.util.List<LeadIn> clauses = clauses(sentence.strip(), ANY_NEXT_CLAUSE);
        return clauses.isEmpty() ? clauses(sentence.strip(), NEXT_CLAUSE) : clauses;
    }

    private static java.util.List<LeadIn> clauses(String sentence, Pattern separator) {
        java.util.List<LeadIn> clauses = new java.util.ArrayList<>();
        Matcher next = separator.matcher(sentence);
        int from = 0;
        String joining = "";
        while (from <= sentence.length()) {
            boolean found = next.find();
            String clause = sentence.substring(from, found ? next.start() : sentence.length()).strip();
            Matcher m = EARNING_CLAUSE.matcher(clause);
            if (!m.matches()) {
                return java.util.List.of();
            }
            String job = WORKING_TIME.matcher(Words.collapse(ASIDE.matcher(m.group(1)).replaceAll(" "))
                    .replaceAll("[\\s,]+$", "")).replaceFirst("");
            // "In the UK, UX designers make": the subject after what opens the sentence;
            // "Medical assistants, on the other hand, earn": the job before the aside.
            int lastComma = job.lastIndexOf(", ");
            String subject = lastComma > 0 ? JobNames.LEADING_ARTICLE.matcher(job.substring(lastComma + 2)).replaceFirst("").strip() : "";
            int comma = job.indexOf(',');
            job = !subject.isEmpty() && JobNames.jobOf(subject) != null ? subject
                    : comma > 0 && JobNames.jobOf(job.substring(0, comma)) != null ? job.substring(0, comma).strip() : job;
            if (JobNames.jobOf(job) == null || PayFinder.find(m.group(2), PayFinder.Context.PAY).isEmpty()) {
                return java.util.List.of();
            }
            // The clause as written, with the word that joins it to the one before ("and pharmacists
            // earn …"): its asides and conjunctions are text too.
            clauses.add(new LeadIn(job, (joining + " " + clause).strip()));
            if (!found) {
                break;
            }
            joining = next.group().replaceFirst("^,", "").strip();
            from = next.end();
        }
        return clauses;
    }

    // Most paragraphs open with another word: known from their first text, without reading the line.
    private static boolean opensWithRoleWord(Paragraph p) {
        Node first = p.getFirstChild();
        while (first != null && !(first instanceof Text) && first.getFirstChild() != null) {
            first = first.getFirstChild(); // "**Role:**": the text inside the emphasis
        }
        if (!(first instanceof Text t)) {
            return false;
        }
        String literal = t.getLiteral();
        if (literal.isEmpty() || "rRjJpPiIfFcCsSmMbB".indexOf(literal.charAt(0)) < 0) {
            return false; // the first letters of the role words
        }
        String opening = Words.fold(literal.substring(0, Math.min(literal.length(), 24)));
        for (String role : ROLE_LEADS) {
            if (opening.startsWith(role)) {
                return true;
            }
        }
        return false;
    }

    // "Cientista de Dados - 13.100", "Analista: R$ 5.000": the text before the first separator.
    private static LeadIn plainLead(String text) {
        LeadIn colon = LeadIn.ofPlain(text);
        var m = PLAIN_LEAD.matcher(text);
        if (m.find() && (colon.lead() == null || m.group(1).length() < colon.lead().length())) {
            return new LeadIn(m.group(1).strip(), text.substring(m.end() - 1).strip());
        }
        return colon;
    }

    // "Vaga 1 - Backend (junior)", "Offre n°2 : Développeur PHP", "Job #3: Data Engineer": a page of
    // job offers, each opened by a numbered line. A line of '=' before it is a drawn rule.
    private static final Pattern OFFER_LINE = Pattern.compile(
            "^(?:vagas?|jobs?|offres?|ofertas?|stellen?|stellenangebot|posizioni|posizione|positions?|openings?|postes?"
                    + "|annuncio|vacantes?|vacancy|vacancies)\\s*(?:n[°º.]?\\s*|#)?\\d{1,3}\\s*[-–—:.)]\\s*\\S.{0,120}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DRAWN_RULE = Pattern.compile("^\\s*[=~_*-]{3,}\\s*$");

    /**
     * The offer a paragraph opens with, or null.
     *
     * @param line the offer's line as written ("Vaga 1 - Backend (junior)"), the career's name
     * @param lineOffset the paragraph's line it stands on (1 under a drawn rule)
     */
    record Offer(String line, int lineOffset) {}

    /** Whether a paragraph is only a rule drawn with characters ("=========="). */
    static boolean isDrawnRule(Paragraph p) {
        return p.getFirstChild() instanceof Text t && t.getNext() == null && !t.getLiteral().isEmpty()
                && "=~_*- \t".indexOf(t.getLiteral().charAt(0)) >= 0 && DRAWN_RULE.matcher(t.getLiteral()).matches();
    }

    static Offer offer(Paragraph p) {
        // Asked of every paragraph: most open with a word no offer line opens with.
        if (!(p.getFirstChild() instanceof Text t) || t.getLiteral().isEmpty()
                || "vVjJoOsSpPaA=~_*-".indexOf(t.getLiteral().charAt(0)) < 0) {
            return null;
        }
        Node second = BlockReader.firstBreak(p);
        String line = InlineText.range(p.getFirstChild(), second);
        int at = 0;
        if (second != null && DRAWN_RULE.matcher(line).matches()) {
            Node third = second;
            while (third != null && !(third instanceof SoftLineBreak || third instanceof HardLineBreak)) {
                third = third.getNext();
            }
            line = InlineText.range(second, third);
            at = 1;
        }
        var m = OFFER_LINE.matcher(line);
        return m.matches() ? new Offer(line, at) : null;
    }

    /** The lead of a list item's first paragraph: its bold opening, or its text before " - ". */
    static String itemLead(ListItem item) {
        if (!(item.getFirstChild() instanceof Paragraph p)) {
            return null;
        }
        Node lineBreak = BlockReader.firstBreak(p);
        if (lineBreak != null) {
            // "1) Engenheiro de Petróleo" then "Quanto ganha (em média): R$ 14.000;": a job on its own line.
            String firstLine = InlineText.range(p.getFirstChild(), lineBreak);
            if (isShortName(firstLine) && firstLine.indexOf(':') < 0 && JobNames.jobOf(firstLine) != null) {
                return firstLine;
            }
        }
        LeadIn leadIn = LeadIn.of(p);
        if (leadIn.lead() != null) {
            return leadIn.lead();
        }
        String text = InlineText.range(p.getFirstChild(), BlockReader.firstBreak(p) == null ? null : BlockReader.firstBreak(p));
        String lead = plainLead(text).lead();
        if (lead == null && p.getNext() instanceof org.commonmark.node.ListBlock && isShortName(text)) {
            return text.endsWith(":") ? text.substring(0, text.length() - 1).strip() : text; // "1. Surgeon" over its facts
        }
        return lead != null ? lead : nameBeforePay(text);
    }

    // A few words, not a sentence: a name.
    private static boolean isShortName(String text) {
        return !text.isEmpty() && text.length() <= 90 && text.split("\\s+").length <= 8 && !text.endsWith(".")
                && !text.endsWith("!") && !text.endsWith("?") && text.indexOf(". ") < 0;
    }

    // "Directeur Cybersécurité [6667€ / mois](…)", "Data Analyst 45k€": a name, then its pay at once.
    private static final Pattern NAME_THEN_AMOUNT = Pattern.compile("^(\\p{L}[^\\d€$£\\n]{2,80}?)\\s*(?=(?:[€$£]|R\\$|US\\$)?\\s?\\d)");

    private static String nameBeforePay(String text) {
        if (Amounts.firstDigit(text, 0) < 0) {
            return null;
        }
        var m = NAME_THEN_AMOUNT.matcher(text);
        if (!m.find() || PayFinder.find(text.substring(m.end()), PayFinder.Context.PAY).isEmpty()) {
            return null;
        }
        return m.group(1).strip();
    }

    private static final Pattern RANK_HEADER = Pattern.compile(
            "^(?:#|n[°º.]?|no\\.?|nr\\.?|rank|ranking|rang|platz|pos\\.?|position|posicion|posicao|posizione|top)?$");
    private static final Pattern RANK = Pattern.compile("^#?\\d{1,3}[.)°º]?$");

    /**
     * A table's rows with the name first: a ranked table "| # | Job | Pay |" reads as "| Job | # |
     * Pay |", a history "| Date | Company | Title | Salary |" as "| Title | Date | Company | Salary
     * |", so that its rows name their jobs in their first cell; other tables as they are.
     */
    static java.util.List<java.util.List<String>> nameFirst(java.util.List<java.util.List<String>> rows) {
        if (rows.size() < 2 || rows.get(0).size() < 3) {
            return rows;
        }
        java.util.List<String> header = rows.get(0);
        int jobColumn = 0;
        if (RANK_HEADER.matcher(Words.fold(header.get(0)).strip()).matches()) {
            for (int r = 1; r < rows.size(); r++) {
                java.util.List<String> row = rows.get(r);
                if (row.size() < 2 || !RANK.matcher(row.get(0).strip()).matches()) {
                    return rows;
                }
            }
            jobColumn = 1;
        } else if (!JOB_COLUMN.matcher(Words.fold(header.get(0)).strip()).matches()) {
            for (int c = 1; c < header.size() && jobColumn == 0; c++) {
                jobColumn = JOB_COLUMN.matcher(Words.fold(header.get(c)).strip()).matches() ? c : 0;
            }
        }
        if (jobColumn == 0) {
            return rows;
        }
        java.util.List<java.util.List<String>> moved = new java.util.ArrayList<>();
        for (java.util.List<String> row : rows) {
            java.util.List<String> copy = new java.util.ArrayList<>(row);
            if (jobColumn < copy.size()) {
                copy.add(0, copy.remove(jobColumn));
            }
            moved.add(copy);
        }
        return moved;
    }

    /** The cell texts of a table's rows, header first (for telling its layout; no extra cells). */
    static java.util.List<java.util.List<String>> cells(org.commonmark.ext.gfm.tables.TableBlock table) {
        java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                java.util.List<String> cells = new java.util.ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    cells.add(InlineText.of(cell));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /**
     * The jobs a table's rows name in their first cell, when the table has pay in other cells
     * (a role column and pay columns); empty otherwise.
     */
    // "| Métier | Salaire |", "| Job title | Pay |": a header that says its column names jobs.
    private static final Pattern JOB_COLUMN = Pattern.compile(
            "^(?:job|jobs|job title|title|role|roles|position|positions|occupation|occupations|profession|professions|career"
                    + "|careers|metier|metiers|poste|postes|emploi|emplois|carriere|carrieres|beruf|berufe|berufsbezeichnung|jobtitel"
                    + "|stelle|taetigkeit|tatigkeit|cargo|cargos|puesto|puestos|profesion|profesiones|ocupacion|carrera"
                    + "|profissao|profissoes|funcao|funcoes|ocupacao|carreira|ruolo|ruoli|professione|professioni|mansione"
                    + "|figura professionale|posizione|rolle|rollen|funktion|position\\w*|fonction|fonctions)$");
    /** "Grupo", "Categoría profesional", "Berufsgruppe": a first column of categories of posts. */
    private static final Pattern CATEGORY_COLUMN = Pattern.compile(
            "^(?:grupos?|groupes?|grupos? profesional(?:es)?|grupos? profissional|categorias?|categorias? profesional(?:es)?"
                    + "|categorias? profissional|categories|categorie socio-?professionnelle|gruppo|gruppi|gruppo professionale"
                    + "|berufsgruppen?|entgeltgruppen?|besoldungsgruppen?|tarifgruppen?|pay grades?|grades?)$");

    /** A row's name: its first cell, after the column's name when it is a code ("Grupo A1"). */
    static String rowName(java.util.List<String> header, java.util.List<String> row) {
        String name = JobNames.clean(row.get(0));
        return name.length() <= 3 && !header.isEmpty() && CATEGORY_COLUMN.matcher(Words.fold(header.get(0)).strip()).matches()
                ? JobNames.clean(header.get(0)) + " " + name : row.get(0);
    }

    // "Total", "Moyenne": a row that sums the others up.
    private static final Pattern SUMMARY_ROW = Pattern.compile(
            "^(?:total|totals|average|mean|median|moyenne|mediane|ensemble|promedio|media|mediana|durchschnitt|gesamt|insgesamt"
                    + "|totale|all|tous|todos|alle|tutti)\\b");

    /**
     * The job a table row names in its first cell, or null: a cell naming a job, or any name in a
     * column whose header says it holds jobs.
     */
    static String rowJob(java.util.List<String> header, java.util.List<String> row) {
        if (row.isEmpty()) {
            return null;
        }
        String job = JobNames.jobOf(row.get(0));
        if (job != null || header.isEmpty()) {
            return job;
        }
        String corner = Words.fold(header.get(0)).strip();
        if (CATEGORY_COLUMN.matcher(corner).matches()) {
            // "| Grupo | … | Sueldo Base Mensual |" over "| A1 | … | 1.327 € |": groups of posts,
            // named by their code; a level or a place is no group ("| Categoria | … |" over "Júnior").
            String code = JobNames.clean(row.get(0));
            return code.isEmpty() || SUMMARY_ROW.matcher(Words.fold(code)).find() || Levels.anywhere(code) != Level.OTHER
                    || Places.isPlace(code) || !Character.isLetter(code.charAt(0)) ? null : rowName(header, row);
        }
        if (!JOB_COLUMN.matcher(corner).matches() || isAccount(header)) {
            return null;
        }
        String name = JobNames.clean(row.get(0));
        String folded = Words.fold(name).strip();
        boolean named = !name.isEmpty() && name.length() <= 90 && Character.isLetter(name.charAt(0))
                && !SUMMARY_ROW.matcher(folded).find() && name.split("\\s+").length <= 9;
        return named ? name : null;
    }

    private static final Pattern AMOUNT_HEADER = Pattern.compile(
            "^(?:betrag|betrage|summe|amount|amounts|sum|montant|montants|somme|importe|importes|importo|importi|valor"
                    + "|valores|valore|valori|wert|saldo|balance|total|totale|gesamt)$");

    // "| Position | Betrag | Summe |" over "Jahresumsatz", "Betriebskosten": the items of an account,
    // not posts ("position" is both).
    private static boolean isAccount(java.util.List<String> header) {
        return header.size() > 1 && header.stream().skip(1).filter(h -> !h.isBlank())
                .allMatch(h -> AMOUNT_HEADER.matcher(Words.fold(h).strip()).matches());
    }

    // "Custo FTE/ano", "Employer cost", "Coût employeur": what a job costs its employer, not its pay;
    // "Stock (RSU/4yr)", "Equity": shares granted over years, not a year's pay.
    private static final Pattern NOT_PAY_COLUMN = Pattern.compile(
            "(?<![\\p{L}])(?:cost|costs|custo|custos|cout|couts|coste|costes|costo|costi|kosten|lohnkosten|budget"
                    + "|stock|stocks|equity|rsus?|shares|options|stock options|acoes|azioni|aktien"
                    // "| Base wage increase | 380 euros/month |", "| One-time payment | 1,500 euros |": a raise, a one-off
                    + "|increase|raise|augmentation|aumento|erhohung|lohnerhohung|one-time|one-off|einmalzahlung"
                    + "|prime exceptionnelle|una tantum)(?![\\p{L}])");

    /** Whether a column's header (or a row's label) says its amounts are a cost, shares, a raise or a one-off, not pay. */
    static boolean namesNoPay(String head) {
        return !head.isBlank() && NOT_PAY_COLUMN.matcher(Words.fold(head)).find();
    }

    private static final Pattern TOTAL_HEADER = Pattern.compile(
            "total|gesamt|summe|remunera|retribuzione|complessiv|overall|package");

    /**
     * The cells of a row that are parts of another cell's total: "| R$ 5.831,16 | R$ 8.163,02 |
     * R$ 13.994,78 |", a base pay and an allowance beside what they add up to, within half a
     * percent (pages round), under a header naming a total ("Remuneração Inicial", "Gesamt"). A
     * reader sees one pay, the total. "| Início | Meio | Topo |" may add up by chance: no total.
     */
    static java.util.Set<Integer> partsOfTotal(java.util.List<String> header, java.util.List<String> row) {
        java.util.Map<Integer, java.math.BigDecimal> amounts = new java.util.LinkedHashMap<>();
        for (int c = 1; c < row.size(); c++) {
            java.util.List<PayFinder.Found> found = PayFinder.find(row.get(c), PayFinder.Context.SALARY);
            if (found.size() == 1 && found.get(0).reading().min() != null
                    && found.get(0).reading().min().compareTo(found.get(0).reading().max()) == 0) {
                amounts.put(c, found.get(0).reading().max());
            }
        }
        if (amounts.size() < 3) {
            return java.util.Set.of();
        }
        for (var total : amounts.entrySet()) {
            if (total.getKey() >= header.size() || !TOTAL_HEADER.matcher(Words.fold(header.get(total.getKey()))).find()) {
                continue;
            }
            java.math.BigDecimal sum = amounts.entrySet().stream().filter(e -> !e.getKey().equals(total.getKey()))
                    .map(java.util.Map.Entry::getValue).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
            java.math.BigDecimal gap = sum.subtract(total.getValue()).abs();
            if (gap.multiply(java.math.BigDecimal.valueOf(200)).compareTo(total.getValue()) <= 0) {
                java.util.Set<Integer> parts = new java.util.HashSet<>(amounts.keySet());
                parts.remove(total.getKey());
                return parts;
            }
        }
        return java.util.Set.of();
    }

    /**
     * Whether a table's first header cell says its rows are benefits ("| Benefit | Valore medio
     * annuo (€) |", "| Benefit aziendali |"): what a job offers beside its pay, valued, is no pay.
     */
    static boolean listsBenefits(java.util.List<String> header) {
        String[] words = header.isEmpty() ? new String[0] : Words.split(Words.fold(header.get(0)));
        return words.length >= 1 && words.length <= 2 && JobNames.BENEFIT_WORDS.contains(words[0]);
    }

    /**
     * The pay a table cell gives, read with its column's header ("| Salaire annuel (€) |" gives
     * "24 000" its currency and period; a pay header lets a bare number be pay).
     */
    static java.util.List<PayFinder.Found> cellPay(String head, String cell) {
        if (namesNoPay(head)) {
            return new java.util.ArrayList<>();
        }
        java.util.List<PayFinder.Found> found = PayFinder.find(cell + (head.isBlank() ? "" : " (" + head + ")"),
                ModelBuilder.isPayWord(head) ? PayFinder.Context.SALARY : PayFinder.Context.PAY);
        found.removeIf(f -> f.start() >= cell.length());
        String headCurrency = found.isEmpty() ? null : PayFinder.currencyNamed(head);
        if (headCurrency != null) {
            found.replaceAll(f -> f.reading().currency() != null ? f
                    : new PayFinder.Found(f.reading().inCurrency(headCurrency), f.start(), f.end()));
        }
        return found;
    }

    static java.util.List<String> rowJobs(java.util.List<java.util.List<String>> table) {
        java.util.List<java.util.List<String>> rows = nameFirst(table);
        java.util.List<String> jobs = new java.util.ArrayList<>();
        // "| Nivel | Sueldo |": rows of levels ("Jefe de piso") of the page's job, not jobs.
        if (rows.isEmpty() || rows.get(0).isEmpty() || LEVEL_COLUMN.matcher(Words.fold(rows.get(0).get(0))).find()) {
            return jobs;
        }
        boolean pay = false;
        for (int r = 1; r < rows.size(); r++) {
            java.util.List<String> row = rows.get(r);
            String job = rowJob(rows.get(0), row);
            if (job != null) {
                jobs.add(job);
                for (int c = 1; c < row.size() && !pay; c++) {
                    pay = !cellPay(c < rows.get(0).size() ? rows.get(0).get(c) : "", row.get(c)).isEmpty();
                }
            }
        }
        return pay ? jobs : java.util.List.of();
    }

    /** Whether a list item's first paragraph has an amount after its lead ("Principal : 120k€"). */
    static boolean leadsToAmount(ListItem item) {
        String rest = afterLead(item);
        return rest != null && rest.chars().anyMatch(Character::isDigit);
    }

    /** Whether an item's text after its lead gives pay ("- Junior Developer: $55k"), not only numbers ("1-2 years"). */
    static boolean leadsToPay(ListItem item) {
        String rest = afterLead(item);
        return rest != null && rest.chars().anyMatch(Character::isDigit) && !PayFinder.find(rest, PayFinder.Context.PAY).isEmpty();
    }

    private static String afterLead(ListItem item) {
        if (!(item.getFirstChild() instanceof Paragraph p)) {
            return null;
        }
        String text = InlineText.of(p);
        String lead = itemLead(item);
        return lead != null && text.contains(lead) ? text.substring(text.indexOf(lead) + lead.length()) : text;
    }

    /** How many header cells of a table (past the first) name a job. */
    static int columnJobs(java.util.List<java.util.List<String>> rows) {
        int jobs = 0;
        if (!rows.isEmpty()) {
            java.util.List<String> header = rows.get(0);
            for (int c = 1; c < header.size(); c++) {
                jobs += JobNames.jobOf(header.get(c).replaceAll("\\([^()]*\\)", " ").strip()) != null ? 1 : 0;
            }
        }
        return jobs;
    }

    /** The job a list item leads with, or null. */
    /** The bold leads of a list whose every item (three or more) opens with one ("1. **Big Data**: …"), else empty. */
    static java.util.List<String> boldLeads(org.commonmark.node.ListBlock list) {
        java.util.List<String> leads = new java.util.ArrayList<>();
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof ListItem item) || !(item.getFirstChild() instanceof Paragraph p)
                    || !(p.getFirstChild() instanceof org.commonmark.node.StrongEmphasis)) {
                return java.util.List.of();
            }
            String lead = itemLead(item);
            if (lead == null || !isShortName(lead)) {
                return java.util.List.of();
            }
            leads.add(lead);
        }
        return leads.size() >= 3 ? leads : java.util.List.of();
    }

    static String itemJob(ListItem item) {
        String lead = itemLead(item);
        return lead == null ? null : JobNames.jobOf(lead);
    }
}
