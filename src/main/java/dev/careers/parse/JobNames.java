package dev.careers.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tells a heading, bold line or list lead that names a job ("3. Product Owner", "Desenvolvedor
 * Backend", "Softwareentwickler:in") from one that names an article section ("Conclusion", "How
 * to become…", "Key factors"), in the six languages of the tool. A job name has a job noun as its
 * first or last word (Romance languages put it first, English and German last); a question is a
 * job only when it asks what a job pays ("How much does a nurse earn?"). Stateless.
 */
final class JobNames {
    /** Job nouns, folded, singular masculine (other forms are reduced to these by {@link #stem}). */
    private static final Set<String> NOUNS = Set.copyOf(List.of(
            // English
            "developer", "dev", "devops", "engineer", "analyst", "architect", "manager", "scientist", "administrator",
            "admin", "designer", "consultant", "specialist", "officer", "programmer", "coder", "tester",
            "technician", "director", "owner", "master", "writer", "researcher", "nurse", "practitioner",
            "teacher", "accountant", "auditor", "hacker", "advisor", "adviser", "strategist",
            "coordinator", "operator", "trader", "ethicist", "steward", "evangelist", "marketer",
            "recruiter", "executive", "president", "cto", "ceo", "cio", "ciso", "cdo", "cfo", "coo",
            "dpo", "sre", "dba", "freelancer", "contractor", "assistant", "planner", "economist",
            "statistician", "mathematician", "physicist", "doctor", "physician", "lawyer",
            "electrician", "plumber", "mechanic", "pilot", "attendant", "gardener", "jardinier", "jardiniere",
            "paysagiste", "jardinero", "jardinera", "jardineiro", "jardineira", "giardiniere", "manutentore", "librarian",
            "coursier", "livreur", "livreuse", "repartidor", "repartidora", "entregador", "entregadora", "fattorino",
            "kurier", "zusteller", "editor", "journalist",
            "translator", "pharmacist", "therapist", "dentist", "surgeon", "professor", "lecturer",
            "instructor", "trainer", "coach", "counselor", "counsellor", "integrator", "webmaster",
            "modeler", "supervisor", "inspector", "investigator", "photographer", "illustrator",
            "animator", "illustrateur", "ilustrador", "illustratore", "producer", "copywriter", "broker", "banker", "actuary", "controller",
            "pentester", "responder", "lead", "head", "secretary", "receptionist", "representative",
            "worker", "clerk", "driver", "cook", "carpenter", "welder", "paramedic", "midwife",
            "caregiver", "artist", "expert", "leader", "agent", "consultant", "nutritionist", "dietitian", "dietician",
            "nutritionniste", "dieteticien", "nutricionista", "nutrizionista", "dietista", "merchandiser", "broadcaster",
            "photojournalist", "codierer", "kodierer", "mesero", "mesera", "garcom", "garconete", "kellner", "kellnerin", "barista", "barman",
            // French
            "developpeur", "ingenieur", "analyste", "architecte", "chef", "responsable", "directeur",
            "administrateur", "technicien", "formateur", "gestionnaire", "charge", "concepteur",
            "scientifique", "programmeur", "codeur", "testeur", "integrateur", "infirmier",
            "enseignant", "professeur", "prof", "profe", "parteira", "partera", "midwife", "hebamme", "ostetrica", "ayudante", "aiutante",
            "recepcionista", "receptionist", "receptionniste", "rezeptionist", "comptable", "auditeur", "juriste", "avocat", "medecin",
            "freelance", "redacteur", "conseiller", "commercial", "vendeur", "acheteur", "controleur",
            "dirigeant", "graphiste", "animateur", "coordinateur", "operateur", "officier",
            "specialiste", "statisticien", "urbaniste", "delegue", "ouvrier", "conducteur",
            "electricien", "plombier", "mecanicien", "cuisinier", "chauffeur", "pilote", "secretaire",
            "ethicien", "chercheur", "informaticien", "webdesigner", "datascientist", "pentesteur", "intervenant", "traducteur", "journaliste", "ergonome",
            "technicienne", "consultante", "auxiliaire",
            // Spanish
            "desarrollador", "programador", "ingeniero", "analista", "arquitecto", "jefe", "gerente",
            "director", "administrador", "tecnico", "consultor", "especialista", "disenador",
            "cientifico", "lider", "coordinador", "enfermero", "profesor", "maestro", "contador",
            "abogado", "medico", "asesor", "investigador", "operador", "vendedor", "experto",
            "encargado", "redactor", "auxiliar", "docente",
            // Portuguese
            "desenvolvedor", "engenheiro", "arquiteto", "diretor", "cientista", "coordenador", "chefe",
            "enfermeiro", "advogado", "assessor", "pesquisador", "responsavel", "redator", "gestor",
            "programador", "projetista",
            // German
            "entwickler", "programmierer", "ingenieur", "informatiker", "architekt", "berater",
            "leiter", "techniker", "wissenschaftler", "spezialist", "experte", "pfleger", "lehrer",
            "kaufmann", "kauffrau", "elektroniker", "mechaniker", "mechatroniker", "referent",
            "sachbearbeiter", "assistent", "koordinator", "betreuer", "verwalter",
            // Italian
            "sviluppatore", "programmatore", "ingegnere", "architetto", "consulente", "amministratore",
            "progettista", "scienziato", "capo", "gestore", "direttore", "esperto", "infermiere",
            "insegnante", "contabile", "ricercatore", "operatore", "coordinatore", "addetto",
            "tecnico", "analista", "specialista", "responsabile", "sistemista", "magazziniere", "carrellista",
            "pianificatore",
            // Care, law, trades and service, in the six languages
            "fisioterapista", "avvocato", "farmacista", "psicologo", "veterinario", "commercialista", "geometra",
            "elettricista", "idraulico", "meccanico", "cuoco", "autista", "impiegato", "giornalista", "traduttore",
            "educatore", "ostetrica", "logopedista", "operaio", "muratore", "cameriere", "dentista",
            "fisioterapeuta", "farmaceutico", "electricista", "fontanero", "mecanico", "cocinero", "conductor",
            "camarero", "periodista", "traductor", "educador", "eletricista", "cozinheiro", "motorista",
            "jornalista", "tradutor", "kinesitherapeute", "psychologue", "pharmacien", "veterinaire", "dentiste",
            "boulanger", "patissier", "serveur", "educateur", "soignant", "logisticien", "magasinier", "caissier",
            "arzt", "apotheker", "koch", "backer", "gartner", "logistiker", "buchhalter", "physiotherapeut",
            "psychologe", "psychologist", "physiotherapist", "veterinarian", "actuaire", "actuario", "attuario", "aktuar",
            "creator", "createur", "creatrice", "creador", "creadora", "criador", "criadora", "creatore", "creatrice",
            // Interns, as a position ("Becario - Comunidad"); alone, a level. Not "intern": German "interne".
            "becario", "becaria", "stagiaire", "estagiario", "estagiaria", "praktikant", "tirocinante",
            "painter", "sommelier", "cleaner", "captain", "magician", "actor", "actress", "dancer", "musician",
            "singer", "cashier", "waiter", "waitress", "bartender", "butcher", "baker", "firefighter", "guard",
            "janitor", "housekeeper", "nanny", "tutor", "surveyor", "farmer", "fisherman", "miner", "roofer",
            "mason", "bricklayer", "glazier", "machinist", "lineman", "diver", "emt", "dispatcher", "courier",
            // Speech and care therapists; pilots
            "logopade", "logopadin", "logopeda", "orthophoniste", "fonoaudiologo", "ergotherapeut", "ergotherapeute",
            "therapeut", "therapeute", "terapeuta", "piloto", "pilota", "porter"));

    /** Nouns that name a job only as the last word ("Scrum Master", "Tech Lead"); first, they are verbs or adjectives. */
    private static final Set<String> LAST_ONLY = Set.copyOf(List.of("master", "lead", "head", "owner", "steward",
            "driver", "agent", "coach", "editor", "planner"));

    /** What a job offers beside its pay, as a heading or a table's first header names it ("Teacher benefits", "| Benefit |"). */
    static final Set<String> BENEFIT_WORDS = Set.of("benefit", "benefits", "perk", "perks", "avantage", "avantages",
            "beneficio", "beneficios", "vorteile", "zusatzleistungen", "sozialleistungen", "vantaggi");

    /**
     * Words for an aspect of a job, a section about it and not a job ("Electricians Work
     * Environment", "Nurse Job Outlook", "Compétences du développeur", "Aufgaben eines Elektrikers").
     */
    private static final Set<String> ASPECT_WORDS = Set.copyOf(List.of("environment", "outlook", "duties", "skills",
            "education", "training", "requirements", "qualifications", "responsibilities", "tasks", "certification",
            "certifications", "licenses", "licensing", "specializations", "specialisations", "prospects",
            "competences", "formation", "missions", "debouches", "perspectives", "etudes", "qualites",
            "habilidades", "competencias", "formacion", "funciones", "requisitos", "perspectivas", "estudios",
            "tareas", "formacao", "funcoes", "atribuicoes", "tarefas", "competenze", "formazione", "mansioni",
            "requisiti", "prospettive", "compiti", "aufgaben", "anforderungen", "voraussetzungen", "perspektiven",
            "arbeitsumfeld", "kompetenzen", "fahigkeiten", "weiterbildung"));
    /** Articles after "of" ("de l'", "eines", "of a"): what may stand between an aspect and its job. */
    private static final Set<String> OF_ARTICLES = Set.copyOf(List.of("l", "le", "la", "les", "un", "une", "a", "an",
            "the", "el", "los", "las", "o", "os", "um", "uma", "il", "lo", "gli", "eines", "einer", "des", "der"));

    // "Electricians Work Environment" (the aspect last, no "of" in it), "Compétences du
    // développeur", "Aufgaben eines Elektrikers" (the aspect first, then "of").
    private static boolean namesAspect(String[] words) {
        if (words.length < 2) {
            return false;
        }
        if (ASPECT_WORDS.contains(words[words.length - 1])) {
            return java.util.Arrays.stream(words).noneMatch(OF_WORDS::contains);
        }
        return ASPECT_WORDS.contains(words[0]) && (OF_WORDS.contains(words[1]) || OF_ARTICLES.contains(words[1]));
    }

    /** Of the nouns named last, those that name a job first when "of" follows ("Agent de service", "Head of Sales"). */
    private static final Set<String> OF_JOB_FIRST = Set.of("agent", "head");
    /** Words that join a job to what it is of ("del metro", "d'autocar", "of nursing", "Agent de service"). */
    static final Set<String> OF_WORDS = Set.copyOf(List.of("de", "del", "do", "da", "dos", "das", "di",
            "della", "dello", "dei", "degli", "delle", "dell", "of", "d", "du", "des", "von", "vom"));

    /** German compounds end in their job noun ("Softwareentwickler", "Datenbankadministrator"). */
    private static final List<String> COMPOUND_ENDINGS = List.of("entwickler", "programmierer",
            "ingenieur", "informatiker", "architekt", "berater", "leiter", "techniker",
            "wissenschaftler", "spezialist", "administrator", "analyst", "designer", "manager",
            "pfleger", "lehrer", "kaufmann", "kauffrau", "elektroniker", "mechaniker", "tester",
            "referent", "engineer", "developer", "architect", "scientist", "sistemista", "gestalter", "berater",
            "elektriker", "helfer", "koordinator", "lehrkraft", "fachkraft", "hilfskraft", "assistent", "fachmann", "fachfrau",
            "arbeiter", "betreuer", "verkaufer", "erzieher", "disponent", "monteur", "installateur", "schreiner",
            // Endings that make a profession of a field in English, French, Spanish, Portuguese,
            // Italian and German: "Anesthesiologist", "Sonographer", "Pediatrician", "Psychiatrist",
            // "Orthodontist", "Optometrist", "Hygienist", "Anesthetist", "cardiologue", "psicólogo", "psiquiatra", "Radiologe".
            "ologist", "ographer", "ician", "iatrist", "odontist", "ometrist", "hygienist", "therapist", "thetist",
            "ologue", "ologo", "ologa", "ologe", "iatre", "iatra", "kraft",
            "fahrer", "redakteur", "planer", "lehrperson", "fachperson", "bearbeiter", "kaufleute", "teacher",
            "assistenz");

    /** Words that start a heading about the article, not a job ("Top 10…", "How to…"). */
    private static final Set<String> ARTICLE_OPENINGS = Set.copyOf(List.of(
            "introduction", "intro", "conclusion", "conclusions", "summary", "overview", "faq", "frequently",
            "faqs", "questions", "question", "contents", "toc", "sources", "references", "about",
            "bottom", "final", "key", "tips", "how", "why", "what", "when", "where", "which", "who",
            "top", "best", "highest", "most", "list", "comparison", "related", "further", "next",
            "conclusion", "sommaire", "resume", "pourquoi", "comment", "quel", "quels", "quelle",
            "quelles", "qu", "ou", "quand", "combien", "introduccion", "conclusion", "resumen",
            "indice", "como", "por", "que", "cual", "cuales", "cuanto", "cuantos", "donde", "introducao",
            "conclusao", "resumo", "o", "qual", "quais", "quanto", "onde", "porque", "einleitung",
            "fazit", "zusammenfassung", "einfuhrung", "inhaltsverzeichnis", "inhalt", "wie", "warum",
            "was", "welche", "wo", "wann", "wieviel", "introduzione", "conclusione", "conclusioni",
            "sommario", "riepilogo", "indice", "perche", "cosa", "quale", "quali", "dove",
            "les", "des", "meilleurs", "plus", "los", "las", "mejores", "melhores", "migliori", "die"));

    /** Whether a heading opens as the article's own ("Bottom Line Up Front", "Top 10 Cities", "Frequently Asked Questions"). */
    static boolean opensArticleHeading(String heading) {
        return ARTICLE_HEADINGS.get(heading);
    }

    private static final Memo<Boolean> ARTICLE_HEADINGS = new Memo<>(heading -> {
        String[] words = Words.split(Words.fold(heading));
        return words.length > 0 && ARTICLE_OPENINGS.contains(words[0]);
    });

    /** Words that only frame a name: articles, level and pay words ("Senior", "Salary", "Career"). */
    private static final Set<String> FRAME_WORDS = Set.copyOf(List.of(
            "the", "a", "an", "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "el", "los",
            "las", "lo", "una", "o", "os", "as", "um", "uma", "der", "die", "das", "ein", "eine", "il",
            "gli", "i", "and", "et", "y", "e", "und",
            "junior", "jr", "senior", "sr", "mid", "middle", "level", "entry", "beginner",
            "intermediate", "associate", "trainee", "intern", "fresher", "graduate", "experienced",
            "debutant", "confirme", "experimente", "intermediaire", "stagiaire", "alternant",
            "apprenti", "semi", "pleno", "medior", "einsteiger", "berufseinsteiger", "erfahren",
            "principiante", "medio", "avanzado", "avanzato", "superieur", "avance", "estagiario", "niveau", "nivel",
            "livello", "nivello", "primo", "alto", "inicial", "entrada", "einstieg", "einstiegs", "einstiegsebene",
            "ebene", "mittlere", "mittlerer", "mittleren", "of", "di", "del", "della", "auf",
            "salary", "salaries", "pay", "career", "careers", "profile", "guide", "job", "jobs",
            "role", "roles", "salaire", "salaires", "carriere", "metier", "salario", "salarios",
            "sueldo", "carrera", "carreira", "gehalt", "gehalter", "verdienst", "beruf", "stipendio",
            "stipendi", "carriera", "ausbildung"));

    /** Fields of software work that, with a level ("Backend Senior"), name their developer. */
    private static final Set<String> SPECIALTIES = Set.copyOf(List.of("front", "end", "frontend", "back",
            "backend", "full", "stack", "fullstack", "devops", "devsecops", "mobile", "android", "ios", "qa",
            "cloud", "web", "java", "python", "php", "node", "react", "golang", "ruby", "dotnet", "net",
            "embedded", "infra"));
    /** Level words that follow or precede a field in such names. */
    private static final Set<String> LEVEL_WORDS = Set.copyOf(List.of("junior", "jr", "senior", "sr", "pleno",
            "medior", "mid", "trainee", "intern"));

    private static boolean isSpecialtyAtLevel(String[] words) {
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        int levels = 0;
        for (String word : words) {
            if (LEVEL_WORDS.contains(word)) {
                levels++;
            } else if (!SPECIALTIES.contains(word)) {
                return false;
            }
        }
        return levels == 1 && (LEVEL_WORDS.contains(words[0]) || LEVEL_WORDS.contains(words[words.length - 1]));
    }

    /** Relative words: a clause about jobs ("Companies that hire developers"), not a job's name. */
    private static final Set<String> CLAUSE_WORDS = Set.copyOf(List.of("que", "who", "that", "which", "qui",
            "dont", "whose", "quem", "cuyo", "cuya", "welche", "welcher", "che", "cui"));

    /** "Nous recherchons un·e…", "We are hiring a…": a job offer's opening before the job. */
    private static final Pattern OFFER_OPENING = Pattern.compile(
            "^(?:nous recherchons|on recherche|recherche|nous recrutons|on recrute|we are hiring|we're hiring"
                    + "|we are looking for|looking for|hiring"
                    + "|wir stellen ein|stiamo assumendo|assumiamo|cercasi"
                    + "|buscamos|estamos buscando|se busca|procuramos|estamos contratando|contratamos|wir suchen|gesucht"
                    + "|cerchiamo|stiamo cercando|ricerchiamo|stellenausschreibung|stellenangebot|stellenanzeige"
                    + "|offre d['’]emploi|job offer|vacancy|oferta de empleo|oferta de trabajo|vaga|offerta di lavoro"
                    + "|b[uú]squeda laboral|job opening|now hiring|poste [àa] pourvoir|vaga de emprego|posizione aperta"
                    // "Recrutement d'ingénieur d'étude": the post after the word of hiring
                    + "|recrutement(?:\\s+(?:d['’‘](?:une|un(?:[-·.]?e)?)\\s+|d['’‘]|de\\s+|du\\s+|des\\s+))?|contrataci[oó]n de"
                    + "|contrata[cç][aã]o de"
                    + "|assunzione di)\\b[:\\s]*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A job advert's title as the job's name: without its opening ("Offre d'emploi :
     * Facilitateur.rice"), its gender tag ("(m/w/d)", "(H/F)") and what it says of hours and start
     * after a comma ("…, 19h/Woche, ab sofort").
     */
    static String advertJob(String title) {
        String name = OFFER_OPENING.matcher(title).replaceFirst("").strip();
        name = GENDER_TAG.matcher(name).replaceAll("");
        String shorter;
        while (!(shorter = ADVERT_TAIL.matcher(name).replaceFirst("")).equals(name)) {
            name = shorter;
        }
        name = Words.collapse(name).strip();
        return name.isEmpty() ? title : name;
    }

    private static final Pattern ADVERT_TAIL = Pattern.compile("\\s*[,|–-]\\s*(?:\\d+(?:[.,]\\d+)?\\s*(?:h|std|stunden|hours?|heures?|horas|ore)"
            + "(?:\\s*/\\s*\\w+|\\s+(?:pro|per|par|por|a|la)\\s+\\w+)?|ab sofort|zum n[äa]chstm[öo]glichen zeitpunkt|befristet|unbefristet"
            + "|vollzeit|teilzeit|minijob|full[- ]time|part[- ]time|remote|hybrid|cdi|cdd|temps (?:plein|partiel)|immediately|asap"
            + "|d[eè]s que possible|de inmediato|a tiempo (?:completo|parcial)|tempo (?:pieno|parziale|integral)|em tempo integral)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "How to Become a…", "Come diventare…", "Average…": a guide's opening before the job it is about. */
    private static final Pattern GUIDE_OPENING = Pattern.compile(
            "^(?:how to become|how to be|become|comment devenir|devenir|como ser|c[oó]mo ser|c[oó]mo convertirse en"
                    + "|como se tornar|como virar|come diventare|diventare|wie werde ich|wie wird man|average|median|mean"
                    + "|moyenne|salaire moyen d[eu']?|promedio|durchschnittliche[rs]?"
                    // "Fiche métier de l'actuaire", "Job profile: nurse", "Berufsbild Koch": a profile's frame
                    + "|fiche m[eé]tier(?: de l['’]| d['’]| des| d[eu])?|job profile(?: of an?)?:?|career profile:?|perfil (?:profesional|profissional) d[eoa]s?"
                    + "|berufsbild:?|steckbrief:?|scheda (?:professionale|mestiere):?(?: del?l?['’]?)?"
                    // "Vida de pessoa programadora", "A day in the life of a nurse": the life of the job
                    + "|(?:(?:a |um |un |une )?(?:day|dia|d[ií]a|jour|tag|giorno) (?:in the|na|en la|dans la|im|nella) )?"
                    + "(?:(?:la|a|the|das) )?(?:life of an?|vida de (?:uma? |una? )?|vie d['’]une?|vie de|leben (?:eine[sr]?|als)"
                    + "|vita d[ai] (?:una? )?))\\b[:\\s]*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    // "Web Developer Needed", "Koch gesucht", "Développeur recherché": the ad's call after the job.
    /** "[100% Remoto] CTO @ Adaflow", "(Remote) Data Engineer", "… [Actualizado]": a job board's tags and the company. */
    private static final Pattern OFFER_TAGS = Pattern.compile("^(?:\\s*[\\[(][^\\])\\n]{1,40}[\\])])+\\s*|\\s+@\\s+[^@]{1,60}$"
            + "|\\s+\\[[^\\]\\n]{1,40}\\]\\s*$");
    private static final Pattern OFFER_CLOSING = Pattern.compile(
            "[\\s:!-]+(?:(?:is |are )?(?:needed|wanted|required)|gesucht|recherch[ée]e?s?|buscad[oa]s?|cercasi"
                    + "|procura-se|precisa-se)[\\s!.]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "IT Team Leader salary": the pay word after a job's name, which the band says. */
    private static final Pattern TRAILING_PAY_WORD = Pattern.compile(
            "\\s+(?:salary|salaries|pay|salaire|salaires|salario|sueldo|salário|gehalt|stipendio)\\s*:?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern WEB_ADDRESS = Pattern.compile(
            "\\b[\\w-]+\\.(?:com|de|fr|io|net|org|it|es|pt|br|co|uk|ch|at|nl|in)\\b", Pattern.CASE_INSENSITIVE);

    /** "un·e Concepteur·rice", "a Nurse": the article before a job named in a sentence. */
    static final Pattern LEADING_ARTICLE = Pattern.compile(
            "^(?:un[·.]e|une?|an?|the|le|la|l'|el|um|uma|ein|eine|einen|il|lo)\\s+", Pattern.CASE_INSENSITIVE);

    private static final Pattern LEADING_POSSESSIVE = Pattern.compile(
            "^(?:my|our|mon|ma|notre|mein|meine|unser|unsere|mi|nuestro|nuestra|il mio|la mia|o meu|a minha)\\s+",
            Pattern.CASE_INSENSITIVE);

    /** Prepositions after which a job's complement comes ("Companies for Data Engineers"). */
    private static final Set<String> FOR_WORDS = Set.copyOf(List.of("for", "pour", "para", "fur", "per", "to", "vs", "versus"));

    // "{#po}", "{.big}", "{style=\"counter-reset: list 0;\"}", "{: .note}": attribute lists of Markdown dialects.
    private static final Pattern ATTRIBUTES = Pattern.compile("\\s*\\{:?\\s*(?:[#.][^}]*|[\\w-]+=[^}]*)\\}\\s*$");
    private static final Pattern NUMBERING = Pattern.compile(
            "^\\s*(?:#?\\d{1,2}(?:\\.\\d{1,2})+\\.?(?=\\s)|#?\\d{1,3}(?:[.)°º]|\\s*[-–—:])|[IVXivx]{1,5}[.)]|[A-Za-z][.)](?=\\s)|(?:n[°º]|no\\.)\\s*\\d{1,3}[.):]?)\\s*");
    private static final Pattern EDGE_SYMBOLS = Pattern.compile("^[^\\p{L}\\p{N}(\"'«¿¡]+|[^\\p{L}\\p{N})\"'»?!.]+$");
    /** "How much does a nurse earn…", the job before the verb. */
    private static final Pattern ASKED_BEFORE_VERB = Pattern.compile(
            "^[^\\p{L}]*(?:how much (?:does|do|can|will|would) (?:an? |the )?(.+?) (?:make|earn|get paid|get)\\b"
                    + "|how much (?:is|are) (?:an? |the )?(.+?) paid\\b"
                    + "|what (?:does|do) (?:an? |the )?(.+?) (?:make|earn)\\b)");
    /** "Combien gagne un développeur ?", the job after the verb, to the end. */
    private static final Pattern ASKED_AFTER_VERB = Pattern.compile(
            "^[^\\p{L}]*(?:combien (?:gagnent|gagne|touche|touchent) (?:un |une |les |le |la |l')?"
                    + "|quel est le salaire (?:d'un |d'une |des |du |de la |de l')?"
                    + "|cuanto (?:gana|ganan|cobra|cobran) (?:un |una |los |las |el |la )?"
                    + "|quanto (?:ganha|ganham|recebe|recebem|guadagna|guadagnano) (?:um |uma |os |as |o |a |un |una |gli |il |la |i )?"
                    + "|(?:wie ?viel|was) (?:verdient|verdienen) (?:man als |ein |eine |der |die )?"
                    // "Das verdienen Ingenieure in Deutschland", "Ce que gagnent les infirmières", "Lo que cobran los médicos"
                    + "|(?:das|so ?viel) (?:verdient|verdienen) (?:ein |eine |der |die )?"
                    + "|(?:voici )?ce que (?:gagnent|gagne|touche|touchent) (?:un |une |les |le |la |l')?"
                    + "|(?:esto es )?lo que (?:gana|ganan|cobra|cobran) (?:un |una |los |las |el |la )?"
                    // "Combien pouvez-vous gagner en tant que développeur…", "How much can you earn as a nurse"
                    + "|(?:combien|how much|cuanto|quanto|wie ?viel)\\b[^?]{0,40}?\\b(?:en tant que|comme|as an?|como|come|als) (?:un |une |una |um |uma |ein |eine )?)"
                    + "(.+?)\\s*[?]?\\s*$");
    private static final Pattern LOCATION_TAIL = Pattern.compile(
            " (?:in|en|em|no|na|nos|nas|nel|nella|nei|negli|im|au|aux|at|a|à|dans(?: l[ae]| les)?|in the) (?:\\p{Lu}|[0-9])[^,;:]*$");

    /** "Les métiers les mieux payés", "Top 10 careers", "Las profesiones mejor pagadas": a title announcing a list of jobs. */
    private static final Pattern JOBS_LISTED = Pattern.compile(
            "\\b(?:jobs|careers|professions|occupations|roles|metiers|emplois|profesiones|carreras|empleos|trabajos|oficios"
                    + "|profissoes|carreiras|empregos|berufe|professioni|lavori|mestieri|carriere)\\b");

    /** Whether a title announces a list of jobs ("Top 10 careers in tech", "¿Cuáles son las profesiones mejor pagadas?"). */
    static boolean announcesJobs(String title) {
        return title != null && JOBS_LISTED.matcher(Words.fold(title)).find();
    }

    /** "… salaries in Amsterdam", "… pay (2025)": the pay of the job named before. */
    private static final Pattern PAY_OF_JOB_AFTER = Pattern.compile(
            "\\s+(?:(?:total|base|annual|average|median|typical)\\s+)?(?:salary|salaries|pay|wages|earnings|compensations?)(?:\\s+(?:guide|report|survey|overview|ranges?|levels?|trends?))?"
                    + "(?:\\s+(?:in|for|at|by|per|of)\\b.*|\\s*\\(.*\\))?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUALIFIER_AFTER = Pattern.compile("(.+?)(?:,| [-–]) (\\p{Lu}[^,]*)");

    /** "… Career Overview", "… Job Profile": a guide's frame after the job it is about. */
    private static final Pattern TRAILING_YEAR = Pattern.compile("(?<=\\p{L})\\s+[(\\[]?(?:19|20)\\d{2}[)\\]]?\\s*$");
    private static final Pattern CAREER_FRAME_AFTER = Pattern.compile(
            "\\s+(?:career|job|occupation)?\\s*(?:overview|guide|profile|description|path|outlook|(?:field )?reports?)$"
                    + "|\\s+careers?$",
            Pattern.CASE_INSENSITIVE);
    /**
     * The frame a heading puts around a job's name when it heads that job's pay ("salaries in
     * Leeds" of "Porter salaries in Leeds"), folded; null when it has none.
     */
    static String payFrame(String heading) {
        String lower = heading.toLowerCase(java.util.Locale.ROOT);
        if (!lower.contains("sal") && !lower.contains("pay") && !lower.contains("wage") && !lower.contains("earning")) {
            return null; // most headings name no pay: no regex to run
        }
        Matcher m = PAY_OF_JOB_AFTER.matcher(heading);
        if (!m.find() || m.start() == 0) {
            return null;
        }
        String[] before = Words.split(Words.fold(heading.substring(0, m.start())));
        // "Overview of tech salaries in Amsterdam": the article's words, not a job's.
        return before.length == 0 || ARTICLE_OPENINGS.contains(before[0]) ? null : Words.fold(heading.substring(m.start()).strip());
    }

    /** "Salaire d'un …", "Sueldo del …", "Gehalt als …", "Stipendio di un …": the pay of the job named after. */
    /** The nouns for pay that a job's name follows ("Salaire d'un infirmier", "El sueldo de las enfermeras"). */
    static final String PAY_NOUNS = "salaires?|sueldos?|salarios?|sal[aá]rios?|gehalt|geh[aä]lter|stipendi|stipendio|retribuzione";
    private static final Pattern PAY_OF_JOB_BEFORE = Pattern.compile(
            "^(?:" + PAY_NOUNS + ")"
                    + "\\s+(?:(?:d'|d’|du|de la|des|de|del|dos|das|do|da|di|dello|della|degli|als|eines|einer|von|für|fur)\\s*)?"
                    + "(?:(?:un|une|uno|una|um|uma|ein|eine|el|la|le|il|lo|o|a|los|las|les|os|as|gli|i|the)\\s+)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private JobNames() {}

    /**
     * The job a page's title is about, named as one person: "Salaires développeurs" → "Développeur",
     * "Software Developer Salaries" → "Software Developer".
     */
    static String asSubject(String titleJob) {
        String job = asName(PAY_OF_JOB_BEFORE.matcher(titleJob.strip()).replaceFirst(""));
        if (job.isEmpty()) {
            return asName(titleJob);
        }
        return singular(job);
    }

    /** A heading's text without its {@code {#id}} or {@code {.class}} attributes. */
    static String withoutAttributes(String text) {
        return text.indexOf('{') < 0 ? text.strip() : ATTRIBUTES.matcher(text).replaceAll("").strip();
    }

    /**
     * A career's name as written, without what only orders or anchors it: "3. Product Owner
     * {#po}" → "Product Owner" (the brochure numbers careers itself); emoji are kept.
     */
    static String asName(String text) {
        String name = TRAILING_PAY_WORD.matcher(withoutAttributes(text)).replaceFirst("");
        if (!name.isEmpty() && !Character.isLetter(name.charAt(0)) || startsRoman(name)
                || name.length() > 1 && (name.charAt(1) == '.' || name.charAt(1) == ')')) {
            name = NUMBERING.matcher(name).replaceFirst("").strip();
        }
        return name.endsWith(":") ? name.substring(0, name.length() - 1).strip() : name;
    }

    /** A heading's text as a name: attributes, numbering and edge symbols (emoji) removed. */
    static String clean(String text) {
        // Most names need none of the regexes: each runs only when its mark is there.
        String name = text.indexOf('{') >= 0 ? ATTRIBUTES.matcher(text).replaceAll("") : text;
        if (!plainEdges(name)) {
            name = EDGE_SYMBOLS.matcher(name).replaceAll("");
        }
        if (!name.isEmpty() && !Character.isLetter(name.charAt(0)) || name.length() > 1 && name.charAt(1) == '.'
                || name.length() > 1 && name.charAt(1) == ')') {
            name = NUMBERING.matcher(name).replaceFirst("");
            name = EDGE_SYMBOLS.matcher(name).replaceAll("");
        } else if (startsRoman(name)) {
            name = NUMBERING.matcher(name).replaceFirst("");
        }
        if (name.endsWith(":")) {
            name = name.substring(0, name.length() - 1);
        }
        return Words.collapse(name.replace("\\", ""));
    }

    // Whether a text starts and ends with a letter or digit (or closing punctuation EDGE_SYMBOLS keeps).
    private static boolean plainEdges(String text) {
        if (text.isEmpty()) {
            return true;
        }
        char first = text.charAt(0);
        char last = text.charAt(text.length() - 1);
        return (Character.isLetterOrDigit(first) || "(\"'«¿¡".indexOf(first) >= 0)
                && (Character.isLetterOrDigit(last) || ")\"'»?!.".indexOf(last) >= 0);
    }

    private static boolean startsRoman(String text) {
        int i = 0;
        while (i < text.length() && i < 5 && "IVXivx".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i > 0 && i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ')');
    }

    /**
     * The job a heading, bold line or lead names, as it should be shown ("How much does a nurse
     * earn in Ohio?" → "nurse"), or null when the text is not a job's name.
     */
    static String jobOf(String text) {
        String job = JOBS.get(text);
        return job.isEmpty() ? null : job;
    }

    // Headings repeat (a catalogue's careers are read twice: to find the layout, then the model).
    private static final Memo<String> JOBS = new Memo<>(text -> {
        String job = readJob(text);
        if (job == null && text.length() <= 120) {
            // "Salary of Registered Staff Nurses in Ireland": the job before where it is paid.
            String here = withoutLocation(text);
            job = here.length() < text.length() && readJob(here) != null ? text : null;
        }
        return job == null ? "" : job;
    });

    // "Elektriker/in", "Lehrer*innen", "Berater:in": the German forms naming every gender.
    private static final Pattern GENDER_ENDING = Pattern.compile("(?<=\\p{L})(?:/-?|\\*|:|_)in(?:nen)?(?![\\p{L}])");

    /** "(m/w/d)", "H/F", "(f/m/x)": how adverts in German and French name the job they offer. */
    static final Pattern GENDER_MARK = Pattern.compile(
            "(?<![\\p{L}/])(?:m\\s*/\\s*[wf]|[wf]\\s*/\\s*m|h\\s*/\\s*f|f\\s*/\\s*h)(?:\\s*/\\s*[dxi])?(?![\\p{L}/])",
            Pattern.CASE_INSENSITIVE);
    // "(m/w/d)", "(H/F)" (the advert's gender mark in brackets), "(all genders)".
    private static final Pattern GENDER_TAG = Pattern.compile(
            "\\s*\\((?:" + GENDER_MARK.pattern() + "|all genders?|alle geschlechter|divers)\\)", Pattern.CASE_INSENSITIVE);

    // Only a person is written for every gender: the word before "/in" or "(m/w/d)" is one ("Gärtner/in").
    private static Set<String> persons(String written) {
        Set<String> persons = new java.util.HashSet<>();
        for (Pattern mark : List.of(GENDER_ENDING, GENDER_MARK)) {
            String text = mark == GENDER_ENDING ? written : withoutGenderEndings(written);
            Matcher m = mark.matcher(text);
            while (m.find()) {
                String[] before = Words.split(Words.fold(text.substring(0, m.start())));
                if (before.length > 0) {
                    persons.add(before[before.length - 1]);
                }
            }
        }
        return persons;
    }

    /** A name without its German gender endings, for judging its words (the name itself keeps them). */
    private static String withoutGenderEndings(String name) {
        return name.indexOf("in") < 0 ? name : GENDER_ENDING.matcher(name).replaceAll("");
    }

    /** Job nouns that are adjectives after another noun, in French, Spanish, Portuguese and Italian. */
    private static final Set<String> ROMANCE_ADJECTIVES = Set.copyOf(List.of("tecnico", "tecnica", "tecnicos", "tecnicas",
            "tecnici", "tecniche", "technique", "techniques", "comercial", "comerciales", "comerciais", "commercial",
            "commerciale", "commerciali", "commerciaux", "administrativo", "administrativa", "administrativos",
            "administrativas", "amministrativo", "amministrativa", "administratif", "administrative", "administratifs"));

    private static final Pattern PROGRESSION = Pattern.compile("\\p{L}\\S*\\s*(?:→|->|⇒|=>|➜|➔)\\s*\\p{L}");

    private static String readJob(String text) {
        String written = clean(text);
        if (written.isEmpty() || written.length() > 90) {
            return null;
        }
        String name = withoutGenderEndings(written);
        Set<String> persons = name.equals(written) && !GENDER_MARK.matcher(written).find() ? Set.of() : persons(written);
        String asked = askedJob(name);
        if (asked != null) {
            return hasJobNoun(asked, true) ? asked : null;
        }
        if (name.endsWith("?") || PROGRESSION.matcher(name).find()) {
            return null; // a question, or a path from one job to others ("Analista → Pleno → Senior")
        }
        String[] words = Words.split(Words.fold(name));
        if (words.length == 0 || words.length > 9 || ARTICLE_OPENINGS.contains(words[0])) {
            return null;
        }
        if (List.of(words).contains("vs") || List.of(words).contains("versus")) {
            return null; // "Senior Developers vs. Junior Developers": a comparison of jobs, not one
        }
        if (words.length > 1 && BENEFIT_WORDS.contains(words[words.length - 1])) {
            return null; // "Teacher benefits": what the job offers beside pay, a section
        }
        if (namesAspect(words)) {
            return null; // "Electricians Work Environment": a section about the job
        }
        // "Backend developer salaries in Amsterdam", "Salaire d'un infirmier": a job's pay as a heading.
        String paid = PAY_OF_JOB_BEFORE.matcher(PAY_OF_JOB_AFTER.matcher(name).replaceFirst("")).replaceFirst("");
        if (paid.length() < name.length() && !paid.isBlank()) {
            String job = readJob(paid);
            return job == null ? null : written;
        }
        if (words.length == 1 && Levels.of(name) != dev.careers.model.Level.OTHER) {
            return null; // "Lead", "Freelance": a level of pay, not a job
        }
        if (isSpecialtyAtLevel(words)) {
            return written; // "Front-end Júnior", "DevOps Pleno": the developer of a field, at a level
        }
        if (isClause(name) || WEB_ADDRESS.matcher(name).find()) {
            return null; // "Companies that hire…", "freelance.de ⭐ Beste Wahl": no job's name
        }
        // "Visita técnica", "Assistência técnica", "Setor comercial": a thing the adjective qualifies,
        // where "Técnico" or "Comercial" alone, or after a job ("Agente comercial"), is a job.
        // "Inglés Técnico (B2 mínimo)": what the parentheses add does not change the reading.
        boolean parenthesised = name.indexOf('(') > 0;
        String bare = parenthesised ? name.replaceAll("\\s*\\([^()]*\\)", "").strip() : name;
        String[] bareWords = parenthesised ? Words.split(Words.fold(bare)) : words;
        if (bareWords.length >= 2 && ROMANCE_ADJECTIVES.contains(bareWords[bareWords.length - 1])
                && !hasJobNoun(bare.substring(0, bare.lastIndexOf(' ') > 0 ? bare.lastIndexOf(' ') : 0), false)) {
            return null;
        }
        // "Deputy Director, National Organizing", "Territory Sales Manager - Automotive": a job, then
        // its department or trade.
        Matcher qualified = QUALIFIER_AFTER.matcher(name);
        if (qualified.matches() && !hasJobNoun(qualified.group(2), false) && qualified.group(2).split("\\s+").length <= 4
                && hasJobNoun(qualified.group(1), false, persons) && !isClause(qualified.group(1))) {
            return written;
        }
        // "The Data Foundation: Data Analysts": a tagline before the job.
        int colon = name.indexOf(": ");
        if (colon > 0 && !hasJobNoun(name.substring(0, colon), false)) {
            return hasJobNoun(name.substring(colon + 2), false, persons) ? written : null;
        }
        return hasJobNoun(name, false, persons) ? written : null;
    }

    // "Dev Sem Fronteiras #123", "Folge 12": an episode of a series, named by the series.
    private static final Pattern EPISODE = Pattern.compile(
            "(?i)(?:#\\s?\\d+|\\b(?:episode|ep\\.|episodio|épisode|folge|puntata)\\s*\\d+)\\s*$");

    /** The job a title names, without what frames it ("Software Engineer Salaries in India" → "Software Engineer"). */
    static String jobOfTitle(String title) {
        // A title is a line: past a few hundred characters it is text, and no regex reads it whole.
        String line = title.length() > 200 ? title.substring(0, 200) : title;
        String name = clean(line.indexOf('[') >= 0 || line.indexOf('(') >= 0 || line.indexOf('@') >= 0
                ? OFFER_TAGS.matcher(line).replaceAll("") : line);
        if (EPISODE.matcher(name).find()) {
            return null;
        }
        String asked = askedJob(name);
        if (asked != null) {
            return hasJobNoun(asked, true) ? singular(asked) : null;
        }
        boolean advert = OFFER_OPENING.matcher(name).find();
        if (advert && OFFER_OPENING.matcher(name).replaceFirst("").isBlank()) {
            return null; // "Vacancy", "Recrutement": a board's word, no post named
        }
        name = advertJob(name); // "Mitarbeiter*in (m/w/d) für Finanzadministration, 19h/Woche, ab sofort"
        name = LEADING_ARTICLE.matcher(GUIDE_OPENING.matcher(name).replaceFirst("")).replaceFirst("");
        name = LEADING_POSSESSIVE.matcher(name).replaceFirst(""); // "My Freelancer Field Report"
        name = OFFER_CLOSING.matcher(name).replaceFirst("");
        String[] parts = name.split("\\s+[–—|:→➜⇒]\\s+|\\s+-\\s+|: ");
        for (int i = 0; i < parts.length; i++) {
            parts[i] = TRAILING_YEAR.matcher(parts[i]).replaceFirst(""); // "CFO Salary Guide 2025": the guide's edition
        }
        for (String part : parts) {
            // "Logopädie Gehalt NRW 2026 — Was verdient eine Logopädin in Duisburg?"
            String askedInPart = parts.length > 1 ? askedJob(part.strip()) : null;
            if (askedInPart != null && hasJobNoun(askedInPart, true)) {
                return singular(askedInPart);
            }
        }
        // A part with a job noun of its own comes before one whose word only ends like one
        // ("Ciaomanager - backend developer": a company, then its job).
        List<String> ordered = new ArrayList<>(List.of(parts));
        ordered.sort(java.util.Comparator.comparing(part -> !hasWholeJobNoun(part)));
        for (String part : ordered) {
            // "Software Engineer Compensation Guide": the job, without the pay it frames.
            String unframed = CAREER_FRAME_AFTER.matcher(PAY_OF_JOB_AFTER.matcher(part).replaceFirst("")).replaceFirst("");
            String job = jobOf(withoutLocation(unframed.isBlank() ? part : unframed));
            if (job != null) {
                return job;
            }
        }
        for (String part : parts) {
            String field = careerOfField(part.strip());
            if (field != null) {
                return field;
            }
        }
        // "Réalité financière du Freelance Ruby on Rails": the job from its noun to the end.
        for (String part : ordered) {
            if (isClause(part)) {
                continue;
            }
            String[] written = part.strip().split("\\s+");
            for (int i = 0; i < written.length; i++) {
                String[] words = Words.split(Words.fold(written[i]));
                if (words.length > 0 && isJobNoun(words[0]) && !FRAME_WORDS.contains(words[0])
                        && (i == 0 || !FOR_WORDS.contains(Words.fold(written[i - 1])))) {
                    int from = i;
                    while (from > 0 && isFieldOrLevel(written[from - 1])) {
                        from--; // "Frontend Developer (m/w/d) React.JS": its field and level belong to it
                    }
                    int to = i + 1;
                    while (to < written.length && !Entries.hasEarningVerb(written[to])
                            && !COMMON_VERBS.contains(Words.fold(written[to])) && !isPastTense(written[to])) {
                        to++; // "Where Plumbers Earn Most", "… professores municipais ficaram …": the job, not what it does
                    }
                    String[] job = withoutLocation(String.join(" ", java.util.Arrays.copyOfRange(written, from, to))).split(" ");
                    int end = job.length;
                    while (end > 1 && Places.isPlace(job[end - 1])) {
                        end--; // "Tariffe idraulico Milano", "Custo hora advogado Portugal": where, not who
                    }
                    String rest = String.join(" ", java.util.Arrays.copyOfRange(job, 0, end));
                    // "… ganar un docente, un médico, un investigador?": several jobs, none the page's.
                    rest = CAREER_FRAME_AFTER.matcher(rest.replaceFirst("[?!.:;,]+$", "")).replaceFirst("");
                    // "Ma life (de développeur Freelance)": a parenthesis the job does not open is not its own.
                    rest = rest.indexOf('(') < 0 ? rest.replaceFirst("\\)+[?!.:;,]*$", "") : rest;
                    return namesSeveralJobs(rest) ? null : singular(rest);
                }
            }
        }
        // "Wir stellen ein für Buchhaltung und Management!": what an advert offers is its job,
        // whatever its words.
        String offered = advert ? FOR_OFFER.matcher(name).replaceFirst("").replaceFirst("[?!.:;,]+$", "").strip() : "";
        return !offered.isEmpty() && offered.split("\\s+").length <= 5 && !isClause(offered) ? offered : null;
    }

    /** "für", "for", "pour un·e": what an advert's opening leaves before the post it offers. */
    private static final Pattern FOR_OFFER = Pattern.compile(
            "^(?:f[üu]r|for|pour|para|per)\\s+(?:(?:eine?n?|an?|une?|un·e|un\\.e|una?|um|uma)\\s+)?", Pattern.CASE_INSENSITIVE);

    private static boolean hasWholeJobNoun(String part) {
        for (String word : Words.split(Words.fold(part))) {
            if (NOUNS.contains(stem(word)) || NOUNS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Folded verbs a title says of its job ("are", "ficaram", "sont", "bekommen"): where the job's name ends. */
    private static final Set<String> COMMON_VERBS = Set.of("is", "are", "was", "were", "has", "have", "had", "get", "gets",
            "got", "will", "can", "should", "need", "needs", "est", "sont", "etait", "etaient", "ont", "sera", "seront",
            "doivent", "peuvent", "es", "son", "era", "eran", "fueron", "tiene", "tienen", "pueden", "deben", "sao",
            "foi", "foram", "fica", "ficam", "ficaram", "tem", "tinham", "podem", "devem", "ist", "sind", "war", "waren",
            "hat", "haben", "wird", "werden", "bekommen", "bekommt", "konnen", "sollen", "sono", "erano", "hanno",
            "ha", "possono", "devono", "restano", "restam", "sobem", "subieron", "suben", "steigen", "stiegen", "now",
            "say", "says", "quit", "want", "wants");

    // "Why BVG Drivers Walked Out", "Developers Wanted": an English verb in the past ends the job;
    // these words in "-ed" qualify a job instead ("Engineer Embedded Systems").
    private static final Set<String> QUALIFIERS_IN_ED = Set.of("embedded", "advanced", "certified", "licensed",
            "registered", "qualified", "experienced", "specialized", "specialised", "speed");

    private static boolean isPastTense(String written) {
        String word = Words.fold(written);
        return word.length() >= 5 && word.endsWith("ed") && word.chars().allMatch(c -> c >= 'a' && c <= 'z')
                && !QUALIFIERS_IN_ED.contains(word);
    }

    /** "Carreira Full Stack", "DevOps Career": a career named by its field alone, as people call its job. */
    private static final Pattern CAREER_OF_FIELD = Pattern.compile(
            "^(?:carreira|carrera|carri[eè]re|career|carriera|karriere)(?:\\s+(?:de|do|da|em|en|in|als|di|of|as))?\\s+(.+)$"
                    + "|^(.+?)\\s+(?:career|karriere)$",
            Pattern.CASE_INSENSITIVE);

    private static String careerOfField(String part) {
        Matcher m = part.length() > 60 ? null : CAREER_OF_FIELD.matcher(part);
        if (m == null || !m.matches()) {
            return null;
        }
        String field = m.group(1) != null ? m.group(1) : m.group(2);
        String[] written = field.strip().split("\\s+");
        return written.length <= 3 && java.util.Arrays.stream(written).allMatch(w -> isFieldOrLevel(w)
                && Words.split(Words.fold(w)).length > 0) ? field.strip() : null;
    }

    private static boolean isFieldOrLevel(String word) {
        String[] words = Words.split(Words.fold(word));
        return words.length > 0 && java.util.Arrays.stream(words).allMatch(w -> SPECIALTIES.contains(w) || LEVEL_WORDS.contains(w));
    }

    private static boolean namesSeveralJobs(String text) {
        Set<String> jobs = new java.util.HashSet<>();
        for (String word : Words.split(Words.fold(text))) {
            if (isJobNoun(word)) {
                jobs.add(stem(word));
            }
        }
        return jobs.size() >= 2 && (text.indexOf(',') >= 0 || text.indexOf('/') >= 0);
    }

    /** "Who Are Quantity Surveyors?", "Qu'est-ce qu'un urbaniste ?": a question asking what a job is. */
    private static final Pattern DESCRIBED = Pattern.compile("^[^\\p{L}]*(?:(?:who|what) (?:is|are) (?:an? |the )?(.+?)"
            + "|what (?:does|do) (?:an? |the )?(.+?) do|qu'est-ce qu(?:'|e )(?:un |une |le |la |les |l')?(.+?)"
            + "|(?:que fait|que font|qui est|qui sont) (?:un |une |le |la |les |l')?(.+?)"
            + "|(?:que es|que hace|quien es|quienes son) (?:un |una |el |la |los |las )?(.+?)"
            + "|o que (?:e|faz|fazem) (?:um |uma |o |a |os |as )?(.+?)"
            + "|(?:was (?:ist|macht|sind|machen)|wer ist) (?:ein |eine |der |die )?(.+?)"
            + "|(?:cos'e|cosa e|che cos'e|cosa fa|chi e) (?:un |una |uno |il |la |lo |l'|i |gli )?(.+?))[\\s?!:.]*$");

    /** The job a question heading asks to describe ("What Does a Nurse Do?": "Nurse"), else null. */
    static String describedJob(String text) {
        String clean = clean(text);
        String folded = Words.foldKeepingPositions(clean).replace('\u2019', '\'');
        Matcher m = DESCRIBED.matcher(folded);
        if (!m.matches()) {
            return null;
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.start(g) >= 0) {
                String job = Words.collapse(clean.substring(m.start(g), m.end(g)));
                return job.split("\\s+").length <= 5 && hasJobNoun(job, false) ? singular(job) : null;
            }
        }
        return null;
    }

    /** The job a pay question asks about, or null when the text asks no such question. */
    static String askedJob(String name) {
        String folded = Words.foldKeepingPositions(name).replace('\u2019', '\'');
        if (!folded.contains("much") && !folded.contains("what") && !folded.contains("combien")
                && !folded.contains("salaire") && !folded.contains("cuanto") && !folded.contains("quanto")
                && !folded.contains("viel") && !folded.contains("verdien") && !folded.contains("ce que")
                && !folded.contains("lo que")) {
            return null; // none of the questions' first words
        }
        for (Pattern pattern : List.of(ASKED_BEFORE_VERB, ASKED_AFTER_VERB)) {
            Matcher m = pattern.matcher(folded);
            if (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.start(g) >= 0) {
                        return withoutLocation(Words.collapse(name.substring(m.start(g), m.end(g))));
                    }
                }
            }
        }
        return null;
    }

    // "Quanto guadagnano i fisioterapisti?": the job a question asks about, named as one person
    // ("fisioterapista"). Only words whose singular is a known noun change, and a word with accents
    // only by dropping its plural "s" (no accent to restore).
    /** "auxiliares", "professores": a plural whose one is written without the "e" ("auxiliar"). */
    private static final Pattern CONSONANT_ES_PLURAL = Pattern.compile("[aeiou][rlnzdj]es$");

    static String singular(String asked) {
        String[] words = LEADING_ARTICLE.matcher(asked).replaceFirst("").split(" ");
        for (int i = 0; i < words.length; i++) {
            String lower = words[i].toLowerCase(java.util.Locale.ROOT);
            String stem = stem(lower);
            String folded = Words.fold(lower);
            String withoutS = lower.endsWith("s") && !CONSONANT_ES_PLURAL.matcher(lower).find()
                    ? lower.substring(0, lower.length() - 1) : lower;
            String foldedStem = stem(folded);
            if (!withoutS.equals(lower) && withoutS.length() > 3 && stem(Words.fold(withoutS)).equals(foldedStem)
                    && (NOUNS.contains(foldedStem) || COMPOUND_ENDINGS.stream().anyMatch(foldedStem::endsWith))) {
                words[i] = words[i].substring(0, words[i].length() - 1); // "enfermeras", "infirmières": one, as written
            } else if (!stem.equals(lower) && (NOUNS.contains(stem) || COMPOUND_ENDINGS.stream().anyMatch(stem::endsWith))
                    && folded.equals(lower)) {
                words[i] = Character.isUpperCase(words[i].charAt(0)) ? Character.toUpperCase(stem.charAt(0)) + stem.substring(1) : stem;
            } else if (folded.length() > 4 && folded.endsWith("s") && NOUNS.contains(folded.substring(0, folded.length() - 1))) {
                words[i] = words[i].substring(0, words[i].length() - 1); // "développeurs": its accents kept as written
            }
        }
        return String.join(" ", words);
    }

    private static String withoutLocation(String name) {
        return LOCATION_TAIL.matcher(SOURCE_TAIL.matcher(name).replaceFirst("")).replaceFirst("");
    }

    /** "… según el convenio de hostelería", "… selon la grille": where the figures come from, not the job. */
    private static final Pattern SOURCE_TAIL = Pattern.compile(
            " (?:según|segun|selon|according to|laut|secondo|segundo|conforme) .*$", Pattern.CASE_INSENSITIVE);

    /**
     * The identity of a job for telling repeats apart: its words stemmed and sorted, without
     * articles, levels, pay words or parentheses ("Senior Software Engineers (5 years)" and
     * "Software engineer" are one job).
     */
    static String core(String name) {
        return CORES.get(name);
    }

    private static final Memo<String> CORES = new Memo<>(JobNames::readCore);

    private static String readCore(String name) {
        String plain = name.replaceAll("\\([^()]*\\)", " ");
        var words = new TreeSet<String>();
        for (String word : Words.split(Words.fold(plain))) {
            if (!FRAME_WORDS.contains(word) && !word.chars().allMatch(Character::isDigit)) {
                words.add(stem(word));
            }
        }
        return String.join(" ", words);
    }

    /** The {@link #core} without the words of the earner's origin ("American nurse" → "nurse"). */
    static String coreWithoutOrigin(String name) {
        return Arrays.stream(core(name).split(" ")).filter(word -> !Places.isNationality(word))
                .collect(Collectors.joining(" "));
    }

    /**
     * The identity of a career for telling a repeat from a new entry: like {@link #core} but
     * level words count ("Junior Data Analyst" is not "Data Analyst").
     */
    static String strictCore(String name) {
        return STRICT_CORES.get(name);
    }

    private static final Memo<String> STRICT_CORES = new Memo<>(JobNames::readStrictCore);

    private static String readStrictCore(String name) {
        String plain = name.replaceAll("\\(([^()]*)\\)", " $1 ");
        var words = new TreeSet<String>();
        for (String word : Words.split(Words.fold(plain))) {
            if (!ARTICLES.contains(word)) {
                words.add(stem(word));
            }
        }
        return String.join(" ", words);
    }

    private static final Set<String> ARTICLES = Set.copyOf(List.of("the", "a", "an", "le", "la", "les", "l",
            "un", "une", "des", "du", "de", "d", "el", "los", "las", "lo", "una", "o", "os", "as", "um", "uma",
            "der", "die", "das", "ein", "eine", "il", "gli", "i"));

    /** Whether the first or last word of a name is a job noun (and not the complement of "for"). */
    static boolean hasJobNoun(String name, boolean anywhere) {
        return hasJobNoun(name, anywhere, Set.of());
    }

    // alsoNouns: folded words that the text itself shows to be persons (written for every gender).
    private static boolean hasJobNoun(String name, boolean anywhere, Set<String> alsoNouns) {
        String plain = name.indexOf('(') >= 0 ? name.replaceAll("\\([^()]*\\)", " ") : name;
        plain = plain.indexOf('\'') >= 0 ? plain.replaceAll("'s\\b", "") : plain;
        List<String> words = new ArrayList<>();
        for (String word : Words.split(Words.fold(plain))) {
            // "Le Data Scientist 12": a number only orders the entry.
            if ((!FRAME_WORDS.contains(word) || isJobNoun(word) || alsoNouns.contains(word)) && !word.chars().allMatch(Character::isDigit)) {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            return false;
        }
        if (anywhere) {
            return words.stream().anyMatch(w -> isJobNoun(w) || alsoNouns.contains(w));
        }
        int last = words.size() - 1;
        // "Agent de service", "Head of Sales": a job first when what it is of follows.
        String[] raw = Words.split(Words.fold(plain));
        boolean ofFollows = last > 0 && raw.length > 1 && OF_JOB_FIRST.contains(stem(raw[0])) && OF_WORDS.contains(raw[1]);
        if ((isJobNoun(words.get(0)) || alsoNouns.contains(words.get(0)))
                && (!LAST_ONLY.contains(stem(words.get(0))) || last == 0 || ofFollows)) {
            return true;
        }
        if (!isJobNoun(words.get(last)) && !alsoNouns.contains(words.get(last))) {
            return false;
        }
        for (String word : words) {
            if (FOR_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isClause(String name) {
        if (DANGLING_END.matcher(name).find()) {
            return true;
        }
        for (String word : Words.split(Words.fold(name))) {
            if (CLAUSE_WORDS.contains(word) || NEGATIONS_AND_MODALS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    // "Motoristas não têm acesso a:", "… o iBora DEVE:": a sentence leading to a list, no job's name.
    private static final Pattern DANGLING_END = Pattern.compile(
            "\\s(?:a|de|da|do|of|to|for|para|per|di|für|zu|au|à|the|and|et|y|und|with|com|con|avec|mit)\\s*:?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NEGATIONS_AND_MODALS = Set.of("nao", "not", "nicht", "kein", "keine", "must",
            "should", "muss", "mussen", "doit", "doivent", "debe", "deben", "deve", "devem", "devono");

    /** Whether a folded word is a job noun, in any of its forms ("ingénieures", "Entwicklerinnen"). */
    static boolean isJobNoun(String word) {
        return NOUN_WORDS.get(word); // names share few words: each is judged once per process
    }

    private static final Memo<Boolean> NOUN_WORDS = new Memo<>(JobNames::readJobNoun);

    /** Whether a word is a job noun as written, not a near miss of one (a typo's reading is for names, not prose). */
    static boolean isKnownJobNoun(String word) {
        if (!isJobNoun(word)) {
            return false;
        }
        String stem = stem(word);
        return NOUNS.contains(stem) || NOUNS.contains(word) || word.length() < 8
                || COMPOUND_ENDINGS.stream().anyMatch(stem::endsWith);
    }

    private static boolean readJobNoun(String word) {
        if (word.length() < 3 && !word.equals("cto")) {
            return false;
        }
        String stem = stem(word);
        if (NOUNS.contains(stem) || NOUNS.contains(word)) {
            return true;
        }
        for (String ending : COMPOUND_ENDINGS) {
            if ((stem.length() > ending.length() + 2 || stem.length() == ending.length()) && stem.endsWith(ending)) {
                return true; // "Softwareentwickler", or "Elektriker" alone
            }
        }
        if (word.length() >= 8) {
            for (String noun : LONG_NOUNS.getOrDefault(word.charAt(0), List.of())) {
                if (Words.nearlyEqual(noun, stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The nouns of eight letters or more by their first letter: those a typo is looked for in. */
    private static final java.util.Map<Character, List<String>> LONG_NOUNS = NOUNS.stream()
            .filter(noun -> noun.length() >= 8)
            .collect(java.util.stream.Collectors.groupingBy(noun -> noun.charAt(0)));

    /** The job a career's name names ("¿Cuánto gana un programador?" → "programador"), else the name. */
    static String jobOrName(String name) {
        String job = jobOf(name);
        return job != null ? job : name;
    }

    /** The stems of a text's words, to tell whether it names a career's core. */
    static Set<String> stems(String text) {
        Set<String> stems = new java.util.HashSet<>();
        for (String word : Words.split(Words.fold(text))) {
            stems.add(stem(word));
        }
        return stems;
    }

    /** The singular masculine form a word's plural or feminine ending hides, if it is a known noun. */
    static String stem(String word) {
        return STEMS.get(word); // every word of an article's paragraphs is asked for (PageSubject)
    }

    private static final Memo<String> STEMS = new Memo<>(JobNames::readStem);

    private static String readStem(String word) {
        if (NOUNS.contains(word)) {
            return word;
        }
        for (String[] rule : ENDINGS) {
            if (word.endsWith(rule[0]) && word.length() > rule[0].length() + 2) {
                String base = word.substring(0, word.length() - rule[0].length()) + rule[1];
                if (NOUNS.contains(base)) {
                    return base;
                }
                for (String ending : COMPOUND_ENDINGS) {
                    if (base.endsWith(ending)) {
                        return base;
                    }
                }
            }
        }
        return word.length() > 4 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
    }

    private static final String[][] ENDINGS = {
        {"innen", ""}, {"in", ""}, {"euses", "eur"}, {"euse", "eur"}, {"trices", "teur"},
        {"trice", "teur"}, {"eres", "er"}, {"ere", "er"}, {"ennes", "en"}, {"enne", "en"},
        {"ores", "or"}, {"ora", "or"}, {"oras", "or"}, {"che", "ca"}, {"ghe", "ga"}, {"chi", "co"}, {"es", ""},
        {"s", ""}, {"e", ""}, {"as", "o"},
        {"a", "o"}, {"i", "e"}, {"i", "a"}, {"i", "o"}, {"en", ""}, {"n", ""}, {"x", ""}};
}
