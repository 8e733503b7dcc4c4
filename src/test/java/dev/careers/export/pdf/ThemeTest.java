package dev.careers.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

class ThemeTest {

    // The brochure's digest includes this text: written out by hand (see Theme.toString), it must
    // still name every component, as the generated one would.
    @Test
    void textNamesEveryComponentLikeARecordsOwn() throws Exception {
        Theme theme = new Theme(new Color(1, 2, 3), new Color(40, 50, 60), Color.BLACK,
                Path.of("regular.ttf"), null, Path.of("logo.png"), Theme.PageSizeName.LETTER);
        var expected = new StringJoiner(", ", "Theme[", "]");
        for (RecordComponent component : Theme.class.getRecordComponents()) {
            expected.add(component.getName() + "=" + component.getAccessor().invoke(theme));
        }
        assertThat(theme.toString()).isEqualTo(expected.toString());
        assertThat(Theme.defaults().toString()).contains("pageSize=A4");
    }
}
