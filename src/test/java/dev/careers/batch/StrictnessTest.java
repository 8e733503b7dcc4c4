package dev.careers.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careers.model.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one rule of when an input fails because of its diagnostics (issue 17). */
class StrictnessTest {
    private static final Diagnostic ERROR = Diagnostic.error("encoding.invalid-utf8", 2, 1, "bad byte");
    private static final Diagnostic WARNING = Diagnostic.warning("salary.unparsed", 3, 1, "no amount");
    private static final Diagnostic INFO = Diagnostic.info("document.no-title", 1, 1, "no title");

    @Test
    void anErrorFailsAnInputEitherWay() {
        assertThat(Strictness.LENIENT.fails(List.of(INFO, ERROR))).isTrue();
        assertThat(Strictness.STRICT.fails(List.of(ERROR))).isTrue();
    }

    @Test
    void aWarningFailsAnInputOnlyUnderStrict() {
        assertThat(Strictness.LENIENT.fails(List.of(WARNING, INFO))).isFalse();
        assertThat(Strictness.STRICT.fails(List.of(INFO, WARNING))).isTrue();
    }

    @Test
    void informationNeverFailsAnInput() {
        assertThat(Strictness.STRICT.fails(List.of(INFO))).isFalse();
        assertThat(Strictness.STRICT.fails(List.of())).isFalse();
        assertThat(Strictness.of(true)).isEqualTo(Strictness.STRICT);
        assertThat(Strictness.of(false)).isEqualTo(Strictness.LENIENT);
    }
}
