package dev.careers.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careers.model.CareerDocument;
import dev.careers.testing.FuzzCampaign;
import dev.careers.testing.MarkdownMutator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A large file is parsed in pieces ({@link Pieces}); the model must not depend on it. Each check
 * parses the same text whole, cut at every heading a piece may start at, and cut in pieces of
 * 300 characters or more, and compares the JSON, diagnostics and their lines included.
 */
class PiecesTest {
    private static final CareerParser WHOLE = CareerParser.builder().pieceLength(Integer.MAX_VALUE / 4).build();
    private static final CareerParser EVERY_HEADING = CareerParser.builder().pieceLength(1).build();
    private static final CareerParser LONGER_PIECES = CareerParser.builder().pieceLength(300).build();
    private static final MarkdownMutator MUTATOR = MarkdownMutator.fromProjectCorpus();
    private static final Path BASE = FixtureTest.FIXTURES;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.careers.parse.FixtureTest#cases")
    void everyFixtureGivesTheSameModelInPieces(String name) throws IOException {
        String text = Files.readString(BASE.resolve(name + ".md"), StandardCharsets.UTF_8);
        assertSameModel(text);
    }

    @Test
    void theSampleIsReallyCut() throws IOException {
        String text = Files.readString(BASE.resolve("sample-metiers-ia.md"), StandardCharsets.UTF_8);
        List<Pieces.Piece> pieces = Pieces.of(text, 1);
        assertThat(pieces).hasSizeGreaterThan(10);
        var joined = new StringBuilder();
        for (Pieces.Piece piece : pieces) {
            String part = piece.of(text);
            joined.append(part);
            if (piece.start() > 0) {
                assertThat(part).startsWith("#");
                assertThat(text.substring(0, piece.start())).endsWith("\n\n");
            }
            assertThat(piece.firstLine()).isEqualTo(ParserFuzzTest.lineCount(text.substring(0, piece.start())) - 1);
        }
        assertThat(joined.toString()).isEqualTo(text);
    }

    @Test
    void aSmallFileIsOnePiece() {
        assertThat(Pieces.of("# T\n\n## A\n\ntext\n\n## B\n\ntext\n", 64)).hasSize(1);
    }

    @Test
    void aFileThatMayDefineLinkReferencesIsNotCut() {
        String text = "# T\n\n## A\n\nSee [the guide][g].\n\n## B\n\n[g]: https://example.org/guide\n";
        assertThat(Pieces.of(text, 1)).hasSize(1);
        assertSameModel(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // A heading inside a fenced code block that a blank line does not end.
        "# T\n\n## A\n\n### Rôle\n\n```\ncode\n\n## Not a career\n\nmore code\n```\n\n## B\n\n### Rôle\n\ntext\n",
        // A fence never closed: the rest of the file is code.
        "# T\n\n## A\n\n### Rôle\n\n~~~~\ncode\n\n## Code\n\n~~~\n\n## Code too\n",
        // An HTML comment over blank lines and a heading.
        "# T\n\n## A\n\n<!-- draft\n\n## Hidden\n\n-->\n\n## B\n\ntext\n",
        "# T\n\n## A\n\n<pre>\n\n## Pre\n\n</pre>\n\n## B\n\ntext\n",
        // A <div> ends at the blank line: the heading after it is one.
        "# T\n\n## A\n\n<div>\nx\n\n## B\n\ntext\n",
        // The first piece names no section; the file's sections are at level 4, careers at level 3.
        "# T\n\n## Group\n\n### A\n\n#### Salaire\n\n- Junior : 40k€\n\n### B\n\n#### Rôle\n\ntext\n",
        // The first piece's sections say careers are level 2, the rest of the file says level 3.
        "# T\n\n## A\n\n### Rôle\n\nx\n\n## G\n\n### B\n\n#### Rôle\n\nx\n\n### C\n\n#### Rôle\n\ny\n\n"
                + "### D\n\n#### Salaire\n\n- 40k\n",
        // Lone CR and CR LF line ends: the lines of later pieces must still be right.
        "# T\r\r## A\r\r### Rôle\r\rtext\r\r## B\r\n\r\n### Salaire\r\n\r\n- Junior : 40k€\r\n\r\n## C\n\n#### x\n",
        // Lists and quotes that a heading ends; a table followed by a heading with a pipe.
        "# T\n\n## A\n\n- one\n\n  - two\n\n## B\n\n> quoted\n>\n> more\n\n## C | D\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n## E\n",
        // Careers with no blank line before their heading (not cut there): a separator, text, a quote.
        "# T\n---\n## A\n### Rôle\ntext\n---\n## B\n### Salaire\n- Junior : 40k€\n## C\n> quoted\n## D\ntext\n",
        // A heading line with a pipe right after a table row is a row of that table.
        "# T\n\n## A\n\n| a | b |\n|---|---|\n| 1 | 2 |\n## B | C\n## D\n\ntext\n",
        // An HTML block and an unclosed fence right before a heading, no blank line between.
        "# T\n\n## A\n\n<div>\n## In the div\n</div>\n\n## B\n```\n## In the code\n",
        // Headings of every level, "#" alone, seven hashes, a heading after spaces.
        "# T\n\n#\n\n## A\n\n###### deep\n\n####### not a heading\n\n   ## indented\n\n#\tTabbed\n\n## B\n",
    })
    void cutsThatCommonmarkWouldNotMakeAreNotUsed(String text) {
        assertSameModel(text);
    }

    /**
     * Why a piece starts only after a blank line: past commonmark's nesting limit, the lines after
     * a deep quote are read as its text, headings included (found by fuzzing a looser rule).
     */
    @Test
    void aHeadingRightAfterADeepQuoteIsNotCut() {
        String text = "# T\n\n## A\n\n### Rôle\n\ntext\n\n## B\n" + ">".repeat(2000)
                + "\n### Salary\n* **Junior:** $90,000 - $110,000\n\n## C\n\ntext\n";
        int salary = text.indexOf("### Salary");
        assertThat(Pieces.of(text, 1)).extracting(Pieces.Piece::start).contains(text.indexOf("## B"))
                .doesNotContain(salary);
        assertSameModel(text);
    }

    @Test
    void mutatedFilesGiveTheSameModelInPieces() {
        FuzzCampaign.of("pieces", 400).run(r -> MUTATOR.nextText(r).getBytes(StandardCharsets.UTF_8), input -> {
            String text = ParserFuzzTest.decode(input);
            assertSameModel(text);
        });
    }

    private static void assertSameModel(String text) {
        String whole = json(WHOLE.parse(text, "x.md", BASE));
        assertThat(json(EVERY_HEADING.parse(text, "x.md", BASE))).as("cut at every heading").isEqualTo(whole);
        assertThat(json(LONGER_PIECES.parse(text, "x.md", BASE))).as("cut in 300-character pieces").isEqualTo(whole);
    }

    private static String json(CareerDocument document) {
        try {
            return ParserFuzzTest.json(document);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
