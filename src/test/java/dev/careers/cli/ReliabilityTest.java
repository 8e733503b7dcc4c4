package dev.careers.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.careers.export.Exporters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad input of issue 7 gets a clear answer: the documented exit code, a message naming the
 * file, no stack trace, no partial output, and the good file of the same batch fully exported.
 */
class ReliabilityTest {
    @TempDir
    Path tmp;

    /** Writes the bad input(s) into a folder and returns the arguments that name them. */
    interface Setup {
        List<String> create(Path dir) throws IOException;
    }

    /**
     * One row of the table.
     *
     * @param name what is tried
     * @param setup creates the input
     * @param exitCode the expected exit code of the batch (with a good file next to it)
     * @param message a fragment stderr must hold
     * @param outputs whether the bad input's outputs are expected (nothing lost) or must be absent
     */
    record Case(String name, Setup setup, int exitCode, String message, boolean outputs) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Setup file(String name, byte[] bytes) {
        return dir -> {
            Files.write(dir.resolve(name), bytes);
            return List.of(dir.resolve(name).toString());
        };
    }

    private static Setup file(String name, String text) {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Stream<Case> cases() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        byte[] utf16 = ("\uFEFF# Titre\n## Métier\n").getBytes(StandardCharsets.UTF_16LE);
        return Stream.of(
                new Case("empty file", file("empty.md", ""), 0, "[document.empty]", true),
                new Case("whitespace only", file("blank.md", "  \n\t\n\n"), 0, "[document.empty]", true),
                new Case("no title", file("notitle.md", "## Métier\nTexte.\n"), 0, "2 of 2 inputs exported", true),
                new Case("no careers", file("nocareer.md", "# Titre\nTexte seul.\n"), 0, "[document.no-careers]", true),
                new Case("only a title", file("title.md", "# Titre\n"), 0, "[document.no-careers]", true),
                new Case("image renamed .md", file("image.md", png), 1, "image.md: not a text file (it looks like a PNG image)", false),
                new Case("NUL bytes", file("nul.md", "# T\n## M\u0000\n"), 1, "nul.md:2: not a text file (it holds NUL bytes)", false),
                new Case("Latin-1 file", file("latin1.md", "# Titre\n## M\u00e9tier\n".getBytes(StandardCharsets.ISO_8859_1)),
                        1, "latin1.md:2:1: error: Line 2 is not valid UTF-8", true),
                new Case("UTF-16 with BOM", file("utf16.md", utf16), 0, "2 of 2 inputs exported", true),
                new Case("BOM and CRLF", file("crlf.md", "\uFEFF# T\r\n## Métier\r\nTexte.\r\n"), 0, "2 of 2 inputs exported", true),
                new Case("lone CR", file("cr.md", "# T\r## Métier\rTexte.\r"), 0, "2 of 2 inputs exported", true),
                new Case("5 MB single line", file("line.md", "# T\n## M\n" + "mot ".repeat(1_250_000) + "\n"), 0, "2 of 2 inputs exported", true),
                new Case("over --max-input-size", dir -> {
                    Files.writeString(dir.resolve("big.md"), "# T\n" + "x".repeat(3000));
                    return List.of("--max-input-size", "2k", dir.resolve("big.md").toString());
                }, 1, "big.md: the file is larger than the limit of 2048 bytes", false),
                new Case("100,000 nested block quotes", file("quotes.md", "# T\n## M\n" + ">".repeat(100_000) + " deep\n"), 0, "2 of 2 inputs exported", true),
                new Case("100,000-character word", file("word.md", "# T\n## M\n" + "a".repeat(100_000) + "\n"), 0, "2 of 2 inputs exported", true),
                new Case("control characters", file("ctrl.md", "# T\u0001\n## M\u000b\n### Salaire\n* Junior : 40k€\u0007\n"), 0, "[text.control-character]", true),
                new Case("right-to-left and CJK text", file("rtl.md", "# مهن\n## عالم البيانات\nنص. 中文。\n"), 0, "[pdf.missing-glyph]", true),
                new Case("absurd amounts", file("absurd.md", "# T\n## M\n### Salaire\n* A : 999999999999k€\n* B : 0€\n* C : -5k€\n* D : 1k€ - 2k€ - 3k€\n"), 0, "[salary.implausible]", true),
                new Case("missing input", dir -> List.of(dir.resolve("absent.md").toString()), 1, "absent.md: no such file or folder", false),
                new Case("dangling symbolic link", dir -> {
                    Files.createSymbolicLink(dir.resolve("link.md"), dir.resolve("gone.md"));
                    return List.of(dir.resolve("link.md").toString());
                }, 1, "link.md: no such file", false),
                new Case("folder with no Markdown", dir -> {
                    Files.createDirectories(dir.resolve("empty-folder"));
                    return List.of(dir.resolve("empty-folder").toString());
                }, 1, "empty-folder: no *.md file in this folder", false),
                new Case("symbolic link loop", dir -> {
                    Path loop = Files.createDirectories(dir.resolve("loop"));
                    Files.writeString(loop.resolve("page.md"), "# T\n## M\n");
                    Files.createSymbolicLink(loop.resolve("self"), loop);
                    return List.of(loop.toString());
                }, 0, "2 of 2 inputs exported", true),
                new Case("two inputs mapping to one output", dir -> {
                    Files.createDirectories(dir.resolve("x"));
                    Files.createDirectories(dir.resolve("y"));
                    Files.writeString(dir.resolve("x/same.md"), "# X\n## M\n");
                    Files.writeString(dir.resolve("y/same.md"), "# Y\n## M\n");
                    return List.of(dir.resolve("x/same.md").toString(), dir.resolve("y/same.md").toString());
                }, 1, "would overwrite those of", true));
    }

