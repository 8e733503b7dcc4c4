package dev.careers.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTablesTest {
    @Test
    void readsTheCellsOfEachRow() {
        assertThat(HtmlTables.rows("<table><tr><th>Job</th><th>Pay</th></tr><tr><td>Nurse</td><td>$18,500</td></tr></table>"))
                .containsExactly(List.of("Job", "Pay"), List.of("Nurse", "$18,500"));
    }

    @Test
    void textOutsideAWellFormedCellIsACellOfItsOwn() {
        // A broken opening tag must not lose the word it holds.
        assertThat(HtmlTables.rows("<table><tr><t**d>Auxiliar</td><td>$12,000</td> note</tr></table>"))
                .containsExactly(List.of("Auxiliar", "$12,000", "note"));
    }
}
