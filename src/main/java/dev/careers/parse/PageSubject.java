package dev.careers.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The job a one-job article talks about when its title names none, as a reader names it: the job
 * its text names most ("Clase mezquina", a post on what metro employees earn, is about the
 * "Empleados del metro de Barcelona"). Texts are added in reading order; not thread-safe.
 */
final class PageSubject {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:-[\\p{L}\\p{M}]+)*");
    /** Nouns that name the people of a job only with what they are of ("empleados del metro"). */
    private static final Set<String> STAFF = Set.copyOf(List.of("empleado", "employee", "employe", "salarie",
            "dipendente", "funcionario", "trabajador", "trabalhador", "empregado", "mitarbeiter", "arbeitnehmer",
            "beschaftigte", "staff", "lavoratore"));
    private static final Set<String> SHORT_JOBS = Set.of("dev");
    /** Known job nouns that, in running text, name a job only with what they are of ("head of sales"). */
    private static final Set<String> AMBIGUOUS = Set.copyOf(List.of("charge", "commercial", "responsable",
            "responsabile", "responsavel", "capo", "auxiliar", "tecnico", "scientifique", "cientifico", "cientista",
            "head", "lead", "master", "owner", "agent", "expert", "experto", "esperto", "experte", "leader", "lider",
            "executive", "officer", "officier", "freelance", "chef", "chefe", "jefe", "guard", "driver", "coach",
            "editor", "planner", "steward", "worker", "specialist", "specialiste", "especialista", "specialista",
            "spezialist", "artist", "captain", "president", "director", "directeur", "diretor", "direttore"));
    private static final Set<String> ARTICLES = Set.copyOf(List.of("la", "le", "les", "l", "los", "las", "el",
            "the", "il", "lo", "gli", "i", "os", "as", "o", "a"));
    /** "medico di un ospedale": what a job is of is named with "the", never with "a" (where one works). */
    private static final Set<String> INDEFINITE = Set.copyOf(List.of("un", "une", "una", "uno", "um", "uma", "an",
            "ein", "eine", "einem", "einer"));
    /** Words no job name goes on with (nor with a level word): verbs, conjunctions, a clause's prepositions. */
    private static final Set<String> STOPS = Set.copyOf(List.of("que", "qui", "who", "that", "which", "y", "et",
            "and", "und", "e", "ou", "or", "oder", "en", "in", "im", "nel", "na", "no", "em", "au", "aux", "al",
            "para", "pour", "for", "per", "con", "avec", "with", "mit", "sin", "sans", "por", "par", "by", "est",
            "es", "is", "son", "sont", "are", "sind", "sono", "e", "ist", "was", "fue", "foi", "era", "como",
            "comme", "wie", "come", "mais", "mas", "plus", "more", "mehr", "piu", "entre", "between", "tra", "fra",
            "sur", "on", "sobre", "su", "ha", "han", "has", "have", "hat", "ont", "nao", "not", "nicht", "ne",
            "pas", "non", "se", "si", "if", "cuando", "quand", "when", "wenn", "quando", "ser", "etre", "be",
            "said", "says", "earn", "earns", "makes", "gets", "works", "gana", "ganan", "gagne", "gagnent", "ganha",
            "ganham", "guadagna", "guadagnano", "verdient", "verdienen", "recibe", "recebe", "percoit", "touche",
            "trabaja", "travaille", "trabalha", "lavora", "arbeitet"));
    /** German words in capitals before a noun that are no part of its name (every German noun is capitalised). */
    private static final Set<String> GERMAN_WORDS = Set.copyOf(List.of("fur", "als", "bei", "zum", "zur", "den", "dem",
            "der", "die", "das", "des", "ein", "eine", "einen", "einer", "eines", "alle", "viele", "neue", "unsere"));
    private static final int MOST_WORDS_AFTER = 4;
    private static final Pattern QUOTES = Pattern.compile("[\"«»“”]");
    /** What may stand between the words of a name: spaces, quotes, an elided article's apostrophe. */
    private static final Pattern JOINING = Pattern.compile("[\\s\"'’«»“”]+");

    /** "Je suis actuellement Ingénieur Front-End", "I work as a nurse": the writer says what job they do. */
    private static final Pattern SELF = Pattern.compile("(?:\\bje suis|\\bj['’]ai été|\\bje travaille comme|\\bI am|\\bI['’]m"
            + "|\\bI work as|\\bsoy|\\btrabajo como|\\bsou|\\btrabalho como|\\bich bin|\\bich arbeite als|\\bio sono"
            + "|\\blavoro come|\\bfaccio il|\\bfaccio la)\\s+(?:(?:actuellement|aujourd['’]hui|currently|now|actualmente|atualmente|derzeit|zurzeit"
            + "|attualmente|ora|oggi)[\\s,]+)?(?:(?:un|une|a|an|um|uma|ein|eine|uno|una)\\s+)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MOST_WORDS_TO_SELF = 3;
    // The verbs of SELF, where its regex is run: a case-insensitive regex over a whole page is slow.
    private static final List<String> SELF_VERBS = List.of("suis", "été", "ete", "travaille", " am ", "'m ", "’m ", "work as",
            "soy ", "Soy ", "sou ", "Sou ", "trabajo", "Trabajo", "trabalho", "Trabalho", " bin ", "arbeite", "sono ",
            "lavoro", "Lavoro", "faccio", "Faccio", " AM ");
    private static final int MOST_VERBS_TRIED = 20;
    /** What may stand between "je suis" and the job: spaces, quotes, bold or italic marks. */
    private static final Pattern SELF_GAP = Pattern.compile("[\\s\"'’«»“”*_-]+");
    /** Lower-case words of a job's field written before it ("a software engineer", "a full stack developer"). */
    private static final Set<String> FIELD_WORDS = Set.of("software", "web", "data", "full", "stack", "front", "back", "end");

    private String self;
    private String sought;
    private boolean opened;
    private final Map<String, Integer> mentions = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Integer> order = new HashMap<>();
    private final Map<String, Integer> fullest = new HashMap<>();

    /** Counts the jobs a paragraph names. */
    void add(String text) {
        if (self == null) {
            self = selfNamed(text);
        }
        if (sought == null && !opened) {
            sought = soughtNamed(text); // only where the page opens: elsewhere a sought job is an example
        }
        opened = opened || !text.isBlank();
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            String folded = Words.fold(words.group());
            String last = folded.substring(folded.lastIndexOf('-') + 1);
            String one = last.endsWith("s") ? last.substring(0, last.length() - 1) : last;
            if (last.length() < 4 && !SHORT_JOBS.contains(one)) {
                continue; // "dev" names a job; most short words name none
            }
            String stem = JobNames.stem(last);
            boolean vague = STAFF.contains(stem) || AMBIGUOUS.contains(stem);
            if (!vague && !JobNames.isKnownJobNoun(last)) {
                continue; // known as written: in running text a near miss is another word ("analyses")
            }
            String name = fieldBefore(text, words.start(), words.group()) + nameAt(text, words.start(), words.end());
            if (vague && name.length() == words.end() - words.start()) {
                continue; // "employees" or "head" alone names no job; "head of marketing" does
            }
            mentions.merge(stem, 1, Integer::sum);
            order.putIfAbsent(stem, order.size());
            // The first mention with what the job is of, one person rather than many.
            int fullness = (name.contains(" ") ? 2 : 0) + (Words.fold(last).equals(stem) ? 1 : 0);
            if (fullness > fullest.getOrDefault(stem, -1)) {
                names.put(stem, name);
                fullest.put(stem, fullness);
            }
        }
    }

    /** "El sueldo de las enfermeras", "the salary of nurses", "das Gehalt der Pflegekräfte": pay said to be a job's. */
    private static final Pattern PAY_OF = Pattern.compile("\\b(?:" + JobNames.PAY_NOUNS + "|salar(?:y|ies)|pay|wages?|earnings|stipends?"
            + "|r[ée]mun[ée]rations?|remunera[çc](?:ão|ões)|retribuzioni|L[öo]hne?|Verdienst)\\s+"
            + "(?:(?:of|de|des|du|dos|das|do|da|di|dei|degli|delle|del|della|der|von|eines|einer)\\s+|d['’])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MOST_WORDS_TO_JOB = 3;

    /**
     * The job whose pay a sentence names ("El sueldo de las enfermeras oscila …" gives "enfermeras"),
     * as written; null when the sentence says no job's pay that way.
     */
    static String jobOfPayWords(String sentence) {
        Matcher payOf = PAY_OF.matcher(sentence);
        if (!payOf.find()) {
            return null;
        }
        Matcher words = WORD.matcher(sentence);
        int from = payOf.end();
        int nameStart = -1;
        for (int taken = 0; taken < MOST_WORDS_TO_JOB && words.find(from); taken++) {
            String gap = sentence.substring(from, words.start());
            if (!gap.isEmpty() && !JOINING.matcher(gap).matches()) {
                return null; // a number or punctuation before any job: "the salary of 2023"
            }
            String folded = Words.fold(words.group());
            if (nameStart < 0 && !ARTICLES.contains(folded)) {
                nameStart = words.start(); // "registered nurses": the words before the noun are its name too
            }
            if (JobNames.isKnownJobNoun(folded)) {
                String name = nameAt(sentence, words.start(), words.end());
                return sentence.substring(nameStart, words.start()) + name;
            }
            from = words.end();
        }
        return null;
    }

    // The job the writer says they do, within its first words ("**Ingénieur Front-End** chez…",
    // "a software engineer"), with the capitalised words before it; else null. "Je suis devenue
    // prof" or "centinaia di sviluppatori" say no job of the writer's.
    private static String selfNamed(String text) {
        for (String verb : SELF_VERBS) {
            int tried = 0;
            for (int at = text.indexOf(verb); at >= 0 && tried++ < MOST_VERBS_TRIED; at = text.indexOf(verb, at + 1)) {
                Matcher said = SELF.matcher(text).region(Math.max(0, at - 12), Math.min(text.length(), at + verb.length() + 40));
                while (said.find()) {
                    String job = jobAfter(text, said.end());
                    if (job != null) {
                        return job;
                    }
                }
            }
        }
        return null;
    }

    /** "Darien Library seeks an innovative, community-minded librarian": the job an advert offers. */
    private static final Pattern SOUGHT = Pattern.compile("\\b(?:seeks|is seeking|are seeking|is looking for|are looking for"
            + "|is hiring|are hiring|recherche|recrute|recherchons|recrutons|busca|buscamos|sucht|suchen|cerca|cerchiamo"
            + "|procura|procuramos|contrata|contratamos)\\s+(?:(?:a|an|one|two|un|une|un·e|una|uno|um|uma|ein|eine|einen|zwei"
            + "|deux|dos|due|duas)\\s+)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MOST_WORDS_TO_SOUGHT = 5;
    private static final Pattern SOUGHT_GAP = Pattern.compile("[\\s,\"'’«»“”*_-]+");

    // Within an advert's first words: the job it offers, whatever the adjectives before it
    // ("innovative, community-minded"); else null.
    private static String soughtNamed(String text) {
        Matcher sought = SOUGHT.matcher(text.length() > 600 ? text.substring(0, 600) : text);
        if (!sought.find()) {
            return null;
        }
        Matcher words = WORD.matcher(text);
        int from = sought.end();
        for (int taken = 0; taken < MOST_WORDS_TO_SOUGHT && words.find(from); taken++) {
            String gap = text.substring(from, words.start());
            if (!gap.isEmpty() && !SOUGHT_GAP.matcher(gap).matches()) {
                return null;
            }
            String folded = Words.fold(words.group());
            String last = folded.substring(folded.lastIndexOf('-') + 1);
            if (JobNames.isKnownJobNoun(last) && !AMBIGUOUS.contains(JobNames.stem(last)) && !STAFF.contains(JobNames.stem(last))) {
                return fieldBefore(text, words.start(), words.group()) + nameAt(text, words.start(), words.end());
            }
            from = words.end();
        }
        return null;
    }

    private static String jobAfter(String text, int from) {
        Matcher words = WORD.matcher(text);
        for (int taken = 0; taken < MOST_WORDS_TO_SELF && words.find(from); taken++) {
            String gap = text.substring(from, words.start());
            String folded = Words.fold(words.group());
            if (!gap.isEmpty() && !SELF_GAP.matcher(gap).matches() || STOPS.contains(folded)
                    || JobNames.OF_WORDS.contains(folded)) {
                return null;
            }
            String last = folded.substring(folded.lastIndexOf('-') + 1);
            if (JobNames.isKnownJobNoun(last) && !AMBIGUOUS.contains(JobNames.stem(last))) {
                return fieldBefore(text, words.start(), words.group()) + nameAt(text, words.start(), words.end());
            }
            if (!Character.isUpperCase(words.group().charAt(0)) && Levels.of(folded) == dev.careers.model.Level.OTHER
                    && !FIELD_WORDS.contains(folded)) {
                return null; // "devenue", "centinaia": not the words of a job's name
            }
            from = words.end();
        }
        return null;
    }

    /**
     * The job the writer says they do, else the job named most (twice, or the only one named), as
     * written at its fullest first mention; else null.
     */
    String name() {
        String written = self != null ? self : sought != null ? sought : mostNamed();
        if (written == null) {
            return null;
        }
        // Named as one person, as a career is: "développeurs" only ever in the plural is "Développeur".
        String name = JobNames.singular(QUOTES.matcher(written).replaceAll("")).strip();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    // The job named most, twice or the only one named, as written at its fullest first mention.
    private String mostNamed() {
        String best = null;
        for (var entry : mentions.entrySet()) {
            String stem = entry.getKey();
            if (best == null || entry.getValue() > mentions.get(best)
                    || entry.getValue().equals(mentions.get(best)) && order.get(stem) < order.get(best)) {
                best = stem;
            }
        }
        return best == null || mentions.get(best) < 2 && mentions.size() > 1 ? null : names.get(best);
    }

    /** {@link #mentions()} of a job the page's opening offers ("… seeks a librarian"). */
    static final int OFFERED = -1;

    /**
     * How many times the job of {@link #name()} is named; 0 when the writer says it is theirs,
     * {@link #OFFERED} when the page opens by offering it.
     */
    int mentions() {
        return self != null ? 0 : sought != null ? OFFERED : mentions.values().stream().max(Integer::compare).orElse(0);
    }

    /** Whether the job of {@link #name()} is the page's for a reader: the writer's own, or named twice. */
    boolean named() {
        return name() != null && (self != null || sought != null || mentions() >= 2);
    }

    // "Data Analyst", "Registered Nurse": a job written in capitals takes the capitalised words just before it.
    private static String fieldBefore(String text, int start, String noun) {
        if (!Character.isUpperCase(noun.charAt(0))) {
            return "";
        }
        int from = start;
        for (int taken = 0; taken < 2; taken++) {
            int end = from;
            if (end < 2 || text.charAt(end - 1) != ' ') {
                break;
            }
            int begin = end - 1;
            while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
                begin--;
            }
            String word = text.substring(begin, end - 1);
            String folded = Words.fold(word);
            int before = begin - 1;
            while (before >= 0 && " *_".indexOf(text.charAt(before)) >= 0) {
                before--;
            }
            boolean sentenceStart = before < 0 || ".!?:\n#>-\"«“".indexOf(text.charAt(before)) >= 0;
            if (word.length() < 2 || !Character.isUpperCase(word.charAt(0)) || sentenceStart || ARTICLES.contains(folded)
                    || STOPS.contains(folded) || JobNames.OF_WORDS.contains(folded) || GERMAN_WORDS.contains(folded)) {
                break;
            }
            from = begin;
        }
        return text.substring(from, start);
    }

    // The job at [start, end) and what it is of: "empleados del metro de Barcelona", not "… : €33.000".
    private static String nameAt(String text, int start, int end) {
        int nameEnd = end;
        int taken = 0;
        boolean afterOf = false;
        Matcher words = WORD.matcher(text);
        int from = end;
        while (taken < MOST_WORDS_AFTER && words.find(from)) {
            String gap = text.substring(from, words.start());
            if (!JOINING.matcher(gap).matches()) {
                break; // punctuation, a number: the name has ended
            }
            String word = Words.fold(words.group());
            boolean of = JobNames.OF_WORDS.contains(word);
            boolean article = ARTICLES.contains(word);
            if (taken == 0 && !of || STOPS.contains(word) || INDEFINITE.contains(word) || article && !afterOf
                    || Levels.of(word) != dev.careers.model.Level.OTHER) {
                break;
            }
            from = words.end();
            taken++;
            if (!of && !article) {
                nameEnd = words.end(); // a name ends on a word of its own, never on "de" or "the"
            }
            afterOf = of || afterOf && article;
        }
        return text.substring(start, nameEnd);
    }
}