    @org.junit.jupiter.api.Test
    void readOnlyOutputIsLeftUnchangedAndReported() throws IOException {
        Path md = tmp.resolve("page.md");
        Files.writeString(md, "# T\n## Métier\n");
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path json = out.resolve("page.json");
        Files.writeString(json, "kept");
        Files.setPosixFilePermissions(json, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        Cli.Run run = Cli.run("export", "-f", "json", "-o", out.toString(), md.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("page.json: the existing file is read-only; it was left unchanged");
        assertThat(Files.readString(json)).isEqualTo("kept");
    }

    @org.junit.jupiter.api.Test
    void outputFolderThatCannotBeCreatedIsReported() throws IOException {
        Path md = tmp.resolve("page.md");
        Files.writeString(md, "# T\n## Métier\n");
        Files.writeString(tmp.resolve("blocker"), "a file where a folder should be");
        for (String output : List.of("blocker", "blocker/sub")) {
            Cli.Run run = Cli.run("export", "-f", "json", "-o", tmp.resolve(output).toString(), md.toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("blocker: is a file, not a folder").doesNotContain("\tat ");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputGetsAClearAnswerAndTheGoodFileIsExported(Case c) throws IOException {
        if (c.name().contains("symbolic")) {
            assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "symbolic links");
        }
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        Files.writeString(in.resolve("good.md"), "# Bon\n## Métier\n### Salaire\n* Junior : 40k€ - 50k€\n");
        List<String> formats = Exporters.builtIn().formats();
        List<String> args = new ArrayList<>(List.of("export", "-f", String.join(",", formats), "-o", out.toString()));
        args.addAll(c.setup().create(in));
        args.add(in.resolve("good.md").toString());

        Cli.Run run = Cli.run(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(c.exitCode());
        assertThat(run.err()).contains(c.message()).doesNotContain("\tat ").doesNotContain("Exception:");
        for (String format : formats) {
            assertThat(out.resolve("good." + format)).as("good file's " + format).isNotEmptyFile();
        }
        try (Stream<Path> files = Files.walk(out)) {
            List<String> names = files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()).toList();
            assertThat(names).as("no temporary file left").noneMatch(n -> n.endsWith(".part"));
            long others = names.stream().filter(n -> !n.startsWith("good.")).count();
            if (c.outputs()) {
                assertThat(others).as("outputs of the bad input: " + names).isGreaterThanOrEqualTo(formats.size());
            } else {
                assertThat(others).as("outputs of the bad input: " + names).isZero();
            }
        }
    }
}
