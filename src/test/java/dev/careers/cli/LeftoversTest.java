package dev.careers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 6: a run killed with SIGKILL leaves hidden {@code .NAME.PID-RANDOM.part} files;
 * the next run that writes NAME removes those whose writer is gone, and nothing else.
 */
class LeftoversTest {
    private static final String FORMATS = "pdf,xlsx,json";

    @TempDir
    Path tmp;

    @Test
    void aRunRemovesTheStalePartFilesOfItsOutputsAndNothingElse() throws Exception {
        Path page = tmp.resolve("page.md");
        Files.writeString(page, "# Titre\n## Métier\n### Salaire\n* Junior : 40k€ - 50k€\n");
        Path out = Files.createDirectories(tmp.resolve("out"));
        long dead = deadPid();
        long self = ProcessHandle.current().pid();
        Instant hoursAgo = Instant.now().minus(Duration.ofHours(2));
        Process live = new ProcessBuilder("sleep", "120").start();
        try {
            List<String> stale = List.of(
                    ".page.json." + dead + "-k3j2h1.part",
                    ".page.pdf." + dead + "-0.part",
                    ".page.xlsx." + self + "-zz.part", // an earlier process had our PID (a container)
                    ".page.pdf." + live.pid() + "-old.part"); // PID reused: written before its process started
            List<String> kept = List.of(
                    ".page.json." + live.pid() + "-k3j2h1.part", // a live run's, in the same folder
                    ".page.xlsx.k3j2h1.part", // no PID, written just now
                    ".other.json." + dead + "-k3j2h1.part", // an output this run does not write
                    ".page.md." + dead + "-k3j2h1.part",
                    "page.json." + dead + "-k3j2h1.part", // not hidden
                    ".page.json.part",
                    ".page.json." + dead + "-K3J2H1.part",
                    ".page.json." + dead + "-k3j2h1.part.bak",
                    ".page.json." + dead + "-k3j2h1.partial",
                    "notes.txt");
            List<String> oldUnowned = List.of(".page.json.k3j2h1.part"); // no PID, hours old
            for (String name : concat(stale, kept, oldUnowned)) {
                Files.writeString(out.resolve(name), "partial");
            }
            Files.setLastModifiedTime(out.resolve(stale.get(3)), FileTime.from(hoursAgo));
            Files.setLastModifiedTime(out.resolve(oldUnowned.get(0)), FileTime.from(hoursAgo));

            Cli.Run run = Cli.run("export", "-q", "-f", FORMATS, "-o", out.toString(), page.toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            var expected = new TreeSet<>(kept);
            expected.addAll(List.of("page.pdf", "page.xlsx", "page.json"));
            assertThat(names(out)).containsExactlyInAnyOrderElementsOf(expected);
            for (String name : kept) {
                assertThat(Files.readString(out.resolve(name))).as(name).isEqualTo("partial");
            }
        } finally {
            live.destroyForcibly().waitFor();
        }
    }

    @Test
    void aBatchKilledWithSigkillLeavesWholeOutputsAndTheNextRunLeavesNoPartFile() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        String sample = Files.readString(Path.of("src/test/resources/fixtures/sample-metiers-ia.md"));
        int files = 40;
        for (int i = 0; i < files; i++) {
            // Several copies of the sample per page: each export takes long enough to be caught mid-write.
            Files.writeString(in.resolve(String.format("page-%02d.md", i)), sample + ("\n" + sample.replaceFirst("(?m)^# .*$", "")).repeat(8));
        }

        List<String> leftovers = List.of();
        for (int attempt = 0; attempt < 5 && leftovers.isEmpty(); attempt++) {
            leftovers = killMidRun(in, out);
        }
        assertThat(leftovers).as("part files left by the killed run (else the kill came at a quiet moment)").isNotEmpty();
        for (String name : names(out)) {
            if (!name.startsWith(".")) {
                assertWhole(out.resolve(name));
            }
        }

        Cli.Run rerun = Cli.run("export", "-q", "-f", FORMATS, "-o", out.toString(), in.toString());

        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        List<String> names = names(out);
        assertThat(names).as("no part file left").noneMatch(n -> n.endsWith(".part"));
        assertThat(names).hasSize(files * 3);
        for (String name : names) {
            assertWhole(out.resolve(name));
        }
    }

    /** Starts the batch in a child JVM, kills it with SIGKILL once it is writing, and returns the part files left. */
    private static List<String> killMidRun(Path in, Path out) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "export", "-q", "-j", "2", "-f", FORMATS, "-o", out.toString(), in.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            // Once a few outputs are done, at the first moment a part file is being written.
            while (child.isAlive() && System.nanoTime() < deadline) {
                List<String> names = Files.isDirectory(out) ? names(out) : List.of();
                if (names.stream().filter(n -> !n.startsWith(".")).count() >= 6
                        && names.stream().anyMatch(n -> n.endsWith(".part"))) {
                    break;
                }
                Thread.sleep(2);
            }
        } finally {
            child.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hook runs
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        if (child.exitValue() != 128 + 9) {
            return List.of(); // it finished before it could be caught writing: try again
        }
        return names(out).stream().filter(n -> n.endsWith(".part")).toList();
    }

    /** A PDF ends with its trailer, a workbook is a readable ZIP with a workbook part, JSON parses. */
    private static void assertWhole(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".pdf")) {
            byte[] bytes = Files.readAllBytes(file);
            assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).as(name).isEqualTo("%PDF-");
            assertThat(new String(bytes, StandardCharsets.ISO_8859_1).strip()).as(name).endsWith("%%EOF");
        } else if (name.endsWith(".xlsx")) {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                assertThat(zip.getEntry("xl/workbook.xml")).as(name).isNotNull();
                for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                    try (InputStream entry = zip.getInputStream(entries.nextElement())) {
                        entry.transferTo(java.io.OutputStream.nullOutputStream()); // checks each CRC
                    }
                }
            }
        } else if (name.endsWith(".json")) {
            assertThat(new ObjectMapper().readTree(file.toFile()).has("careers")).as(name).isTrue();
        } else {
            throw new AssertionError("unexpected output " + name);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        Arrays.stream(lists).forEach(all::addAll);
        return all;
    }

    /** The PID of a process that has ended (and been reaped). */
    private static long deadPid() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }
}
