package dev.careers.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careers.model.Career;
import dev.careers.model.CareerDocument;
import dev.careers.model.Level;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hash that seeds a brochure's subset prefixes and file ID (issue 8, perf2). */
class ContentHashTest {

    @Test
    void equalDocumentsHashTheSame() {
        assertThat(hash(SampleDocuments.metiersIa())).isEqualTo(hash(SampleDocuments.metiersIa()));
    }

    @Test
    void aChangeInAnyComponentChangesTheHash() {
        CareerDocument sample = SampleDocuments.metiersIa();
        Career first = sample.careers().get(0);
        var changed = new ArrayList<Career>(sample.careers());
        changed.set(0, new Career(first.name(), first.acronym(), first.line() + 1, first.summary(),
                first.responsibilities(), first.salary(), first.constraints(), first.environments(),
                first.demand(), first.otherSections(), first.headings()));
        CareerDocument moved = new CareerDocument(sample.schemaVersion(), sample.source(), sample.title(),
                sample.logo(), sample.language(), sample.introduction(), changed, null, sample.sources(),
                sample.diagnostics());
        CareerDocument renamed = new CareerDocument(sample.schemaVersion(), "other.md", sample.title(),
                sample.logo(), sample.language(), sample.introduction(), sample.careers(),
                null,
                sample.sources(), sample.diagnostics());
        assertThat(List.of(hash(moved), hash(renamed)))
                .doesNotContain(hash(sample))
                .doesNotHaveDuplicates();
    }

    @Test
    void textsAreDelimited() {
        assertThat(new ContentHash().add(List.of("ab", "c")).digest())
                .isNotEqualTo(new ContentHash().add(List.of("a", "bc")).digest());
        assertThat(new ContentHash().add(Level.JUNIOR).digest())
                .isNotEqualTo(new ContentHash().add(Level.SENIOR).digest());
    }

    private static String hash(CareerDocument document) {
        return java.util.HexFormat.of().formatHex(new ContentHash().add(List.of(document)).digest());
    }
}
