package dev.careers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pipes, terminals and --watch. */
class PipesAndWatchTest {
    private static final byte[] PAGE = "# Titre\n## Le Métier\n### Salaire\n* Junior : 40k€\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path tmp;

    @Test
    void binaryOutputIsRefusedOnATerminal() {
        Cli.Run run = Cli.run(PAGE, true, Map.of(), "export", "-", "-f", "pdf", "-o", "-");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("refusing to write pdf (binary) to a terminal");
        assertThat(run.rawOut()).isEmpty();
    }

    @Test
    void pdfGoesThroughAPipe() {
        Cli.Run run = Cli.run(PAGE, false, Map.of(), "export", "-", "-f", "pdf", "-o", "-");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(new String(run.rawOut(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void pipeTakesOneInputAndOneFormat() {
        Cli.Run run = Cli.run(PAGE, false, Map.of(), "export", "-", "-f", "pdf,json", "-o", "-");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("-o - writes one input in one format");
    }

    @Test
    void quietPrintsNothingButErrors() throws IOException {
        Files.write(tmp.resolve("a.md"), PAGE);
        Cli.Run run = Cli.run("export", "-q", "-f", "json", "-o", tmp.resolve("out").toString(), tmp.resolve("a.md").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEmpty();
    }

    @Test
    void watchExportsAgainWhenTheFileChanges() throws Exception {
        Path md = tmp.resolve("page.md");
        Files.write(md, PAGE);
        Path json = tmp.resolve("out/page.json");
        CompletableFuture<Cli.Run> watching = CompletableFuture.supplyAsync(() ->
                Cli.run("export", "--watch", "--watch-rounds", "1", "-f", "json", "-o", tmp.resolve("out").toString(), md.toString()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!Files.exists(json) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(Files.readString(json)).contains("Le Métier");
        Thread.sleep(700);
        Files.writeString(md, "# Titre\n## Le Nouveau Métier\n");
        Files.setLastModifiedTime(md, FileTime.from(Instant.now().plusSeconds(5)));
        Cli.Run run = watching.get(20, TimeUnit.SECONDS);
        assertThat(run.err()).contains("watching 1 file");
        assertThat(Files.readString(json)).contains("Le Nouveau Métier");
    }
}
