package dev.careers.export.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Validates PDF files with veraPDF against PDF/UA-1 and PDF/A-2u, and reports each failed rule
 * once with how many times it failed. The validators are made once per JVM and shared.
 * Also a command: {@code PdfConformance FILE.pdf...} prints the failures of each file.
 */
final class PdfConformance {
    /** The flavours every brochure must conform to. */
    static final List<PDFAFlavour> FLAVOURS = List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_U);

    private static final Map<PDFAFlavour, PDFAValidator> VALIDATORS = new LinkedHashMap<>();

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    /** A rule a file breaks: its flavour, clause and test number, how often, and what it asks. */
    record Failure(String flavour, String rule, int count, String description) {
        @Override
        public String toString() {
            return flavour + " " + rule + " (" + count + "x): " + description;
        }
    }

    private PdfConformance() {}

    /** Every rule of both flavours that the file breaks; empty when it conforms to both. */
    static synchronized List<Failure> failures(byte[] pdf) {
        var failures = new ArrayList<Failure>();
        for (PDFAFlavour flavour : FLAVOURS) {
            failures.addAll(failures(pdf, flavour));
        }
        return failures;
    }

    private static List<Failure> failures(byte[] pdf, PDFAFlavour flavour) {
        ValidationResult result;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            result = validator(flavour).validate(parser);
        } catch (ModelParsingException | EncryptedPdfException | ValidationException | IOException e) {
            throw new AssertionError("veraPDF cannot validate the file as " + flavour + ": " + e, e);
        }
        Map<String, Failure> byRule = new LinkedHashMap<>();
        for (TestAssertion assertion : result.getTestAssertions()) {
            if (assertion.getStatus() != TestAssertion.Status.FAILED) {
                continue;
            }
            String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
            byRule.merge(rule, new Failure(flavour.getId(), rule, 1, assertion.getMessage()),
                    (a, b) -> new Failure(a.flavour(), a.rule(), a.count() + 1, a.description()));
        }
        if (byRule.isEmpty() && !result.isCompliant()) {
            throw new AssertionError("veraPDF says the file is not " + flavour + " but lists no failed rule");
        }
        return List.copyOf(byRule.values());
    }

    private static PDFAValidator validator(PDFAFlavour flavour) {
        // false: every failed check is reported, not only the first of each rule.
        return VALIDATORS.computeIfAbsent(flavour, f -> Foundries.defaultInstance().createValidator(f, false));
    }

    public static void main(String[] args) throws IOException {
        for (String file : args) {
            List<Failure> failures = failures(Files.readAllBytes(Path.of(file)));
            System.out.println(file + ": " + (failures.isEmpty() ? "conforms to PDF/UA-1 and PDF/A-2u" : failures.size() + " rules failed"));
            failures.forEach(f -> System.out.println("  " + f));
        }
    }
}
