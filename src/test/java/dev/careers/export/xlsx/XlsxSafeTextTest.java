package dev.careers.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careers.model.Diagnostic;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class XlsxSafeTextTest {

    @Test
    void keepsOrdinaryTextAsItIs() {
        assertThat(SafeText.clean("Salaire : 45 000 € — ok\n\tsuite 😀")).isEqualTo("Salaire : 45 000 € — ok\n\tsuite 😀");
    }

    @Test
    void replacesCharactersXmlForbids() {
        assertThat(SafeText.clean("a\u0000b\u0007c\u001Fd\uFFFEe\uD800f")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf");
    }

    @Test
    void escapesTextThatExcelWouldDecodeAsACharacter() {
        assertThat(SafeText.clean("_x0041_ and _x00e9_ but not _x12_"))
                .isEqualTo("_x005F_x0041_ and _x005F_x00e9_ but not _x12_");
    }

    @Test
    void recognisesTextThatLooksLikeAFormula() {
        assertThat(SafeText.looksLikeFormula("=1+1")).isTrue();
        assertThat(SafeText.looksLikeFormula("+33")).isTrue();
        assertThat(SafeText.looksLikeFormula("-x")).isTrue();
        assertThat(SafeText.looksLikeFormula("@cmd")).isTrue();
        assertThat(SafeText.looksLikeFormula("a=1")).isFalse();
        assertThat(SafeText.looksLikeFormula("")).isFalse();
    }

    @Test
    void truncatesWithoutSplittingACharacterAndReportsIt() {
        var reported = new ArrayList<Diagnostic>();
        var safe = new SafeText(" [cut]", reported::add);
        String emoji = "😀"; // two chars
        String text = "x".repeat(SafeText.MAX_CELL_CHARS - 7) + emoji + "tail".repeat(10);
        String cell = safe.cell(text, 12);
        assertThat(cell).endsWith("x [cut]").hasSizeLessThanOrEqualTo(SafeText.MAX_CELL_CHARS);
        assertThat(reported).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("xlsx.truncated");
            assertThat(d.line()).isEqualTo(12);
        });
        assertThat(safe.cell("short", 1)).isEqualTo("short");
        assertThat(reported).hasSize(1);
    }
}
