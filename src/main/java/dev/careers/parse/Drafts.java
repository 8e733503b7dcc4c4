package dev.careers.parse;

import dev.careers.model.Career;
import dev.careers.model.Constraint;
import dev.careers.model.Demand;
import dev.careers.model.Diagnostic;
import dev.careers.model.Level;
import dev.careers.model.OtherSection;
import dev.careers.model.Period;
import dev.careers.model.Salary;
import dev.careers.model.SalaryBand;
import dev.careers.model.SectionHeading;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mutable drafts {@link ModelBuilder} fills while it walks a document, turned into the
 * model's records at the end. Used by one builder, on one thread.
 */
final class Drafts {
    /** Currencies whose salaries are quoted by the month where a page does not say. */
    private static final java.util.Set<String> MONTHLY_CURRENCIES =
            java.util.Set.of("BRL", "MXN", "ARS", "CLP", "COP", "PEN", "UYU", "CRC", "DOP", "GTQ",
                    "CZK", "PLN", "HUF", "RON", "BGN", "TRY", "UAH", "RUB", "ILS", "PHP");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");

    // Whether a text holds a word (two letters or more) that another does not.
    private static boolean wordsBeyond(String text, String other) {
        Matcher words = LETTERS.matcher(text);
        String folded = Words.fold(other);
        while (words.find()) {
            if (!folded.contains(Words.fold(words.group()))) {
                return true;
            }
        }
        return false;
    }

    // "Houston · Journeyman" and "Tulsa · Specialized" for one pay: "Houston · Journeyman; Tulsa · Specialized".
    private static String joined(String first, String then) {
        return first == null || first.isBlank() ? then : first + "; " + then;
    }

    /**
     * The one period a page states for its pay, and the sizes of the amounts it states it for: a
     * band with no period takes it only when of like size ("R$ 35/dia" of a meal voucher says
     * nothing of "R$ 2.000,00 e R$ 2.500,00").
     */
    record PagePeriod(Period period, java.math.BigDecimal smallest, java.math.BigDecimal largest) {
        private static final java.math.BigDecimal TEN = java.math.BigDecimal.TEN;

        boolean fits(java.math.BigDecimal amount) {
            return amount == null || amount.multiply(TEN).compareTo(smallest) >= 0
                    && amount.compareTo(largest.multiply(TEN)) <= 0;
        }
    }

    private static final java.util.Set<String> DOLLARS = java.util.Set.of("USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN", "BRL", "ARS", "COP", "CLP");

    private static final Pattern THOUSANDS = Pattern.compile("\\d\\s?[kK](?![\\p{L}])");
    private static final Pattern SCOPE = Pattern.compile("\\(([^()]*)\\)");

    private Drafts() {}


    static final class SectionDraft {
        final SectionKind kind;
        final String heading;
        final int line;
        boolean hadList;

        SectionDraft(SectionKind kind, String heading, int line) {
            this.kind = kind;
            this.heading = heading;
            this.line = line;
        }
    }

    record BandDraft(String label, Level level, Amounts.Reading reading, Period period,
            String text, int line, int column, String origin) {}

    static final class SalaryDraft {
        final String heading;
        final List<BandDraft> bands = new ArrayList<>();
        /** Whether every band stands under the heading, whatever their origin (a table under "Gehaltsspannen"). */
        boolean headingOwnsBands;

        SalaryDraft(String heading) {
            this.heading = heading;
        }
    }

    static final class OtherDraft {
        final String heading;
        final int line;
        final List<String> paragraphs = new ArrayList<>();
        final List<String> items = new ArrayList<>();
        final List<List<String>> rows = new ArrayList<>();

        OtherDraft(String heading, int line) {
            this.heading = heading;
            this.line = line;
        }

        boolean isEmpty() {
            return paragraphs.isEmpty() && items.isEmpty() && rows.isEmpty();
        }
    }

    static final class CareerDraft {
        final String name;
        final String acronym;
        final int line;
        final String origin;
        final List<String> summary = new ArrayList<>();
        final List<String> responsibilities = new ArrayList<>();
        SalaryDraft salary;
        final List<Constraint> constraints = new ArrayList<>();
        final List<String> environments = new ArrayList<>();
        final List<Demand> demand = new ArrayList<>();
        final Map<String, OtherDraft> others = new LinkedHashMap<>();
        final List<SectionHeading> headings = new ArrayList<>();

