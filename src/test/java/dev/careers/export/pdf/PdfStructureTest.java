package dev.careers.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careers.model.CareerDocument;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The structure tree of a brochure, read back from the file: its elements come in the order a
 * reader meets them on the pages, each of the kind it is (issue 16). The document is built by
 * hand (no parser) and holds one of everything: an introduction, a career with a list, a salary
 * panel, a table, and a source with a link.
 */
class PdfStructureTest {
    private static StructureTree tree;

    @BeforeAll
    static void export() throws IOException {
        CareerDocument document = SampleDocuments.english(1);
        byte[] pdf = PdfFiles.export(document, Map.of()).bytes();
        PdfFiles.write("structure-english", pdf);
        tree = StructureTree.of(pdf);
    }

    @Test
    void elementsComeInReadingOrderWithTheirKinds() {
        String expected = """
                Document
                  H1
                  P
                  P
                  P
                  H2
                  L
                    LI
                      Lbl
                      LBody
                  H2
                  TOC
                    TOCI
                      Link
                    TOCI
                      Link
                  Sect
                    H2
                    P
                    H3
                    L
                      LI
                        Lbl
                        LBody
                      LI
                        Lbl
                        LBody
                    H3
                    Div
                      P
                      P
                      Figure
                      P
                      P
                      P
                      P
                      P
                      P
                    H3
                    P
                    H3
                    L
                      LI
                        Lbl
                        LBody
                      LI
                        Lbl
                        LBody
                    H3
                    P
                    H3
                    P
                    L
                      LI
                        Lbl
                        LBody
                      LI
                        Lbl
                        LBody
                    Table
                      TR
                        TH
                        TH
                      TR
                        TD
                        TD
                      TR
                        TD
                        TD
                  Sect
                    H2
                    L
                      LI
                        Lbl
                        LBody
                          Link
                """;
        String actual = tree.nodes().stream().map(n -> "  ".repeat(n.depth()) + n.kind())
                .collect(Collectors.joining("\n", "", "\n"));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void elementsThatGroupHoldNoContentAndTheOthersHoldSome() {
        var grouping = List.of("Document", "Sect", "L", "LI", "TOC", "TOCI", "Div", "Table", "TR");
        for (StructureTree.Node node : tree.nodes()) {
            if (grouping.contains(node.kind())) {
                assertThat(node.markedContent()).as(node.toString()).isZero();
            } else if (!node.kind().equals("LBody")) { // an LBody holds its text, or a Link that does
                assertThat(node.markedContent()).as(node.toString()).isPositive();
            }
        }
    }

    @Test
    void chartFigureSaysTheRangesItDraws() {
        StructureTree.Node figure = single("Figure");
        assertThat(figure.alternateText()).isEqualTo(
                "Salary chart: Entry: $150,000 – $210,000 per year; Freelance: $600 – $901+ per day");
        assertThat(figure.markedContent()).as("two bars and two axes").isEqualTo(4);
    }

    @Test
    void linksHoldTheirAnnotations() {
        List<StructureTree.Node> links = tree.nodes().stream().filter(n -> n.kind().equals("Link")).toList();
        assertThat(links).hasSize(3).allSatisfy(link -> {
            assertThat(link.objectReferences()).as(link.toString()).isPositive();
            assertThat(link.markedContent()).as(link.toString()).isPositive();
        });
    }

    @Test
    void headerCellsHaveAColumnScope() {
        assertThat(tree.nodes().stream().filter(n -> n.kind().equals("TH")))
                .hasSize(2).allSatisfy(th -> assertThat(th.scope()).isEqualTo("Column"));
    }

    @Test
    void theTitleIsTheOnlyH1() {
        assertThat(tree.kinds()).containsOnlyOnce("H1");
        // the date under it is a paragraph of its own, not part of the heading a reader hears
        assertThat(tree.kinds().subList(0, 3)).containsExactly("Document", "H1", "P");
    }

    private static StructureTree.Node single(String kind) {
        List<StructureTree.Node> found = tree.nodes().stream().filter(n -> n.kind().equals(kind)).toList();
        assertThat(found).as(kind).hasSize(1);
        return found.get(0);
    }
}
