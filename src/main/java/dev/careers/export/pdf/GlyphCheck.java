package dev.careers.export.pdf;

import dev.careers.export.DiagnosticSink;
import dev.careers.model.Career;
import dev.careers.model.CareerDocument;
import dev.careers.model.Constraint;
import dev.careers.model.Demand;
import dev.careers.model.Diagnostic;
import dev.careers.model.OtherSection;
import dev.careers.model.SalaryBand;
import dev.careers.model.Source;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the characters of a document that no font of the brochure can show, before rendering, and
 * reports each one once per document as a {@code pdf.missing-glyph} warning with the source line
 * it comes from. OpenPDF would otherwise drop them silently. Not thread-safe: one per export.
 */
final class GlyphCheck {
    static final String CODE = "pdf.missing-glyph";

    private final FontSet fonts;
    private final DiagnosticSink sink;
    private final Set<Integer> reported = new HashSet<>();
    private final byte[] verdicts = new byte[0x10000];

    GlyphCheck(FontSet fonts, DiagnosticSink sink) {
        this.fonts = fonts;
        this.sink = sink;
    }

    /** Checks every text of a document; reports each missing character once. */
    void check(CareerDocument document) {
        reported.clear();
        text(document.title(), 0, "the title");
        document.introduction().forEach(p -> text(p, 0, "the introduction"));
        for (Career career : document.careers()) {
            check(career);
        }
        for (OtherSection section : document.sections()) {
            check(section, "section \"" + section.heading() + "\" of the page");
        }
        document.frontMatter().forEach((key, value) -> {
            text(key, 1, "the front matter");
            text(value, 1, "the front matter");
        });
        for (Source source : document.sources()) {
            text(source.text(), source.line(), "a source");
            text(source.url(), source.line(), "a source link");
        }
    }

    private void check(Career career) {
        String where = "career \"" + career.name() + "\"";
        int line = career.line();
        text(career.name(), line, where);
        text(career.acronym(), line, where);
        text(career.summary(), line, where);
        career.responsibilities().forEach(r -> text(r, line, where));
        career.environments().forEach(e -> text(e, line, where));
        if (career.salary() != null) {
            text(career.salary().heading(), line, where);
            text(career.salary().scope(), line, where);
        }
        for (SalaryBand band : career.bands()) {
            for (String text : List.of(band.label(), band.text())) {
                text(text, band.line(), "a salary band of " + where);
            }
            text(band.note(), band.line(), "a salary band of " + where);
        }
        for (Constraint constraint : career.constraints()) {
            text(constraint.title(), constraint.line(), "a constraint of " + where);
            text(constraint.description(), constraint.line(), "a constraint of " + where);
        }
        for (Demand demand : career.demand()) {
            text(demand.label(), demand.line(), "the demand of " + where);
            text(demand.text(), demand.line(), "the demand of " + where);
        }
        for (OtherSection section : career.otherSections()) {
            check(section, "section \"" + section.heading() + "\" of " + where);
        }
    }

    private void check(OtherSection section, String in) {
        text(section.heading(), section.line(), in);
        section.paragraphs().forEach(p -> text(p, section.line(), in));
        section.items().forEach(i -> text(i, section.line(), in));
        section.rows().forEach(row -> row.forEach(cell -> text(cell, section.line(), in)));
    }

    private void text(String text, int line, String where) {
        if (text == null) {
            return;
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (int i = 0; i < normalized.length(); ) {
            int codePoint = normalized.codePointAt(i);
            i += Character.charCount(codePoint);
            if (!shown(codePoint) && reported.add(codePoint)) {
                sink.report(Diagnostic.warning(CODE, line, 0, "no font of the PDF can show "
                        + describe(codePoint) + " in " + where + "; it is left out of the brochure"));
            }
        }
    }

    // Whether a character is drawn or needs no glyph; the answer for each BMP character is kept,
    // since every text of the document passes here.
    private boolean shown(int codePoint) {
        if (codePoint >= verdicts.length) {
            return invisible(codePoint) || fonts.covers(codePoint);
        }
        byte verdict = verdicts[codePoint];
        if (verdict == 0) {
            verdict = invisible(codePoint) || fonts.covers(codePoint) ? (byte) 1 : (byte) -1;
            verdicts[codePoint] = verdict;
        }
        return verdict > 0;
    }

    /** How a character is named in messages: {@code '漢' (U+6F22)}. */
    static String describe(int codePoint) {
        return "'" + new String(Character.toChars(codePoint)) + "' (U+"
                + String.format(Locale.ROOT, "%04X", codePoint) + ")";
    }

    // Variation selectors, joiners and other format characters have no glyph of their own.
    private static boolean invisible(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || Character.isISOControl(codePoint);
    }
}