        CareerDraft(String name, String acronym, int line, String origin) {
            this.name = name;
            this.acronym = acronym;
            this.line = line;
            this.origin = origin;
        }

        void open(SectionDraft section) {
            headings.add(new SectionHeading(section.kind.id(), section.heading, section.line));
            if (section.kind == SectionKind.OTHER) {
                other(section.heading, section.line);
            } else if (section.kind == SectionKind.SALARY) {
                salary(section);
            }
        }

        SalaryDraft salary(SectionDraft section) {
            if (salary == null) {
                salary = new SalaryDraft(section != null && section.kind == SectionKind.SALARY ? section.heading : null);
            }
            return salary;
        }

        OtherDraft other(String heading, int line) {
            return others.computeIfAbsent(heading + "\u0000" + line, k -> new OtherDraft(heading, line));
        }

        Career build(String onlyCurrency, String dollar, java.util.function.Supplier<String> countryCurrency,
                PagePeriod pagePeriod, String payHeading, List<Diagnostic> diagnostics) {
            Salary builtSalary = null;
            if (salary != null) {
                List<SalaryBand> bands = new ArrayList<>();
                java.util.Map<String, Integer> seen = new java.util.HashMap<>();
                // "$86,332 CAD per annum", then "reached approx $100,000": the career's own dollar.
                // A bare "$" before the first band naming its dollar ("$30K" over Asia, then "AU$58K"
                // over Oceania) is read as the page's.
                java.util.Set<String> dollars = new java.util.HashSet<>();
                int namedFrom = Integer.MAX_VALUE;
                for (BandDraft b : salary.bands) {
                    if (b.reading().currency() != null && DOLLARS.contains(b.reading().currency())) {
                        dollars.add(b.reading().currency());
                        namedFrom = Math.min(namedFrom, b.line());
                    }
                }
                String careerDollar = dollars.size() == 1 ? dollars.iterator().next() : dollar;
                for (BandDraft b : salary.bands) {
                    Amounts.Reading r = b.reading();
                    String currency = PayFinder.resolve(r.currency(), b.line() < namedFrom ? dollar : careerDollar);
                    String placeCurrency = r.min() != null && currency == null ? PayFinder.currencyOfCountries(b.label()) : null;
                    if (placeCurrency != null) {
                        // "**LONDRA**: 35/45k" beside "**MILANO**: 21/23K": each place's own currency.
                        currency = placeCurrency;
                        diagnostics.add(Diagnostic.info("salary.currency-inferred", b.line(), b.column(),
                                "The band '" + b.text() + "' names no currency; " + currency
                                        + " is the currency of the place its label names, '" + b.label() + "'."));
                    } else if (r.min() != null && currency == null) {
                        currency = onlyCurrency;
                        if (currency == null && countryCurrency.get() != null) {
                            // No currency written anywhere: the country the page speaks of.
                            currency = countryCurrency.get();
                            diagnostics.add(Diagnostic.info("salary.currency-inferred", b.line(), b.column(),
                                    "The band '" + b.text() + "' names no currency, nor does the page; " + currency
                                            + " is the currency of the places the page names, or of its language."));
                        } else if (currency == null) {
                            diagnostics.add(Diagnostic.warning("salary.currency-unknown", b.line(), b.column(),
                                    "The band '" + b.text() + "' names no currency and the document uses "
                                            + "none or several; its currency is unknown."));
                        }
                    }
                    Period period = b.period();
                    if (!r.periodStated() && b.level() != Level.FREELANCE) {
                        // Unwritten, the period is the page's only written one, else the one pay in
                        // that currency is quoted by (a Brazilian or Mexican salary is monthly).
                        // In currencies whose yearly pay runs to five figures, "2 250 €" is a month's.
                        // "€6k–€9.6k": amounts written in thousands are a year's, whatever their size.
                        boolean inThousands = THOUSANDS.matcher(b.text()).find();
                        boolean monthSized = PayFinder.monthSized(currency, r.max()) && !inThousands;
                        Period onlyPeriod = pagePeriod != null && pagePeriod.fits(r.max()) ? pagePeriod.period() : null;
                        boolean monthRefused = onlyPeriod == Period.MONTH && inThousands && currency != null && PayFinder.YEARLY_QUOTED.contains(currency);
                        period = onlyPeriod != null && PayFinder.plausible(onlyPeriod, r.max(), currency) && !monthRefused
                                && !(onlyPeriod == Period.YEAR && monthSized)
                                ? onlyPeriod
                                : monthSized || currency != null && MONTHLY_CURRENCIES.contains(currency) ? Period.MONTH : period;
                        if (period == Period.MONTH && monthSized && onlyPeriod != Period.MONTH) {
                            diagnostics.add(Diagnostic.info("salary.period-inferred", b.line(), b.column(), "The band '"
                                    + b.text() + "' names no period; an amount of this size in " + currency
                                    + " is read as a month's pay."));
                        }
                    }
                    // The same pay read twice (a lead-in and the prose that repeats it) is one band;
                    // the same pay given for two labels ("Houston · Journeyman", "Tulsa · Specialized")
                    // is one band holding both labels, as a reader lists it once.
                    String key = r.min() + "-" + r.max() + (r.openEnded() ? "+" : "") + "-" + currency + "-" + period;
                    Integer earlier = r.min() == null ? null : seen.putIfAbsent(key, bands.size());
                    if (earlier != null) {
                        SalaryBand first = bands.get(earlier);
                        boolean newLabel = b.origin().equals("salary-section") && !b.label().isBlank()
                                && !first.label().contains(b.label());
                        // The repeat's own words beside its amount ("… – $48,500 Other jobs pay as follows") are kept.
                        boolean newNote = r.note() != null
                                && (first.note() == null || !Words.fold(first.note()).contains(Words.fold(r.note())));
                        // So is a salary line's repeat written otherwise ("Junior : 45kUSD" after "45 000$/yr"),
                        // which the band alone holds: nothing of the source is lost.
                        boolean newWords = b.origin().equals("salary-section") && wordsBeyond(b.text(),
                                first.text() + " " + first.label() + " " + java.util.Objects.toString(first.note(), "") + " "
                                        + java.util.Objects.toString(r.note(), ""));
                        if (newLabel || newNote || newWords) {
                            String label = !newLabel ? first.label() : joined(first.label(), b.label());
                            Level level = !newLabel || first.level() == b.level() ? first.level() : Level.OTHER;
                            String note = !newNote ? first.note() : joined(first.note(), r.note());
                            note = newWords ? joined(note, b.text()) : note;
                            bands.set(earlier, new SalaryBand(label, level, first.min(), first.max(), first.openEnded(),
                                    first.currency(), first.period(), note, first.text(), first.line(), first.origin()));
                        }
                        continue;
                    }
                    bands.add(new SalaryBand(b.label(), b.level(), r.min(), r.max(), r.openEnded(),
                            currency, period, r.note(), b.text(), b.line(), b.origin()));
                }
                // Pay read outside the salary section is titled by the language's word for it, not by
                // a section that only mentions salaries ("Key Factors Influencing Salaries").
                boolean fromSection = salary.headingOwnsBands
                        || salary.bands.stream().anyMatch(b -> b.origin().equals("salary-section"));
                String heading = salary.heading != null && fromSection ? salary.heading : payHeading;
                Matcher scope = SCOPE.matcher(heading);
                builtSalary = new Salary(heading, scope.find() ? scope.group(1).strip() : null, bands);
            }
            List<OtherSection> otherSections = new ArrayList<>();
            for (OtherDraft o : others.values()) {
                otherSections.add(new OtherSection(o.heading, o.paragraphs, o.items, o.rows, o.line));
            }
            String joinedSummary = summary.isEmpty() ? null : String.join("\n\n", summary);
            return new Career(name, acronym, line, joinedSummary, responsibilities, builtSalary,
                    constraints, environments, demand, otherSections, headings, origin);
        }
    }
}
