package dev.careers.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names of part files, and which are stale (issue 17: no leftovers after a crash). */
class PartFilesTest {
    @TempDir
    Path tmp;

    @Test
    void partFileNamesGiveTheOutputTheyStandFor() {
        assertThat(PartFiles.target(".page.pdf.4242-k3j2h1.part")).isEqualTo("page.pdf");
        assertThat(PartFiles.target(".page.pdf.k3j2h1.part")).as("named before the PID was").isEqualTo("page.pdf");
        assertThat(PartFiles.target(".a.b.json.7-0.part")).isEqualTo("a.b.json");
        assertThat(PartFiles.target("page.pdf.4242-k3j2h1.part")).as("not hidden").isNull();
        assertThat(PartFiles.target(".page.part")).as("no random part").isNull();
        assertThat(PartFiles.target(".page.pdf.4242-K3J2H1.part")).as("not our alphabet").isNull();
        assertThat(PartFiles.target(".page.pdf.4242-k3j2h1.part.bak")).isNull();
        assertThat(PartFiles.target("..part")).isNull();
    }

    @Test
    void aPartFileThisProcessIsWritingIsLiveUntilReleased() throws IOException {
        Path part = PartFiles.create(tmp, "page.json");
        assertThat(part.getFileName().toString()).startsWith(".page.json." + ProcessHandle.current().pid() + "-");
        assertThat(PartFiles.isStale(part, Instant.now())).isFalse();
        PartFiles.release(part);
        assertThat(PartFiles.isStale(part, Instant.now())).as("left by an earlier process with our PID").isTrue();
    }

    @Test
    void aPartFileOfADeadProcessIsStaleAndOneOfALiveProcessIsNot() throws Exception {
        long dead = deadPid();
        Process live = new ProcessBuilder("sleep", "60").start();
        try {
            Path ofDead = Files.createFile(tmp.resolve(".page.json." + dead + "-abc.part"));
            Path ofLive = Files.createFile(tmp.resolve(".page.json." + live.pid() + "-abc.part"));
            Path reused = Files.createFile(tmp.resolve(".page.pdf." + live.pid() + "-abc.part"));
            Files.setLastModifiedTime(reused, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
            assertThat(PartFiles.isStale(ofDead, Instant.now())).isTrue();
            assertThat(PartFiles.isStale(ofLive, Instant.now())).isFalse();
            assertThat(PartFiles.isStale(reused, Instant.now()))
                    .as("its PID belongs to a process started after the file was written").isTrue();
        } finally {
            live.destroyForcibly().waitFor();
        }
    }

    @Test
    void aPartFileWithoutPidIsStaleOnlyOnceOld() throws IOException {
        Path part = Files.createFile(tmp.resolve(".page.json.k3j2h1.part"));
        assertThat(PartFiles.isStale(part, Instant.now())).isFalse();
        assertThat(PartFiles.isStale(part, Instant.now().plus(PartFiles.UNOWNED_AGE).plusSeconds(1))).isTrue();
    }

    /** The PID of a process that has ended (and been reaped). */
    static long deadPid() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }
}
