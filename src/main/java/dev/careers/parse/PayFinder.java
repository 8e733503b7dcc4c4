package dev.careers.parse;

import dev.careers.model.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the pay a reader sees in running text, a table cell or a heading: every amount or range
 * ("entre 35 000 et 45 000 euros par an", "$131,300 (£100,000)", "₹4–8 LPA", "R$ 4.200,00 por
 * mês", "24.700/ 32.000"), each as one reading. Outside a salary section an amount is pay only
 * when it has a currency and its sentence speaks of pay (salary, earn, gagne, gana, ganha,
 * verdient, guadagna…) or a period follows it ("$50 an hour"); percentages, years, durations and
 * counts never are. Stateless.
 */
final class PayFinder {
    // "Retribuzione: Euro 948": Italian contracts name the currency first; "Euro 2016" is a year.
    private static final String CURRENCY_BEFORE = Currencies.BEFORE + "|(?i:euros?)(?=\\s?\\d)(?!\\s?(?:19|20)\\d\\d(?![\\d.,]))";
    private static final String CURRENCY_AFTER = Currencies.AFTER;
    private static final Pattern TOKEN = Pattern.compile(
            "(?<pre>(?:" + CURRENCY_BEFORE + ")\\s?)?"
                    + "(?<num>\\d{1,2}(?:,\\d{2})+,\\d{3}(?![\\d,])|\\d{1,3}(?:[ \\u00A0\\u202F\\u2009,.'’]\\d{3})+(?:[.,](?:\\d{4}|\\d{1,2}))?(?!\\d)|\\d+(?:[.,]\\d+)?)"
                    + "(?:(?<plusmid>\\+)?(?:\\s|\\.(?=[kK]\\b))?(?<mult>[kK]|Mio|Mrd|Mds|Md|M|mil|mille|mila|lakhs?|lacs?|LPA|crores?|Cr|[Mm]illions?|millones|milh[õo]es|milioni|Millionen|bn|Bn|" + Amounts.BILLIONS_SIGN + ")(?!(?!" + Currencies.ISO + ")[\\p{L}]))?" // "25KMXN"
                    + "(?:\\s?(?<post>" + CURRENCY_AFTER + "))?"
                    + "(?<plus>\\s?\\+)?");
    private static final Pattern INDIAN = Pattern.compile("^\\d{1,2}(?:,\\d{2})+,\\d{3}$");
    private static final Pattern NOT_MONEY_AFTER = Pattern.compile(
            "^\\s?(?:%|percent|pour ?cent|por ?ciento|por ?cento|per ?cento|prozent|x\\b|ans?\\b(?! (?:hour|hr|heure)\\b)|années|years?\\b|yrs?\\b"
                    + "|años|anos|jahre?n?\\b|anni\\b|months?\\b|mois\\b|meses\\b|monate?n?\\b|mesi\\b|semaines|weeks?\\b"
                    + "|semanas|wochen|settimane|jours\\b|days\\b|d[ií]as|tage\\b|giorni|hours?\\b|hrs?\\b|h\\b|heures|horas|stunden|ore\\b"
                    + "|minutes?\\b|mins?\\b|minutos|minuten|minuti"
                    + "|people|personnes|personas|pessoas|personen|persone|employees|salariés|empleados|mitarbeiter"
                    + "|jobs|emplois|empleos|empregos|postes|offres|vagas|ofertas|companies|entreprises|empresas|users|utilisateurs"
                    + "|respondents|répondants|participants|usu[aá]rios|utenti|nutzer|clients?|clientes|clienti|kunden|customers"
                    + "|members|membres|miembros|membros|mitglieder|membri|followers|seguidores|abonn[ée]s|downloads|installs"
                    // "1299 sueldos enviados", "2657 Jobangeboten": a count of the figures a survey read
                    + "|salaries\\b|salaires\\b|sueldos\\b|salarios\\b|sal[aá]rios\\b|geh[aä]lter|stipendi\\b|jobangebot|stellenangebot"
                    + "|stellenanzeigen|annonces|anuncios|offerte|job (?:offers|ads|postings)|responses|r[ée]ponses|respuestas|respostas"
                    // "24/7", "3/4", "12/2023"; but "35/45k" is a range in thousands
                    + "|/\\d(?![\\d.,]*\\s?[kK](?![\\p{L}]))|\\.\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * Whether a text opens with a count of something other than money ("10 minute break",
     * "3 years", "40 people"): its first amount has no currency and a unit of its own follows.
     */
    static boolean opensWithQuantity(String text) {
        Matcher m = TOKEN.matcher(text);
        int digit = Amounts.firstDigit(text, 0);
        if (digit < 0 || !m.find(Math.max(0, digit - 8)) || m.group("pre") != null || m.group("post") != null) {
            return false;
        }
        // "5-10% em stock options", "3–5 years": the unit follows the range's second number.
        Matcher second = RANGE_END.matcher(text).region(m.end(), text.length());
        int end = second.lookingAt() ? second.end() : m.end();
        return NOT_MONEY_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 14))).find();
    }

    private static final Pattern RANGE_END = Pattern.compile("\\s*[-–—]\\s*\\d+(?:[.,]\\d+)?");
    // "4-8 lakh", "2 – 3M", "from 9 to 12 euros": a small number opening a range whose other end
    // carries the unit or the currency.
    private static final Pattern TO_MULTIPLIED = Pattern.compile(
            "\\s*(?:-|–|—|to|à|a|ai|alle|bis|até|hasta|al)\\s*\\d+(?:[.,]\\d+)?\\s?(?:[kK]|Mio|Mrd|M|lakhs?|lacs?|LPA|crores?|Cr"
                    + "|[Mm]illions?|millones|milh[õo]es|milioni|Millionen|€|£|euros?|dollars?|d[oó]lares|dollari|pounds"
                    + "|sterline|reais|pesos|" + Currencies.ISO + ")(?![\\p{L}])");
    /** "₹1–2 LPA more than…", "a $10,000 jump", "€400 less": what pay changes by, or what is taken off, not pay. */
    private static final Pattern PREMIUM_AFTER = Pattern.compile(
            "^\\s?(?:more\\b|extra\\b|premium|de plus|en plus|m[aá]s\\b|a mais|mehr\\b|in pi[uù]"
                    // "400 to 628 euros less than in Munich": a gap between pays
                    + "|less\\b|de moins|en moins|menos\\b|a menos|weniger\\b|in meno"
                    // "$7,600-$11,000 out-of-pocket", "$1,000 tool deduction": what is paid out or taken off
                    + "|out[- ]of[- ]pocket|(?:(?!before |after )[\\p{L}'’]+ ){0,4}deductions?\\b"
                    // "US$ 4.000-5.000 anuales para reembolso de gastos": expenses paid back, not pay
                    + "|(?:[\\p{L}'’]+ ){0,3}(?:reembolsos?|remboursements?|reimbursements?|rimborsi|rimborso|(?:kosten)?erstattung)\\b"
                    // "a $10,000 jump", "€200 d'augmentation": a raise, not pay
                    + "|(?:pay |salary |wage )?(?:jump|raise|rise|increase|bump|hike|boost)\\b|d'augmentation|de aumento"
                    + "|di aumento|(?:gehalts|lohn)?erh[oö]hung"
                    // "can add $10,000-$25,000 to base salary": added to pay, not pay
                    + "|to (?:the |your |their |a )?(?:base |annual |yearly )?(?:salary|salaries|pay|wages?)\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "percentiles (sur 100)", "rated 4 out of 5": the top of a scale before a bare number. */
    private static final Pattern OUT_OF = Pattern.compile("(?:\\bsur|\\bout of)\\s+$", Pattern.CASE_INSENSITIVE);

    /** Whether the words before a number make it the top of a scale ("… (sur", "… out of"). */
    static boolean endsWithScale(String before) {
        return OUT_OF.matcher(before).find();
    }
    /** "increases by $1.00 for every 200 hours", "une augmentation de 2 000 €": a step of pay, not pay. */
    private static final Pattern STEP_BEFORE = Pattern.compile(
            "(?:increases?|increased|raises?|rises?|bumps?|augmentations?|hausses?|aumentos?|erhohung|incrementos?|aumenti)"
                    // "un incremento salariale di 45 mila sterline", "une augmentation de salaire de 2 000 €"
                    + "(?:\\s+(?:salariale?|salarial|salariais|de salaire|de salario|de sueldo|di stipendio|do salario))?"
                    + "\\s+(?:by|of|de|du|d'|di|del|um|von)?\\s*(?:about|around|roughly|environ|circa|etwa|cerca de)?\\s*$");
    private static final Pattern RANGE_SEPARATOR = Pattern.compile(
            "^\\s*(?:-|–|—|~|～|〜|à|a|to|till?|until|bis|até|ate|hasta|al|fino a|ai|alle|au|jusqu'?à|"
                    + Amounts.SCALE_TO + ")\\s*$", Pattern.CASE_INSENSITIVE);
    // "from $77,000 to over $153,000", "$216,000 to almost $300,000": still a range.
    private static final Pattern UP_TO_SEPARATOR = Pattern.compile(
            "^\\s*(?:to|à|a|bis|até|hasta|fino a)\\s+(?:over|more than|plus de|más de|mais de|über|oltre"
                    + "|almost|nearly|about|around|roughly|presque|près de|environ|casi|cerca de|quase|fast|etwa|quasi|circa)\\s*$",
            Pattern.CASE_INSENSITIVE);
    // "Acima de R$ 7.000, podendo chegar a R$ 15.000": from one amount, reaching the other (folded text).
    private static final Pattern REACHING_SEPARATOR = Pattern.compile(
            "^\\s*,?\\s*(?:(?:and|et|e|y|und|ed|or|ou|o|oder)\\s+)?(?:can reach|could reach|reaching|rising to|going up to|up to"
                    + "|pouvant atteindre|pouvant aller jusqu'?a|jusqu'?a|podendo chegar (?:a|ate)|pode chegar (?:a|ate)|chegando a|ate"
                    + "|pudiendo llegar a|puede llegar a|llegando a|hasta|bis zu|bis hin zu|fino a|arrivando a|puo arrivare a)\\s*$");
    // "de 35 000 € pour un profil junior à 65 000 € pour un profil senior", "de 1 700 € (pour un
    // débutant) à 2 300 €", "De 15€ (débutant) à 45€ (expérimenté)": a range whose ends each say
    // whom they are for (folded text, after an opening "de", "from", "von"…).
    private static final Pattern FOR_WHOM_SEPARATOR = Pattern.compile(
            "^\\s*(?:\\(?(?:pour|for|para|per|fur)\\s+[^\\d.;:!?()]{1,40}?\\)?|\\([^\\d()]{1,40}\\))"
                    + "\\s+(?:a|to|ate|hasta|bis|fino a|jusqu'?a)\\s*$");
    private static final Pattern RANGE_OPENING = Pattern.compile("(?:^|\\s)(?:de|from|von|desde|da|dal|des)\\s+$");
    private static final Pattern AND_SEPARATOR = Pattern.compile(
            "^\\s*(?:and|et|y|e|und|&)(?:\\s+(?:the|les|los|las|os|as|i|gli|le))?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BETWEEN = Pattern.compile(
            "(?:between|entre|zwischen|tra|fra)\\s+(?:les |los |las |os |as |the |de |i |gli |le )?[^\\d]{0,12}$",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> PAY_WORDS = Set.copyOf(List.of("salary", "salaries", "pay", "paid", "pays", "pagato", "pagata", "pagati", "pagado", "pagada", "pago", "pagos", "bezahlt", "payee", "earn", "earns",
            "earning", "earnings", "wage", "wages", "compensation", "income", "rate", "rates", "make", "makes", "comp",
            "ctc", "stipend", "remuneration", "salaire", "salaires", "gagne", "gagnent", "gagner", "paye", "payes",
            "tjm", "taux", "revenu", "brut", "bruts", "brute", "net", "nette", "salario", "salarios", "sueldo", "sueldos",
            "gana", "ganan", "ganar", "cobra", "cobran", "remuneracion", "salarial", "salariales", "salariais",
            "ganha", "ganham", "ganhar", "remuneracao", "recebe", "recebem", "bruto", "brutos", "gehalt", "gehalter",
            "verdient", "verdienen", "verdienst", "lohn", "stundensatz", "tagessatz", "vergutung",
            "ausbildungsvergutung", "jahresgehalt", "einstiegsgehalt", "stipendio", "stipendi", "retribuzione",
            "guadagna", "guadagnano", "ral", "lordo", "lordi", "annual", "annuel", "anual", "mensuel", "mensual",
            "mensal", "hourly", "horaire", "offers", "offre", "ofrece", "oferece", "offre", "median", "mediana", "mediane", "mediano", "average",
            "moyenne", "moyen", "promedio", "media", "medio", "durchschnitt", "durchschnittlich", "package", "base",
            "tarif", "tarifa", "honoraires", "lpa", "guadagno", "guadagni", "guadagnare", "compenso", "compensi",
            "reddito", "ingresos", "ganhos", "einkommen", "raise", "raised", "raises", "augmentation", "reajuste",
            "gehaltserhohung"));
    /** "which corresponds to a monthly salary of…", "soit", "ou seja": an amount's equivalent follows. */
    private static final Pattern EQUIVALENT = Pattern.compile(
            "\\b(?:corresponds? to|equivalent to|which is|that is|i\\.e\\.|soit|c'est-a-dire|equivalant a|corresponde a"
                    + "|equivalente a|o sea|ou seja|cioe|pari a|entspricht|das sind)\\b");

    /**
     * "ein KV-Mindestgrundgehalt von monatlich € 1.858,20 brutto", "a minimum salary of $52,000": the
     * least the post pays, the top left open (Austrian adverts must state it, then "Überzahlung").
     */
    private static final Pattern MINIMUM_BEFORE = Pattern.compile("(?:\\bmindest\\p{L}*|\\bminimum (?:salary|pay|wage)"
            + "|\\b(?:salaire|remuneration) minimum|\\b(?:salario|sueldo) minimo|\\b(?:stipendio|retribuzione) minim[oa])"
            + "\\s+(?:(?:von|of|de|di|in hohe von)\\s+)?(?:(?:monatlich|jahrlich|brutto|mensuel|annuel|mensual|anual)\\s+){0,2}"
            + "(?:\\p{Sc}|eur|euro)?\\s*$");

    /** "à +/- 5000 euros", "± 2 000 €": how far figures may be off, no pay. */
    private static final Pattern TOLERANCE_BEFORE = Pattern.compile("(?:\\+\\s?/\\s?[-−–]|±)\\s?\\p{Sc}?\\s?$");
    /** "401k (3-6% employer match)", "403(b)": a retirement plan's name. */
    private static final Pattern RETIREMENT_PLAN = Pattern.compile("40[13]\\s?\\(?[kKbB]\\)?(?![\\p{L}\\d])");
    /** "90,00€ + 19%": what follows a "+" that adds, not one that opens a range's top. */
    private static final Pattern ADDEND = Pattern.compile("\\s*\\d");
    /** "over $180k", "supérieurs à 100 000 $", "desde 25.000 €": a floor, the top left open. */
    private static final Pattern OPEN_BEFORE = Pattern.compile(
            "(?:over|above|more than|exceeds?|exceeding|at least|starting at|starts at|starting from|begins at|begin at|beginning at|from|plus de|au-dela de|superieure?s? a"
                    // "salaries rarely dip below ₹18 LPA": a floor too
                    + "|(?:rarely|never|seldom) (?:dips? |falls? |goes |go |drops? )?below|no less than|not less than|pas moins de"
                    + "|jamais (?:en )?dessous de|nunca (?:por )?debajo de|no menos de|nunca abaixo de|mai sotto|nie unter|nicht unter"
                    + "|commencent a|commence a|comienzan en|comienza en|empiezan en|comecam em|comeca em|beginnen bei|partono da"
                    + "|a partir de|des|mas de|desde|mais de|acima de|a partir de|uber|ueber|ab|mindestens|oltre|piu di|almeno|da"
                    + "|superare|superano|supera|superiori a|superiore a|sopra|depassent|depasse|superan|supera|ultrapassam|ultrapassa)"
                    + "\\s*(?:los |las |the |de |d'|i |gli |le |les |os |\\*+\\s*){0,2}$");
    // "1.000 € anuales para formación: conferencias, cursos, libros": a budget for something, not pay.
    private static final Pattern ALLOWANCE = Pattern.compile("\\b(?:formacion|formacao|formation|formazione|training"
            + "|conferences?|conferencias|conferencie|cursos|courses|corsi|libros|livros|books|libri|equipment|equipo"
            + "|budget|presupuesto|orcamento|weiterbildung|fortbildung"
            // Meal and travel vouchers ("VR de R$ 35/dia", "tickets restaurant de 9 €"): benefits, not pay.
            + "|vale[- ]refeicao|vale[- ]alimentacao|vale[- ]transporte|v[ra] de|tickets?[- ]resto\\w*|titres?[- ]restaurant"
            + "|tickets? restaurante?|cheques? restaurante|buoni pasto|buono pasto|meal vouchers?|meal allowance|food allowance"
            + "|essenszuschuss|essensgutscheine?|jobticket|auxilio|allowances?|zuschuss)\\b");
    // What things cost, named just before the amount ("un alquiler de €960 mensuales", "la crèche
    // coûte 400 € par mois"): not pay. Farther away ("…, due to the cost of living") it only explains.
    private static final Pattern COST_BEFORE = Pattern.compile("\\b(?:rent|rents|loyers?|alquiler(?:es)?|alugueis|aluguel"
            + "|aluguer|miete|mieten|affitt[oi]|mortgage|hipoteca|hypotheque|cost|costs|coste|costes|costo|costi|cout|couts"
            + "|coute|coutent|costa(?! rica)|costano|cuesta|cuestan|custa|custam|custo|custos|kosten|kostet|spesa|spese"
            + "|gastos?|depenses?|expenses|price|prices|prix|precio|precios|preco"
            + "|precos|preis|preise|prezzo|prezzi|tuition|fees|frais|guarderia|creche|nursery"
            // housing's running costs ("utility bill payment: 550 PLN per month", "Nebenkosten")
            + "|utility|utilities|utility bills?|nebenkosten|bollette|facturas de luz|contas de luz"
            // a business's turnover, and the limits and thresholds of a tax regime, are not pay either
            + "|fatturato|turnover|revenue|umsatz|faturamento|facturacion|chiffre d'affaires|limite|limit|plafond"
            // ("a cocktail lounge generating £800k annually")
            + "|generating|generates|generated|grossing|grosses"
            + "|soglia|tetto|threshold|schwelle|obergrenze"
            // nor tax credits, deductions and scholarships ("Employers receive tax credits ($2,000-$4,000 …)")
            + "|tax credits?|credits? d'impot|steuergutschrift\\w*|deduct|deducts|deduction|deductions|subtract"
            + "|scholarships?|bursar(?:y|ies)|bourses? d'etudes?|stipend fund"
            // nor is what someone spends ("debería gastar como mucho €700 al mes")
            + "|gastar|spend|spending|spends|depenser|spendere|spendi|spende|spendono|ausgeben|gastam|gastan"
            // nor what is put aside ("a fine mese metti da parte 750€", "you save $500 a month")
            + "|metti da parte|mettere da parte|risparmi|risparmiare|save|saves|saving|savings|economiser|epargnez?"
            + "|ahorrar|ahorras|ahorra|economizar|poupar|sparen|sparst|spart)\\b[^.;:!?\\d]{0,45}$");
    private static final Pattern PRIMARY_PAY = Pattern.compile(
            "\\b(?:salar\\w*|salaire\\w*|sueldos?|gehalt\\w*|stipendi\\w*|retribuzion\\w*|remunera\\w*|wages?|pay)\\b");

    // The words just before an amount (tags blanked, so spaces squeezed) name a cost.
    private static boolean costBefore(String folded, int sentenceStart, int amountStart) {
        String before = Words.collapse(folded.substring(Math.max(sentenceStart, amountStart - 400), amountStart));
        return COST_BEFORE.matcher(before.length() > 60 ? before.substring(before.length() - 60) : before).find();
    }

    /**
     * Whether a lead-in names what something costs ("**Coût de la vie** :", "Rent:", "Tuition
     * fees:"), not anyone's pay; "Cost to company" is pay.
     */
    static boolean namesCost(String lead) {
        return lead.length() <= 200 ? COST_LEADS.get(lead) : readCost(lead);
    }

    private static final Memo<Boolean> COST_LEADS = new Memo<>(PayFinder::readCost); // section headings repeat

    private static boolean readCost(String lead) {
        String folded = Words.fold(lead);
        return COST_BEFORE.matcher(folded).find() && !PRIMARY_PAY.matcher(folded).find() && !folded.contains("company");
    }

    // What a thing costs, named just after the amount and its period ("1900€ im Monat für eine
    // Wohnung", "$2,000 a month for a one-bedroom apartment"): housing and meals, not pay.
    private static final Pattern COST_AFTER = Pattern.compile("[^.;:!?\\d]{0,25}?\\b(?:fur|for|pour|para|por|per)"
            + "\\s+(?:\\S+\\s+){0,3}?(?:wohnung|wohnungen|apartment|apartments|flat|appartement|appartements|logement"
            + "|studio|piso|apartamento|appartamento|monolocale|bilocale|zimmer|room|rooms|chambre|habitacion|quarto|stanza"
            + "|miete|rent|loyer|alquiler|aluguel|affitto|mittagessen|lunch|dejeuner|repas|meal|meals|almuerzo|comida"
            + "|almoco|pranzo|cena|dinner|abendessen|diner|kaffee|coffee|cafe|bier|beer|biere|cerveza|cerveja|birra"
            + "|groceries|courses|einkauf|compra|spesa)\\b");

    private static boolean costAfter(String folded, int amountEnd) {
        return COST_AFTER.matcher(folded).region(amountEnd, Math.min(folded.length(), amountEnd + 90)).lookingAt();
    }

    /** All workers, or a country's people: "all occupations", "aller Berufe", "des Français". */
    private static final String WHOLE_POPULATION = "(?:pour les salaries|tous les salaries|l'ensemble des salaries|des francais"
            + "|all occupations|all workers|all employees|all jobs|the average worker|aller berufe|aller beschaftigten"
            + "|alle beschaftigten|todos los trabajadores|de los espanoles|todos os trabalhadores|dos brasileiros"
            + "|tutti i lavoratori|degli italiani|des italiens)\\b";

    /**
     * What a whole population earns, said just before the amount with no other number between: a
     * share of people ("50 % gagne moins de", "90% of workers earn less than"), a condition ("si
     * vous gagnez plus de", "if you earn over", "wenn Sie mehr als … verdienen"), all workers or a
     * country's people ("pour les salariés, le salaire moyen", "the median for all occupations",
     * "Medianlohn aller Berufe", "degli italiani"): a statistic or a threshold beside the job's pay.
     */
    private static final Pattern POPULATION_BEFORE = Pattern.compile("(?:"
            + "\\d+\\s*%\\s*(?:of\\s+|des\\s+|de\\s+los\\s+|dos\\s+|degli\\s+|der\\s+)?\\S*\\s*"
            + "(?:gagne|gagnent|earn|earns|make|makes|gana|ganan|ganha|ganham|verdient|verdienen|guadagna|guadagnano)"
            + "|\\b(?:si vous gagnez|si tu gagnes|si l'on gagne|if you earn|if you make|wenn sie|wenn du|se voce ganha"
            + "|se voce ganhar|se guadagni|se guadagnate|si ganas|si usted gana|si ganan)"
            + "|\\b" + WHOLE_POPULATION
            // "lo stipendio medio nella capitale è di …", "the average wage in the country": a place's, not a job's
            + "|\\b(?:stipendio|salario|salaire|sueldo|salary|wage|gehalt|lohn|einkommen)\\s+(?:medio|moyen|promedio|average|mediano"
            + "|median|durchschnittlich\\w*)\\s+(?:nella|nel|in the|in|en|em|na|no|dans le|dans la|dans|im|della|del|de la|del|do|da)"
            + "\\s+(?:capitale|capital|country|pays|pais|paese|land|hauptstadt|citta|ville|ciudad|cidade|city|region|regione))"
            + "[^\\d.;!?]{0,80}$");
    /** "$48,060 median for all occupations": the population named just after the amount. */
    private static final Pattern POPULATION_AFTER = Pattern.compile("[^\\d.;!?]{0,40}?\\b" + WHOLE_POPULATION);

    private static boolean population(String folded, int sentenceStart, int amountStart, int amountEnd) {
        int from = Math.max(sentenceStart, amountStart - 160);
        return POPULATION_BEFORE.matcher(folded).region(from, amountStart).find()
                || POPULATION_AFTER.matcher(folded).region(amountEnd, Math.min(folded.length(), amountEnd + 80)).lookingAt();
    }

    private static boolean isAllowance(String sentence) {
        return ALLOWANCE.matcher(sentence).find() && !PRIMARY_PAY.matcher(sentence).find();
    }

    /** "$130,000 or more", "60 000 € et plus", "2.5k al mese in su": the top left open. */
    private static final Pattern OPEN_AFTER = Pattern.compile(
            "\\s*(?:or more|and more|and up|and above|or above|and change|ou plus|et plus|et au-dela|o mas|y mas|ou mais|e mais"
                    + "|oder mehr|und mehr|und daruber|o piu|e piu|e oltre|in su)\\b|s(?![\\p{L}])"); // "the low $200,000s"
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]{0,500}>");
    // A script or style in a line is shown as written, but is code, never pay ("…[0]…").
    private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)\\b.*?(?:</\\1\\s*>|$)");
    // Struck-out text is what its author took back: shown, never read as pay.
    private static final Pattern STRUCK_OUT = Pattern.compile(
            "(?is)<(del|s|strike)(?:\\s[^>]{0,200})?>.{0,4000}?</\\1\\s*>|~~[^~\\n]{1,2000}~~");

    /** How much the place a text stands in says about pay. */
    enum Context {
        /** Nothing: an amount needs a currency and a sentence that speaks of pay, or a period after it. */
        PLAIN,
        /** A list under a paragraph about pay, a lead naming a level: an amount needs a currency. */
        PAY,
        /** A salary section, a salary lead-in, a pay column: every amount is pay. */
        SALARY
    }

    /** One amount or range found, with where it ends in the text. */
    record Found(Amounts.Reading reading, int start, int end) {}

    /**
     * One amount written. A weak token has neither currency nor multiplier: pay only as the low end
     * of a range ("entre 50 000 et 70 000 $"). A bad one is a percentage or a premium ("₹1–2 LPA
     * more"): the range it belongs to is not pay.
     */
    private record Token(BigDecimal value, String multiplier, String currency, boolean plus, int start, int end,
            boolean weak, boolean bad) {}

    static final String DOLLAR = Currencies.DOLLAR;
    static final String PESO = Currencies.PESO;
    static final String DOLLARS = Currencies.DOLLARS;
    /**
     * A country whose "$" is its own dollar, by the folded names a text calls it or its cities by
     * ("en Buenos Aires, \\$8.288"); a name ending in "*" is a stem ("mexic*": "mexicano", "mexico").
     */
    private record DollarCountry(String currency, List<String> names, Pattern pattern) {
        static DollarCountry of(String currency, String... names) {
            StringBuilder alternatives = new StringBuilder();
            for (String name : names) {
                alternatives.append(alternatives.length() > 0 ? "|" : "").append("\\b")
                        .append(Pattern.quote(name.replace("*", ""))).append(name.endsWith("*") ? "" : "\\b");
            }
            return new DollarCountry(currency, List.of(names), Pattern.compile(alternatives.toString()));
        }

        // How often a folded text names it, up to a limit: found with indexOf, as a page's whole
        // text scanned with the pattern cost more than reading all its pay.
        int named(String folded, int limit) {
            int count = 0;
            for (String name : names) {
                boolean stem = name.endsWith("*");
                String word = stem ? name.substring(0, name.length() - 1) : name;
                for (int at = folded.indexOf(word); at >= 0 && count < limit; at = folded.indexOf(word, at + 1)) {
                    int end = at + word.length();
                    if ((at == 0 || !isWordChar(folded.charAt(at - 1)))
                            && (stem || end == folded.length() || !isWordChar(folded.charAt(end)))) {
                        count++;
                    }
                }
            }
            return Math.min(count, limit);
        }

        private static boolean isWordChar(char c) {
            return Character.isLetterOrDigit(c) || c == '_';
        }
    }

    private static final List<DollarCountry> DOLLAR_COUNTRIES = List.of(
            DollarCountry.of("MXN", "mexic*", "mexiq*", "mexik*", "cdmx", "guadalajara", "monterrey"),
            DollarCountry.of("ARS", "argentin*", "buenos aires", "rosario"),
            DollarCountry.of("CLP", "chile*", "santiago de chile"),
            DollarCountry.of("UYU", "uruguay*", "montevideo"),
            DollarCountry.of("COP", "colombi*", "kolumbi*", "bogota", "medellin"),
            DollarCountry.of("CAD", "canad*", "kanad*", "toronto", "vancouver", "montreal", "quebec", "british columbia", "bc",
                    "alberta", "ontario", "calgary", "ottawa"),
            DollarCountry.of("AUD", "australi*", "sydney", "melbourne"),
            DollarCountry.of("NZD", "new zealand*", "nouvelle-zelande*", "nueva zelanda*"),
            DollarCountry.of("SGD", "singap*"),
            DollarCountry.of("HKD", "hong kong*"));

    private static final List<Map.Entry<Pattern, String>> COUNTRY_CURRENCIES = List.of(
            Map.entry(Pattern.compile("\\b(?:brasil|brazil|bresil|brasilien|brasile)\\b"), "BRL"),
            Map.entry(Pattern.compile("\\b(?:mexico|mexique|mexiko|messico)\\b"), "MXN"),
            Map.entry(Pattern.compile("\\b(?:india|inde|indien)\\b"), "INR"),
            Map.entry(Pattern.compile("\\b(?:united kingdom|uk|royaume-uni|reino unido|grossbritannien|regno unito)\\b"), "GBP"),
            Map.entry(Pattern.compile("\\b(?:switzerland|suisse|schweiz|svizzera|suiza|suica)\\b"), "CHF"),
            Map.entry(Pattern.compile("\\b(?:united states|etats-unis|estados unidos|stati uniti|vereinigten staaten)\\b"), "USD"),
            Map.entry(Pattern.compile("\\b(?:france|frankreich|francia|franca|deutschland|germany|allemagne|alemania"
                    + "|alemanha|germania|espana|spain|espagne|spanien|spagna|espanha|italia|italy|italie|italien"
                    + "|portugal|belgique|belgium|osterreich|austria|nederland|netherlands)\\b"), "EUR"),
            Map.entry(Pattern.compile("\\b(?:argentina|argentine)\\b"), "ARS"),
            Map.entry(Pattern.compile("\\b(?:chile|chili)\\b"), "CLP"),
            Map.entry(Pattern.compile("\\buruguay\\b"), "UYU"),
            Map.entry(Pattern.compile("\\b(?:colombia|colombie|kolumbien)\\b"), "COP"),
            // Cities a job offer names instead of its country ("CDI à Lyon").
            Map.entry(Pattern.compile("\\b(?:sao paulo|rio de janeiro|belo horizonte|curitiba|porto alegre|recife"
                    + "|florianopolis|brasilia)\\b"), "BRL"),
            Map.entry(Pattern.compile("\\b(?:ciudad de mexico|cdmx|guadalajara|monterrey)\\b"), "MXN"),
            Map.entry(Pattern.compile("\\b(?:bangalore|bengaluru|mumbai|new delhi|hyderabad|chennai)\\b"), "INR"),
            Map.entry(Pattern.compile("\\b(?:london|londres|londra|manchester|edinburgh)\\b"), "GBP"),
            Map.entry(Pattern.compile("\\b(?:zurich|geneve|geneva|lausanne|lugano)\\b"), "CHF"),
            Map.entry(Pattern.compile("\\b(?:paris|lyon|marseille|toulouse|bordeaux|lille|nantes|strasbourg"
                    + "|montpellier|rennes|berlin|munchen|munich|hamburg|koln|frankfurt|stuttgart|dusseldorf"
                    + "|madrid|barcelona|sevilla|bilbao|milano|torino|napoli|bologna|firenze|lisboa|lisbon"
                    + "|bruxelles|brussels|amsterdam|wien|vienna)\\b"), "EUR"));

    /** Where a page writes no currency and names no place, the one its language mostly pays in. */
    private static final Map<String, String> LANGUAGE_CURRENCIES = Map.of("fr", "EUR", "de", "EUR", "it", "EUR");

    /**
     * The one currency of the countries a page names ("no Brasil" → BRL), or null when it names
     * none or countries of several currencies: for amounts a page writes without any currency.
     */
    static String currencyOfCountries(String text) {
        if (text.length() <= 200) {
            String known = COUNTRIES_OF_LINES.get(text); // headings repeat: each is read once
            return known.isEmpty() ? null : known;
        }
        return readCurrencyOfCountries(text);
    }

    /** Whether a folded text is only the name of a country or city whose currency is known ("brasil", "london"). */
    static boolean isCountryOrCity(String folded) {
        for (var country : COUNTRY_CURRENCIES) {
            if (country.getKey().matcher(folded).matches()) {
                return true;
            }
        }
        return false;
    }

    private static final Memo<String> COUNTRIES_OF_LINES = new Memo<>(text -> {
        String currency = readCurrencyOfCountries(text);
        return currency == null ? "" : currency;
    });

    private static String readCurrencyOfCountries(String text) {
        String folded = Words.foldKeepingPositions(text.length() > 200_000 ? text.substring(0, 200_000) : text);
        String found = null;
        for (var country : COUNTRY_CURRENCIES) {
            if (country.getKey().matcher(folded).find()) {
                if (found != null && !found.equals(country.getValue())) {
                    return null;
                }
                found = country.getValue();
            }
        }
        return found;
    }

    /**
     * The currency of a page that writes none: the one of the places it names, else the one its
     * language mostly pays in (French, German, Italian: EUR), else null.
     */
    static String currencyOfPlacesOrLanguage(String text, String language) {
        String places = currencyOfCountries(text);
        return places != null ? places : LANGUAGE_CURRENCIES.get(language);
    }

    // Where the clause holding an amount starts: after the last comma, semicolon, colon or
    // parenthesis before it, not before a given start.
    private static int clauseStart(String text, int from, int amountStart) {
        for (int i = amountStart - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '(') {
                return i + 1;
            }
        }
        return from;
    }

    /** Whether a label ends on the words of a floor ("Salary begins at", "Gehalt ab", "A partir de"). */
    static boolean endsOnFloor(String label) {
        String folded = Words.foldKeepingPositions(label.strip());
        return OPEN_BEFORE.matcher(folded.substring(Math.max(0, folded.length() - 24))).find();
    }

    /** The currency of an amount as read, its "$" or "pesos" made the page's own. */
    static String resolve(String currency, String dollar) {
        if (DOLLAR.equals(currency)) {
            return dollar;
        }
        if (PESO.equals(currency)) {
            return PESO_CURRENCIES.contains(dollar) ? dollar : "MXN";
        }
        if (DOLLARS.equals(currency)) {
            return PESO_CURRENCIES.contains(dollar) ? "USD" : dollar;
        }
        return currency;
    }

    private static final Set<String> PESO_CURRENCIES = Set.of("MXN", "ARS", "CLP", "COP", "UYU");

    /** The currency a bare "$" means on a page whose title (and metadata) say this. */
    static String dollarOf(String pageTitle) {
        String folded = pageTitle == null ? "" : Words.fold(pageTitle);
        for (var country : DOLLAR_COUNTRIES) {
            if (country.pattern().matcher(folded).find()) {
                // "The Great Barrier Reef in Australia, the Pyramids of Giza in Egypt, …": a text
                // naming other places too says nothing of the page's dollar.
                boolean others = Places.named(folded).stream().anyMatch(place -> !country.pattern().matcher(place).find());
                return others ? "USD" : country.currency();
            }
        }
        return "USD";
    }

    private static final Set<String> PESOS = Set.of("MXN", "ARS", "CLP", "UYU", "COP");

    private static final Pattern UNITED_STATES =
            Pattern.compile("\\b(?:united states|usa\\b|u\\.s\\.|america|estadounidense|us\\$)");

    /**
     * The dollar a page's bare "$" is, when its title names no country: the one dollar country its
     * text names, if it speaks of pesos ("Buenos Aires", "30000 pesos": "$8.288" is ARS) or, for the
     * other dollars, names it twice and never the United States ("Montréal" four times: "18 et 30
     * dollars" are Canadian); else null.
     */
    static String dollarOfText(String pageText) {
        String folded = Words.fold(pageText.length() > 200_000 ? pageText.substring(0, 200_000) : pageText);
        String found = null;
        int named = 0;
        for (var country : DOLLAR_COUNTRIES) {
            int count = country.named(folded, 2);
            if (count > 0) {
                if (found != null) {
                    return null;
                }
                found = country.currency();
                named = count;
            }
        }
        if (found == null) {
            return null;
        }
        if (PESOS.contains(found)) {
            return folded.contains("peso") ? found : null;
        }
        // "CA$ 185,000" beside "$112,000": the page writes its Canadian dollars apart.
        String code = found.toLowerCase(java.util.Locale.ROOT);
        boolean writtenApart = Pattern.compile("\\b" + code + "\\b|(?<![\\p{L}])" + code.charAt(0) + "\\$|(?<![\\p{L}])"
                + code.substring(0, 2) + "\\$").matcher(folded).find();
        return named >= 2 && !writtenApart && !UNITED_STATES.matcher(folded).find() ? found : null;
    }

    private PayFinder() {}

    /**
     * The pay in a text. In a salary context (a salary section, a pay column, a salary lead-in)
     * amounts without a currency count too.
     */
    static List<Found> find(String text, boolean salaryContext) {
        return find(text, salaryContext ? Context.SALARY : Context.PLAIN);
    }

    /**
     * The pay in a text after its label, read with the label before it ("Monthly Estimate: ₹1,50,000",
     * "Rendimento por hora: R$ 14,42": the label's words give the amounts their period), at its
     * places in the text; amounts within the label are not the text's. Without a label, {@link #find}.
     */
    static List<Found> findAfterLabel(String label, String text, Context context) {
        if (label == null) {
            return find(text, context);
        }
        String lead = label + ": ";
        List<Found> found = new ArrayList<>();
        for (Found f : find(lead + text, context)) {
            if (f.start() >= lead.length()) {
                found.add(new Found(f.reading(), f.start() - lead.length(), f.end() - lead.length()));
            }
        }
        return found;
    }

    /** The pay in a text standing in a given context; a list the caller may change. */
    static List<Found> find(String written, Context context) {
        if (written.length() > MEMO_LENGTH) {
            return findIn(written, context);
        }
        return new ArrayList<>(FOUND[context.ordinal()].get(written));
    }

    // Lines and cells repeat (each career of a catalogue has its "Junior : 45k€ - 60k€"), and a
    // line is read for pay by more than one rule: short texts are read once per context.
    private static final int MEMO_LENGTH = 300;
    @SuppressWarnings("unchecked")
    private static final Memo<List<Found>>[] FOUND = java.util.Arrays.stream(Context.values())
            .map(context -> new Memo<List<Found>>(text -> List.copyOf(findIn(text, context))))
            .toArray(Memo[]::new);

    private static List<Found> findIn(String written, Context context) {
        List<Found> found = new ArrayList<>();
        if (firstDigit(written) < 0 && !NumberWords.mayHold(written)) {
            return found;
        }
        // Tags are not text ("<img width=\"1024\">"); blanked to keep positions.
        String text = written.indexOf('<') >= 0 || written.contains("~~") ? blankTags(written) : written;
        if (text.indexOf(",-") >= 0 || text.indexOf(",–") >= 0 || text.indexOf(".–") >= 0) {
            text = NO_CENTS.matcher(text).replaceAll("$1$20"); // "400,-€", "Fr. 5'000.–": no cents, same length
        }
        boolean salaryContext = context == Context.SALARY;
        String folded = Words.foldKeepingPositions(text);
        NumberWords.Spelled spelled = NumberWords.spell(text, folded);
        if (spelled.text() != text) {
            text = spelled.text();
            folded = Words.foldKeepingPositions(text);
        }
        List<Token> tokens = tokens(text, salaryContext);
        Amounts.Reading paid = null; // the last pay with its period written, and where its sentence starts
        int paidSentence = -1;
        int refusedEnd = -1; // where the last amount not read as pay ends
        int i = 0;
        while (i < tokens.size()) {
            if (convertedRange(text, tokens, i)) {
                // "R$ 20.000 ($4k) - R$ 40.000 ($8k)": a range and, in parentheses, the same range converted.
                for (int k = i; k < i + 2; k++) {
                    Token low = tokens.get(k);
                    Token high = tokens.get(k + 2);
                    Amounts.Reading reading = low.bad() || high.bad() ? null
                            : reading(text, folded, low, high, context, k + 3 < tokens.size() ? tokens.get(k + 3).start() : text.length());
                    if (reading != null) {
                        found.add(new Found(reading, spelled.writtenStart(low.start()), high.end()));
                    }
                }
                i += 4;
                continue;
            }
            Token low = tokens.get(i);
            Token high = low;
            if (low.weak() && (i + 1 >= tokens.size() || tokens.get(i + 1).weak()
                    && !(grossOrNetAfter(folded, tokens.get(i + 1).end())
                            && RANGE_SEPARATOR.matcher(text.substring(low.end(), tokens.get(i + 1).start())).matches()))) {
                i++;
                continue;
            }
            if (i + 1 < tokens.size()) {
                Token next = tokens.get(i + 1);
                String between = text.substring(low.end(), next.start());
                if (RANGE_SEPARATOR.matcher(between).matches() || UP_TO_SEPARATOR.matcher(between).matches()
                        || between.equals("/") && slashRange(low, next)
                        || FOR_WHOM_SEPARATOR.matcher(folded.substring(low.end(), next.start())).matches()
                                && RANGE_OPENING.matcher(folded.substring(Math.max(0, low.start() - 8), low.start())).find()
                        || REACHING_SEPARATOR.matcher(folded.substring(low.end(), next.start())).matches()
                                && OPEN_BEFORE.matcher(folded.substring(Math.max(0, low.start() - 24), low.start())).find()
                        || (AND_SEPARATOR.matcher(between).matches()
                        && BETWEEN.matcher(text.substring(Math.max(0, low.start() - 30), low.start())).find())) {
                    high = next;
                    i++;
                    if (lowMedianHigh(text, low, high, i + 1 < tokens.size() ? tokens.get(i + 1) : null)) {
                        high = tokens.get(i + 1);
                        i++;
                    }
                } else if (low.weak()) {
                    i++;
                    continue;
                }
            }
            i++;
            // "costa 1500-2000£ (1.900-2.500€) al mese": the same amount converted, refused as it is.
            boolean refusedConverted = refusedEnd >= 0 && refusedEnd <= low.start() && CONVERTED.matcher(
                    text.substring(Math.min(low.start(), pastGrossNetAndPeriod(folded, refusedEnd)), low.start())).matches();
            if (low.bad() || high.bad() || refusedConverted) {
                refusedEnd = high.end();
                continue;
            }
            int nextStart = i < tokens.size() ? tokens.get(i).start() : text.length();
            Amounts.Reading reading = reading(text, folded, low, high, context, nextStart);
            if (reading == null && context == Context.PLAIN && paid != null && low.currency() != null
                    && low.currency().equals(paid.currency()) && Sentences.start(text, low.start()) == paidSentence) {
                // "600 € par jour ... et 800 € pour les interventions très courtes": beside pay, pay.
                reading = reading(text, folded, low, high, Context.PAY, nextStart);
            }
            if (reading != null) {
                found.add(new Found(reading, spelled.writtenStart(low.start()), high.end()));
                if (reading.periodStated()) {
                    paid = reading;
                    paidSentence = Sentences.start(text, low.start());
                }
            } else {
                refusedEnd = high.end();
            }
        }
        return found;
    }

    private static boolean toleranceBefore(String text, int start) {
        int from = Math.max(0, start - 6);
        for (int i = from; i < start; i++) {
            if (text.charAt(i) == '±' || text.charAt(i) == '/') {
                return TOLERANCE_BEFORE.matcher(text).region(from, start).find();
            }
        }
        return false; // most amounts: no sign before them, no regex run
    }

    // "$30K - $59K - $115K": the lowest, the median and the highest pay, one band from the first to the last.
    private static boolean lowMedianHigh(String text, Token low, Token median, Token high) {
        if (high == null || high.bad() || !DASH.matcher(text.substring(low.end(), median.start())).matches()
                || !DASH.matcher(text.substring(median.end(), high.start())).matches()
                || high.currency() != null && low.currency() != null && !high.currency().equals(low.currency())) {
            return false;
        }
        BigDecimal a = scaled(low);
        BigDecimal b = scaled(median);
        BigDecimal c = scaled(high);
        return a.compareTo(b) < 0 && b.compareTo(c) < 0;
    }

    private static final Pattern DASH = Pattern.compile("\\s*[-–—]\\s*");

    private static BigDecimal scaled(Token token) {
        return token.value().multiply(Amounts.factor(token.multiplier()));
    }

    /** "400,-€", "2.500,- € brutto", "Fr. 5'000.–": whole euros or francs, the cents written as a dash. */
    private static final Pattern NO_CENTS = Pattern.compile("(\\d)([,.])[-–](?=\\s?(?:€|eur|euro|chf|fr\\b|sfr|\\)|$|\\s))",
            Pattern.CASE_INSENSITIVE);

    /** What stands between an amount and its conversion or restatement: "1900£ (2400€)", "$5,000/month or $45,000/year". */
    private static final Pattern CONVERTED = Pattern.compile(
            "\\s*(?:\\(\\s*[~≈]?|,?\\s*(?:or|ou|o|oder|soit|ossia|i\\.e\\.|ou seja|es decir)\\s+)\\s*", Pattern.CASE_INSENSITIVE);

    private static final Pattern OPENS_CONVERSION = Pattern.compile("\\s*\\(\\s*");
    private static final Pattern CLOSES_CONVERSION_TO = Pattern.compile(
            "\\s*\\)\\s*(?:-|–|—|to|a|à|até|bis|hasta|al)\\s*", Pattern.CASE_INSENSITIVE);

    // Four amounts "A (B) - C (D)" with A, C in one currency and B, D in another.
    private static boolean convertedRange(String text, List<Token> tokens, int i) {
        if (i + 3 >= tokens.size()) {
            return false;
        }
        Token a = tokens.get(i);
        Token b = tokens.get(i + 1);
        Token c = tokens.get(i + 2);
        Token d = tokens.get(i + 3);
        return a.currency() != null && b.currency() != null && !a.currency().equals(b.currency())
                && (c.currency() == null || c.currency().equals(a.currency()))
                && (d.currency() == null || d.currency().equals(b.currency()))
                && OPENS_CONVERSION.matcher(text.substring(a.end(), b.start())).matches()
                && CLOSES_CONVERSION_TO.matcher(text.substring(b.end(), c.start())).matches()
                && OPENS_CONVERSION.matcher(text.substring(c.end(), d.start())).matches();
    }

    static final Set<String> YEARLY_QUOTED = Set.of("EUR", "USD", "GBP", "CHF", "CAD", "AUD", "NZD", "SGD");

    /** Whether an amount is too large for a month's pay in a currency paid in five figures a year: 20,000 or more. */
    static boolean yearSized(String currency, BigDecimal max) {
        return currency != null && max != null && YEARLY_QUOTED.contains(currency)
                && max.compareTo(BigDecimal.valueOf(20_000)) >= 0;
    }

    /** Whether an amount could be pay by this period: no one is paid 3,000 an hour. */
    static boolean plausible(Period period, BigDecimal amount, String currency) {
        if (amount == null) {
            return true;
        }
        return switch (period) {
            case HOUR -> amount.compareTo(BigDecimal.valueOf(2_000)) < 0;
            case DAY -> amount.compareTo(BigDecimal.valueOf(20_000)) < 0;
            case WEEK -> amount.compareTo(BigDecimal.valueOf(60_000)) < 0;
            // "€25k–€35k" on a page that also says "800 €/mese": a year's pay, not a month's.
            case MONTH -> !yearSized(currency, amount);
            case YEAR -> amount.compareTo(BigDecimal.valueOf(1_000)) >= 0;
        };
    }

    /** Whether an amount is a month's pay by its size: 800 to 10,000 in a currency paid in five figures a year. */
    static boolean monthSized(String currency, BigDecimal max) {
        return currency != null && max != null && YEARLY_QUOTED.contains(currency)
                && max.compareTo(BigDecimal.valueOf(800)) >= 0 && max.compareTo(BigDecimal.valueOf(10_000)) <= 0;
    }

    private static final Pattern GROSS_OR_NET = Pattern.compile(
            "\\s*(?:brut|brute|bruts|brutes|net|nets|nette|nettes|gross|bruto|brutos|brutto|lordo|lordi|lorda|lorde|netto|netti|netta|nette|neto|netos|liquido)(?![\\p{L}])");

    // "€1.400/1.500", "2.5k/3k", "35/45k": a slash between two amounts of one size is a range
    // ("24/7", dates are not); a thousands sign written once, at the top, counts for both.
    private static boolean slashRange(Token low, Token high) {
        String lowMultiplier = low.multiplier() != null ? low.multiplier() : high.multiplier();
        BigDecimal a = low.value().multiply(Amounts.factor(lowMultiplier));
        BigDecimal b = high.value().multiply(Amounts.factor(high.multiplier() != null ? high.multiplier() : low.multiplier()));
        return (low.currency() != null || lowMultiplier != null) && a.compareTo(BigDecimal.valueOf(100)) >= 0
                && b.compareTo(a) > 0 && b.compareTo(a.multiply(BigDecimal.valueOf(2))) <= 0;
    }

    private static final Pattern PERIOD_WORDS = Pattern.compile("\\s*(?:/\\s*\\p{L}{1,6}"
            + "|(?:al|a|per|par|por|pro|je|ao|an|au|every|each|chaque|cada|ogni|jeden|jedes)\\s+\\p{L}{2,7}"
            + "|(?:l|all)'\\p{L}{2,7})"); // "50 € l'ora o più"

    // "€100 netti al mese in più", "€3k al mese in su": where the words after an amount's gross or
    // net word and period begin (the period is read elsewhere; its words may be any short ones).
    private static int pastGrossNetAndPeriod(String folded, int end) {
        int at = end;
        Matcher gross = GROSS_OR_NET.matcher(folded).region(at, folded.length());
        if (gross.lookingAt()) {
            at = gross.end();
        }
        Matcher period = PERIOD_WORDS.matcher(folded).region(at, folded.length());
        if (period.lookingAt() && periodIn(folded, at, period.end()) != null) {
            at = period.end();
        }
        return at;
    }

    // "3000 brut/mois": the words right after an amount say it is pay before or after tax.
    private static boolean grossOrNetAfter(String folded, int end) {
        return GROSS_OR_NET.matcher(folded).region(end, folded.length()).lookingAt();
    }

    private static String blankTags(String text) {
        var blanked = new StringBuilder(text);
        for (Pattern hidden : List.of(STRUCK_OUT, SCRIPT, HTML_TAG)) {
            Matcher m = hidden.matcher(text);
            while (m.find()) {
                for (int i = m.start(); i < m.end(); i++) {
                    blanked.setCharAt(i, ' ');
                }
            }
        }
        return blanked.toString();
    }

    private static Amounts.Reading reading(String text, String folded, Token low, Token high, Context context, int nextStart) {
        boolean salaryContext = context == Context.SALARY;
        String multiplier = high.multiplier() != null ? high.multiplier() : low.multiplier();
        String currency = low.currency() != null ? low.currency() : high.currency();
        String lowMultiplier = low.multiplier() != null ? low.multiplier()
                : low.value().compareTo(BigDecimal.valueOf(1000)) < 0 ? multiplier : null;
        BigDecimal min = low.value().multiply(Amounts.factor(lowMultiplier));
        // "AU$58K - AU$83,990": a thousands sign counts only for an amount written without its thousands.
        BigDecimal max = high.value().multiply(Amounts.factor(high.multiplier() != null ? high.multiplier()
                : low == high || high.value().compareTo(BigDecimal.valueOf(1000)) < 0 ? multiplier : null));
        // "€85-€120,000": the thousands written once, at the top of the range.
        if (low != high && lowMultiplier == null && min.compareTo(BigDecimal.valueOf(1000)) < 0
                && max.compareTo(BigDecimal.valueOf(10_000)) >= 0
                && min.multiply(BigDecimal.valueOf(1000)).compareTo(max) <= 0
                && min.multiply(BigDecimal.valueOf(1000)).multiply(BigDecimal.valueOf(4)).compareTo(max) >= 0) {
            min = min.multiply(BigDecimal.valueOf(1000));
        }
        if (currency == null && isIndian(multiplier)) {
            currency = "INR";
        }
        int sentenceStart = Sentences.start(text, low.start());
        int sentenceEnd = Sentences.end(text, high.end());
        // Not past another number: "30k brut (soit 1950 net par mois)" gives the month to the 1950.
        int nextNumber = nextStart;
        for (int i = high.end(); i < Math.min(nextStart, sentenceEnd); i++) {
            if (Character.isDigit(folded.charAt(i))) {
                nextNumber = i;
                break;
            }
        }
        int afterEnd = Math.min(nextNumber, Math.min(sentenceEnd, high.end() + 40));
        // "20419 euro which corresponds to a monthly salary after tax of 1500": the period named
        // after "corresponds to", "soit", "i.e." is the equivalent's, not this amount's.
        Matcher equivalent = EQUIVALENT.matcher(folded).region(high.end(), Math.max(high.end(), afterEnd));
        Period period = periodIn(folded, high.end(), equivalent.find() ? equivalent.start() : afterEnd);
        if (period == null && "lpa".equalsIgnoreCase(multiplier)) {
            period = Period.YEAR;
        }
        boolean periodNear = period != null;
        if (period == null) {
            period = periodIn(folded, Math.max(sentenceStart, low.start() - 40), low.start());
            // "Annual bonuses up to £8,000": the period opens the amount's own clause, no other
            // number in it ("Stimo 2 ore mensili 20€": the month is the hours').
            int clause = clauseStart(folded, Math.max(sentenceStart, low.start() - 30), low.start());
            periodNear = period != null && periodIn(folded, clause, low.start()) != null
                    && Amounts.firstDigit(folded.substring(clause, low.start()), 0) < 0;
        }
        if (period == null) {
            // Not past the next amount: "€7k–€10k (600–850 €/mese)" gives the month to the 600–850.
            period = periodIn(folded, sentenceStart, Math.min(sentenceEnd, Math.max(nextNumber, high.end())));
        }
        // "un guadagno annuo di €24.000, circa €1.400 netti": a year named elsewhere in the
        // sentence is not the period of an amount the size of a month's pay.
        if (!periodNear && period == Period.YEAR && monthSized(currency, max)) {
            period = null;
        }
        // "billing $600-$900 per hour …, paying $225,000 starts looking cheap": nor is a period
        // named elsewhere that of an amount no one is paid by it.
        if (!periodNear && period != null && !plausible(period, max, currency)) {
            period = null;
        }
        // "2500 à 3000 brut/mois", "41,6K brut annuel": the page's currency, pay by its words.
        if (!salaryContext && currency == null && !(periodNear && grossOrNetAfter(folded, high.end()))) {
            if (!payInThousands(folded, sentenceStart, low, high)) {
                return null;
            }
        }
        // Housing and meals named after the amount are what it buys, even in a salary section.
        if (context != Context.SALARY && (isAllowance(folded.substring(sentenceStart, sentenceEnd))
                || costBefore(folded, sentenceStart, low.start())) || costAfter(folded, high.end())
                || context != Context.SALARY && population(folded, sentenceStart, low.start(), high.end())) {
            return null;
        }
        if (context == Context.PLAIN && !periodNear && !speaksOfPay(folded, sentenceStart, sentenceEnd)) {
            return null;
        }
        boolean openEnded = high.plus()
                || OPEN_AFTER.matcher(folded.substring(high.end(), Math.min(folded.length(), high.end() + 24))).lookingAt()
                || OPEN_AFTER.matcher(folded).region(pastGrossNetAndPeriod(folded, high.end()), folded.length()).lookingAt();
        if (low == high && !openEnded) {
            openEnded = OPEN_BEFORE.matcher(folded.substring(Math.max(0, low.start() - 24), low.start())).find()
                    || MINIMUM_BEFORE.matcher(folded.substring(Math.max(0, low.start() - 48), low.start())).find();
        }
        boolean reversed = min.compareTo(max) > 0;
        if (reversed) {
            BigDecimal swap = min;
            min = max;
            max = swap;
        }
        // "hasta 9.000 euros", "Up to £25,000": a ceiling, not what is paid; the words say so beside the amount.
        String note = null;
        if (low == high && !openEnded) {
            Matcher upTo = UP_TO_BEFORE.matcher(folded).region(Math.max(0, low.start() - 20), low.start());
            note = upTo.find() ? text.substring(upTo.start(), upTo.end()).strip() : null;
        }
        return new Amounts.Reading(clean(min), clean(max), openEnded, currency,
                period == null ? Period.YEAR : period, period != null, note, reversed, low == high ? 1 : 2);
    }

    /** "une prime de 11 points donc 11 × 4.403 € = 48.43 €": what a premium comes to, not the pay. */
    private static final Pattern PREMIUM_RESULT = Pattern.compile(
            "\\b(?:prime|primes|bonus|premium|zulage|indennita|gratificacao|gratificacion|gratifica)\\b(?:[^=.;!?]|(?<=\\d)\\.(?=\\d)){0,90}=\\s*$");

    private static final Pattern CURRENCY_AFTER_ASIDE = Pattern.compile(
            "[,;]?\\s*\\([^()\\d]{1,80}\\)\\s*(" + Currencies.AFTER + ")");

    private static final Pattern UP_TO_BEFORE = Pattern.compile(
            "\\b(?:up to|jusqu'?a|jusqu’a|hasta|ate|bis zu|fino a|fino al|au maximum|maximum|max\\.?)\\s*(?:de\\s*)?$");

    // "lo stipendio varia da 60 a 90k", "stipendi senior da 120k": thousands just after a word for
    // pay are pay, though no currency is written (the page's or the place's is theirs).
    private static boolean payInThousands(String folded, int sentenceStart, Token low, Token high) {
        if (high.multiplier() == null || !high.multiplier().equalsIgnoreCase("k")) {
            return false;
        }
        return PRIMARY_PAY.matcher(folded).region(Math.max(sentenceStart, low.start() - 40), low.start()).find();
    }

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?!\\d)");

    // "Pay revision 2022-06-01 $197,000": the date's day is no amount in dollars.
    private static boolean inIsoDate(String text, int numStart) {
        Matcher date = ISO_DATE.matcher(text).region(Math.max(0, numStart - 8), Math.min(text.length(), numStart + 10));
        while (date.find()) {
            if (date.start() <= numStart && numStart < date.end()) {
                return true;
            }
        }
        return false;
    }

    private static List<Token> tokens(String text, boolean salaryContext) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        // The search starts a currency's length before each digit: trying the pattern at every
        // character of a long paragraph cost more than the rest of reading it.
        int from = 0;
        int digit;
        String foldedText = null;
        while ((digit = Amounts.firstDigit(text, from)) >= 0 && m.find(Math.max(from, digit - MAX_PREFIX))) {
            from = Math.max(m.end(), from + 1);
            if (m.group("num") == null || m.end("num") == m.start("num")) {
                continue;
            }
            int start = m.start();
            int numStart = m.start("num");
            char before = start > 0 ? text.charAt(start - 1) : ' ';
            // "1.400/1.500": the amount after a slash that closes a range is kept (checked below).
            Token previous = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
            boolean afterSlash = before == '/' && previous != null && previous.end() == start - 1;
            if ((before == '-' || m.end("num") < text.length() && text.charAt(m.end("num")) == '-') && inIsoDate(text, numStart)) {
                from = m.end("num"); // what follows the date ("$197,000") is read afresh
                continue;
            }
            if (before == '+') {
                // "+$5-10/hr", "+2 000 €": a premium over pay; the range it opens is no pay either.
                // "Bac+2 – 28 000 €": a diploma's level, skipped alone.
                if (start < 2 || !Character.isLetterOrDigit(text.charAt(start - 2))) {
                    tokens.add(new Token(BigDecimal.ZERO, null, null, false, start, m.end(), true, true));
                }
                continue;
            }
            if (Character.isLetterOrDigit(before) || before == '/' && !afterSlash || before == '#'
                    || before == '.' && m.group("pre") == null) {
                continue;
            }
            String pre = m.group("pre");
            String post = m.group("post");
            String mult = m.group("mult");
            String symbol = post != null ? post : pre;
            if (symbol == null && m.end() < text.length() && text.charAt(m.end()) == ',' || symbol == null
                    && m.end() + 1 < text.length() && text.charAt(m.end() + 1) == '(') {
                // "dalle 35.000 alle 50.000, (capita a volte anche di più) sterline/anno": the currency after an aside.
                Matcher aside = CURRENCY_AFTER_ASIDE.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 120));
                symbol = aside.lookingAt() ? aside.group(1).strip() : null;
            }
            if (symbol == null && start >= 4 && OUT_OF.matcher(text).region(Math.max(0, start - 8), start).find()) {
                continue; // "(sur 100)", "4.5 out of 5": a scale
            }
            if (symbol == null && RETIREMENT_PLAN.matcher(text).region(m.start("num"), text.length()).lookingAt()) {
                continue;
            }
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 14));
            if (NOT_MONEY_AFTER.matcher(after).find() && symbol == null) {
                if (after.stripLeading().startsWith("%")) {
                    tokens.add(new Token(BigDecimal.ZERO, null, null, false, start, m.end(), true, true));
                }
                continue;
            }
            if (foldedText == null) {
                foldedText = Words.foldKeepingPositions(text);
            }
            boolean bad = after.startsWith("%") || after.startsWith(" %") || PREMIUM_AFTER.matcher(after).find()
                    || PREMIUM_AFTER.matcher(foldedText).region(pastGrossNetAndPeriod(foldedText, m.end()), text.length()).lookingAt()
                    || STEP_BEFORE.matcher(foldedText).region(Math.max(0, start - 40), start).find()
                    || isFactor(text, start, m.end())
                    || toleranceBefore(text, start)
                    || PREMIUM_RESULT.matcher(foldedText).region(Math.max(0, start - 120), start).find();
            String num = m.group("num");
            BigDecimal value;
            try {
                value = INDIAN.matcher(num).matches() ? new BigDecimal(num.replace(",", "")) : Amounts.number(num);
            } catch (NumberFormatException e) {
                continue;
            }
            boolean weak = false;
            if (symbol == null && mult == null) {
                boolean year = num.length() == 4 && value.intValue() >= 1900 && value.intValue() <= 2099;
                // "4-8 lakh", "dai 9 ai 12 euro": a small number opens a range whose other end carries the unit.
                // "$3-4 an hour": a small number closing a range its first amount's currency opens.
                boolean closesRange = previous != null && previous.currency() != null && !previous.bad()
                        && RANGE_SEPARATOR.matcher(text.substring(previous.end(), start)).matches();
                if (year || value.compareTo(BigDecimal.valueOf(10)) < 0 && !closesRange
                        && !TO_MULTIPLIED.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 24))).lookingAt()) {
                    continue;
                }
                weak = !salaryContext;
            }
            if (symbol == null && mult != null && mult.equals("M") && !salaryContext) {
                continue;
            }
            // "90,00€ + 19%": a sum written out, not "90 € or more".
            boolean plus = m.group("plusmid") != null
                    || m.group("plus") != null && !ADDEND.matcher(text).region(m.end(), text.length()).lookingAt();
            Token token = new Token(value, mult, symbol == null ? null : code(symbol.strip()),
                    plus, numStart > start ? start : numStart, m.end(), weak, bad);
            if (!afterSlash || slashRange(previous, token)) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    // "351 × 4.403 €", "4.403 € × 11": a term of a calculation, not pay (its result may be).
    private static boolean isFactor(String text, int start, int end) {
        int before = start - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        int after = end;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return before >= 0 && (text.charAt(before) == '×' || text.charAt(before) == '÷')
                || after < text.length() && (text.charAt(after) == '×' || text.charAt(after) == '÷');
    }

    /**
     * Whether a text may hold an amount of pay at all: a currency sign, or a number of three digits
     * or more, or one with a multiplier ("45k", "6 LPA", "245 mil"). "80 %", "Industrie 4.0" and "6
     * mois" do not, and most texts are dismissed here without a regex.
     */
    static boolean mayHoldPay(String text) {
        return mayHoldDigits(text) || NumberWords.mayHold(text);
    }

    // Three capitals, then no letter: a currency's code ("EUR", "USD", "BRL").
    private static boolean currencyCodeAt(String text, int at) {
        return at + 3 <= text.length() && Character.isUpperCase(text.charAt(at)) && Character.isUpperCase(text.charAt(at + 1))
                && Character.isUpperCase(text.charAt(at + 2)) && (at + 3 == text.length() || !Character.isLetter(text.charAt(at + 3)));
    }

    private static boolean mayHoldDigits(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '$' || c == '€' || c == '£' || c == '¥' || c == '₹') {
                return true;
            }
            if (c >= '0' && c <= '9') {
                if (++run >= 3) {
                    return true;
                }
            } else if (run > 0 && (c == 'k' || c == 'K' || c == 'M' || c == 'L' || c == 'l' || c == 'm' || c == 'C')) {
                return true;
            } else if (run > 0 && (c == ' ' || c == '\u00A0') && i + 1 < text.length()
                    && "kKMLlmC".indexOf(text.charAt(i + 1)) >= 0) {
                return true;
            } else if (run > 0 && currencyCodeAt(text, c == ' ' || c == '\u00A0' ? i + 1 : i)) {
                return true; // "25 EUR", "25EUR", "40 CHF"
            } else if (!(run > 0 && (c == ',' || c == '.' || c == '\'' || c == ' ' || c == '\u202F'))) {
                run = 0;
            }
        }
        return false;
    }

    /** Whether a text speaks of pay in one of the six languages. */
    static boolean speaksOfPay(String text) {
        String folded = Words.foldKeepingPositions(text);
        return speaksOfPay(folded, 0, folded.length());
    }

    // "o piso salarial", "o piso nacional da enfermagem": the floor of a job's pay (not a floor of a house).
    private static final Pattern PAY_FLOOR = Pattern.compile("\\bpisos? (?:salaria\\w*|nacional|regional|minimo)\\b");

    // German compounds around pay, umlauts written or not: "Durchschnittseinkommen",
    // "Verdienstmöglichkeiten", "Vergütungsdurchschnitt", "Einstiegsgehälter".
    private static boolean germanPayCompound(String word) {
        return word.endsWith("einkommen") || word.endsWith("verdienst") || word.endsWith("verdienste")
                || word.endsWith("gehalt") || word.endsWith("gehalter") || word.endsWith("gehalte")
                || word.startsWith("verdienst") || word.startsWith("vergutung");
    }

    private static boolean speaksOfPay(String folded, int from, int to) {
        if (folded.indexOf("piso", from) >= 0 && PAY_FLOOR.matcher(folded).region(from, to).find()) {
            return true;
        }
        for (String word : Words.split(folded.substring(from, to))) {
            if (PAY_WORDS.contains(word) || word.startsWith("salar") || word.startsWith("remunera")
                    || word.startsWith("gehalt") || word.startsWith("verguetung") || word.startsWith("stundensatz")
                    || germanPayCompound(word)) {
                return true;
            }
        }
        return false;
    }

    static Period periodIn(String folded, int from, int to) {
        if (from >= to) {
            return null;
        }
        int[] named = Amounts.firstPeriod(folded.substring(from, to));
        return named == null ? null : Amounts.PERIODS.get(named[0]).getKey();
    }

    private static boolean isIndian(String multiplier) {
        if (multiplier == null) {
            return false;
        }
        String m = multiplier.toLowerCase(Locale.ROOT);
        return m.startsWith("lakh") || m.startsWith("lac") || m.equals("lpa") || m.startsWith("crore") || m.equals("cr");
    }

    private static final Pattern CURRENCY_NAMED = Pattern.compile(
            "(?<![\\p{L}])(?:" + CURRENCY_BEFORE + "|" + CURRENCY_AFTER + ")");

    /** The one currency a text names ("Salary in Rs", "Salaire (€)"), or null for none or several. */
    static String currencyNamed(String text) {
        Matcher m = CURRENCY_NAMED.matcher(text);
        String named = null;
        while (m.find()) {
            String code = code(m.group().strip());
            if (named != null && !named.equals(code)) {
                return null;
            }
            named = code;
        }
        return named;
    }

    static String code(String symbol) {
        return Currencies.code(symbol);
    }

    private static BigDecimal clean(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The longest currency written before a number, with its space: "USD$ ", "Rs. ". */
    private static final int MAX_PREFIX = 6;

    private static int firstDigit(String text) {
        return Amounts.firstDigit(text, 0);
    }
}
