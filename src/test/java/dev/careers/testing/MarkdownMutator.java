package dev.careers.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Makes fuzz inputs from the fixture corpus ({@code src/test/resources/fixtures/*.md} and
 * {@code input/*.md}): byte-level mutations (bit flips, truncation, random bytes, invalid UTF-8,
 * BOMs, line endings), Markdown-aware mutations (lines duplicated, shuffled or deleted, deep
 * nesting, extreme salary lines, unbalanced emphasis, HTML and images in headings) and random
 * career pages. Deterministic for a given {@link Random}. Immutable once built.
 */
public final class MarkdownMutator {
    /** Images that {@link #writeImages} creates in the base folder, named by generated pages. */
    public static final List<String> IMAGES = List.of(
            "logo.png", "broken.png", "truncated.png", "zero.png", "huge.png", "fake.jpg", "empty.png", "folder.png");

    private static final String[] ODD_PATHS = {
        "", " ", ".", "/", "..", "../../../../etc/passwd", "/dev/zero", "/proc/self/mem", "C:\\logo.png",
        "file:///etc/passwd", "http://example.invalid/x.png", "//host/share.png", "data:image/png;base64,iVBORw0K",
        "logo.png?x=1#y", "%2e%2e/logo.png", "logo .png", "lo\tgo.png", "missing/logo.png", "logo.png/", "~/logo.png",
        "ｌｏｇｏ.png", "a".repeat(300) + ".png",
    };
    private static final String[] SECTION_HEADINGS = {
        "Rôle", "Role", "Missions", "Responsabilités", "Responsibilities", "Salaire", "Salary", "Rémunération",
        "Compensation", "Salaire (France)", "Salary (US, remote)", "Contraintes", "Constraints", "Challenges",
        "Difficultés", "Environnements de travail", "Work environments", "Demande", "Company demand",
        "Demande entreprises", "Sources", "Références", "Bibliographie", "Sources et liens utiles",
        "Références (2024) complémentaires", "Salaire et avantages", "Rôle du poste", "Salaie", "ROLE", "1. Rôle", "Autre chose",
    };
    private static final String[] AMOUNTS = {
        "45 000", "45k", "45 k", "999999999999999999999k", "1e309", "-5k", "0", "NaN", "∞", "12,5k", "12.5k",
        "１２０k", "٤٥٠٠٠", "45\u00a0000", "45\u202f000", "9223372036854775808", "0.0000001k", "1,000,000,000", "k",
        "45 000 – 30 000", "30k-45k", "30k à 45k", "de 30 000 à 45 000", "> 100k", "~60k", "60k+",
    };
    private static final String[] CURRENCIES = {
        "€", "$", "£", "¥", "₿", "₹", "₩", "¤", "₽", "CHF", "EUR", "USD", "k€", "K€", "€/an", "$/yr", "€ brut/an",
        "€/mois", "€ par jour", "💶", "\u200b€", "", "%",
    };
    private static final String[] INLINE = {
        "**", "*", "_", "__", "`", "``", "~~", "[", "](", ")", "<", ">", "&amp;", "&#0;", "&#x1F600;", "\\", "<b>",
        "</b>", "<!--", "-->", "<br>", "<img src=\"logo.png\">", "\u202e", "\u0301", "\ud83d\ude00", "\u00ad",
        "\ufeff", "\u2028", "\t", "\f", "\u0007", "\u001b[31m",
    };
    private static final String[] LETTERS = "abcdefghijklmnopqrstuvwxyzéèàçœßøåñüöäłžšıİ".split("");

    private final List<byte[]> corpus;

    private MarkdownMutator(List<byte[]> corpus) {
        if (corpus.isEmpty()) {
            throw new IllegalStateException("the fuzz corpus is empty: no fixtures/*.md nor input/*.md found");
        }
        this.corpus = List.copyOf(corpus);
    }

    /** A mutator seeded from the fixtures and the sample inputs of the project. */
    public static MarkdownMutator fromProjectCorpus() {
        List<byte[]> corpus = new ArrayList<>();
        for (Path dir : List.of(Path.of("src/test/resources/fixtures"), Path.of("input"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                    corpus.add(Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the fuzz corpus in " + dir, e);
            }
        }
        return new MarkdownMutator(corpus);
    }

    /** The number of seed files. */
    public int corpusSize() {
        return corpus.size();
    }

    /**
     * Writes the images that generated pages name: a valid PNG, and files that only look like
     * images (a valid header over garbage, a truncated PNG, 0 × 0 pixels…).
     */
    public static void writeImages(Path dir, byte[] validPng) throws IOException {
        Files.write(dir.resolve("logo.png"), validPng);
        byte[] broken = Arrays.copyOf(validPng, validPng.length);
        for (int i = 33; i < broken.length; i += 7) {
            broken[i] ^= 0x5A;
        }
        Files.write(dir.resolve("broken.png"), broken);
        Files.write(dir.resolve("truncated.png"), Arrays.copyOf(validPng, Math.min(validPng.length, 40)));
        Files.write(dir.resolve("zero.png"), png(0, 0));
        Files.write(dir.resolve("huge.png"), png(9_999, 4_000));
        Files.write(dir.resolve("fake.jpg"), new byte[] {
            (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC0, 0, 17, 8, 0, 16, 0, 16, 3, 1, 0x22, 0, 2, 0x11, 1, 3,
            0x11, 1, (byte) 0xFF, (byte) 0xDA, 0, 2, 1, 2, 3, 4, 5, 6, 7});
        Files.write(dir.resolve("empty.png"), new byte[0]);
        Files.createDirectories(dir.resolve("folder.png"));
    }

    private static byte[] png(int width, int height) {
        byte[] b = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            (byte) (width >>> 24), (byte) (width >>> 16), (byte) (width >>> 8), (byte) width,
            (byte) (height >>> 24), (byte) (height >>> 16), (byte) (height >>> 8), (byte) height,
            8, 6, 0, 0, 0, 0, 0, 0, 0};
        return b;
    }

    /** Any kind of input: byte-level, Markdown-aware or random, sometimes stacked. */
    public byte[] next(Random r) {
        int kind = r.nextInt(10);
        if (kind < 3) {
            return mutateBytes(pick(r), r, 1 + r.nextInt(4));
        } else if (kind < 7) {
            return utf8(mutateText(text(pick(r)), r, 1 + r.nextInt(5)));
        } else if (kind < 9) {
            return utf8(mutateText(randomPage(r), r, r.nextInt(3)));
        }
        return mutateBytes(utf8(mutateText(text(pick(r)), r, 1 + r.nextInt(3))), r, 1 + r.nextInt(2));
    }

    /** Text inputs only (valid UTF-8): Markdown-aware mutations and random pages. */
    public String nextText(Random r) {
        return r.nextInt(3) == 0 ? mutateText(randomPage(r), r, r.nextInt(3)) : mutateText(text(pick(r)), r, 1 + r.nextInt(5));
    }

    private byte[] pick(Random r) {
        return corpus.get(r.nextInt(corpus.size()));
    }

    // ---------------------------------------------------------------- byte level

    byte[] mutateBytes(byte[] input, Random r, int times) {
        byte[] b = input;
        for (int t = 0; t < times; t++) {
            b = mutateBytesOnce(b, r);
        }
        return b;
    }

    private byte[] mutateBytesOnce(byte[] b, Random r) {
        int at = b.length == 0 ? 0 : r.nextInt(b.length + 1);
        switch (r.nextInt(12)) {
            case 0: { // bit flips
                byte[] c = b.clone();
                for (int i = 0, n = 1 + r.nextInt(8); i < n && c.length > 0; i++) {
                    c[r.nextInt(c.length)] ^= (byte) (1 << r.nextInt(8));
                }
                return c;
            }
            case 1:
                return Arrays.copyOf(b, at); // truncation, maybe inside a UTF-8 sequence
            case 2: { // random bytes, NUL included now and then
                byte[] ins = new byte[1 + r.nextInt(16)];
                r.nextBytes(ins);
                if (r.nextInt(4) != 0) {
                    for (int i = 0; i < ins.length; i++) {
                        if (ins[i] == 0) {
                            ins[i] = 1;
                        }
                    }
                }
                return insert(b, at, ins);
            }
            case 3: { // invalid or tricky UTF-8
                byte[][] seqs = {{(byte) 0xC3}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xC0, (byte) 0xAF},
                    {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80},
                    {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                    {(byte) 0xEF, (byte) 0xBF, (byte) 0xBE}, {(byte) 0xE9}};
                return insert(b, at, seqs[r.nextInt(seqs.length)]);
            }
            case 4: { // a byte order mark, or the whole page re-encoded as UTF-16
                int k = r.nextInt(4);
                if (k == 0) {
                    return insert(b, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                } else if (k == 1) {
                    return insert(b, at, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                }
                var charset = k == 2 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
                byte[] bom = k == 2 ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
                byte[] body = text(b).getBytes(charset);
                return insert(r.nextBoolean() ? body : Arrays.copyOf(body, r.nextInt(body.length + 1)), 0, bom);
            }
            case 5: { // line endings
                String s = new String(b, StandardCharsets.ISO_8859_1);
                String[] endings = {"\r\n", "\r", "\n\r", "\n\n", "\u000b", "\f"};
                String e = endings[r.nextInt(endings.length)];
                s = r.nextBoolean() ? s.replace("\n", e) : s.replaceFirst("\n", e);
                return s.getBytes(StandardCharsets.ISO_8859_1);
            }
            case 6: { // control characters
                byte[] ins = new byte[1 + r.nextInt(3)];
                for (int i = 0; i < ins.length; i++) {
                    int c = r.nextInt(33);
                    ins[i] = (byte) (c == 32 ? 0x7F : c == 0 ? 1 : c);
                }
                return insert(b, at, ins);
            }
            case 7: { // delete a range
                int end = Math.min(b.length, at + r.nextInt(64));
                byte[] c = new byte[b.length - (end - at)];
                System.arraycopy(b, 0, c, 0, at);
                System.arraycopy(b, end, c, at, b.length - end);
                return c;
            }
            case 8: { // duplicate a range
                int end = Math.min(b.length, at + r.nextInt(128));
                return insert(b, at, Arrays.copyOfRange(b, at, end));
            }
            case 9: // a Latin-1 page
                return text(b).getBytes(StandardCharsets.ISO_8859_1);
            case 10: { // a NUL byte (a refusal), or a binary signature
                if (r.nextBoolean()) {
                    return insert(b, at, new byte[] {0});
                }
                String[] magic = {"%PDF-1.7\n", "PK\u0003\u0004", "GIF89a", "\u00d0\u00cf\u0011\u00e0"};
                return insert(b, 0, magic[r.nextInt(magic.length)].getBytes(StandardCharsets.ISO_8859_1));
            }
            default: { // overwrite with an interesting byte
                byte[] c = b.clone();
                if (c.length > 0) {
                    byte[] interesting = {'\n', '\r', '#', '>', '-', '*', '|', '<', '`', 0x7F, (byte) 0xA0, (byte) 0xC2};
                    c[r.nextInt(c.length)] = interesting[r.nextInt(interesting.length)];
                }
                return c;
            }
        }
    }

    private static byte[] insert(byte[] b, int at, byte[] ins) {
        var out = new ByteArrayOutputStream(b.length + ins.length);
        out.write(b, 0, at);
        out.write(ins, 0, ins.length);
        out.write(b, at, b.length - at);
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- Markdown aware

    String mutateText(String text, Random r, int times) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        for (int t = 0; t < times; t++) {
            mutateLines(lines, r);
        }
        return String.join("\n", lines);
    }

    private void mutateLines(List<String> lines, Random r) {
        if (lines.isEmpty()) {
            lines.add("");
        }
        int i = r.nextInt(lines.size());
        String line = lines.get(i);
        switch (r.nextInt(16)) {
            case 0: { // duplicate a block of lines
                int end = Math.min(lines.size(), i + 1 + r.nextInt(6));
                lines.addAll(end, new ArrayList<>(lines.subList(i, end)));
                break;
            }
            case 1: { // shuffle a window
                int end = Math.min(lines.size(), i + 2 + r.nextInt(10));
                Collections.shuffle(lines.subList(i, end), r);
                break;
            }
            case 2: { // delete lines
                int end = Math.min(lines.size(), i + 1 + r.nextInt(4));
                lines.subList(i, end).clear();
                break;
            }
            case 3: { // deep block quotes
                int depth = r.nextInt(5) == 0 ? 2_000 + r.nextInt(3_000) : 1 + r.nextInt(40);
                lines.set(i, ">".repeat(depth) + (r.nextBoolean() ? " " : "") + line);
                break;
            }
            case 4: { // deep lists
                int depth = r.nextInt(5) == 0 ? 200 + r.nextInt(500) : 1 + r.nextInt(20);
                var nested = new StringBuilder();
                for (int d = 0; d < depth; d++) {
                    nested.append("  ".repeat(d)).append(r.nextBoolean() ? "- " : (d + 1) + ". ").append(word(r)).append('\n');
                }
                lines.add(i, nested.toString());
                break;
            }
            case 5: // an extreme salary line
                lines.add(i, salaryLine(r));
                break;
            case 6: { // heading level changes
                String stripped = line.replaceFirst("^#+\\s*", "");
                lines.set(i, r.nextInt(8) == 0 ? stripped : "#".repeat(1 + r.nextInt(7)) + " " + stripped);
                break;
            }
            case 7: { // unbalanced inline syntax somewhere in a line
                int at = line.isEmpty() ? 0 : r.nextInt(line.length() + 1);
                lines.set(i, line.substring(0, at) + INLINE[r.nextInt(INLINE.length)] + line.substring(at));
                break;
            }
            case 8: // HTML in a heading, or an image with an odd path
                lines.add(i, htmlHeading(r));
                break;
            case 9: // a section heading (possibly misspelled) in a random place
                lines.add(i, "#".repeat(2 + r.nextInt(3)) + " " + typo(SECTION_HEADINGS[r.nextInt(SECTION_HEADINGS.length)], r));
                break;
            case 10: // a table, maybe ragged
                lines.add(i, table(r));
                break;
            case 11: // a random snippet
                lines.add(i, randomBlock(r));
                break;
            case 12: // a very long line or word
                lines.set(i, line + " " + (r.nextBoolean() ? word(r).repeat(200 + r.nextInt(2_000)) : (word(r) + " ").repeat(500)));
                break;
            case 13: // blank lines removed or added: paragraphs merge or split
                if (line.isBlank()) {
                    lines.remove(i);
                } else {
                    lines.add(i, "");
                }
                break;
            case 14: // setext underline or thematic break
                String[] rules = {"===", "---", "***", "___", "- - -", "= = ="};
                lines.add(i, rules[r.nextInt(rules.length)]);
                break;
            default: { // swap two lines
                int j = r.nextInt(lines.size());
                lines.set(i, lines.get(j));
                lines.set(j, line);
                break;
            }
        }
    }

    private String salaryLine(Random r) {
        String amount = AMOUNTS[r.nextInt(AMOUNTS.length)];
        String currency = CURRENCIES[r.nextInt(CURRENCIES.length)];
        String[] labels = {"Junior", "Senior", "Débutant", "Confirmé", "Expert", "Lead", "", "**Junior**", "Junior (0–2 ans)"};
        String[] forms = {"- %s : %s%s", "- %s: %s %s", "%s %s %s", "| %s | %s %s |", "- **%s** : %s%s", "* %s — %s%s"};
        return String.format(forms[r.nextInt(forms.length)], labels[r.nextInt(labels.length)], amount, currency);
    }

    private String htmlHeading(Random r) {
        String path = r.nextBoolean() ? IMAGES.get(r.nextInt(IMAGES.size())) : ODD_PATHS[r.nextInt(ODD_PATHS.length)];
        String[] quotes = {"\"", "'", ""};
        String q = quotes[r.nextInt(quotes.length)];
        String img = "<img src=" + q + path + q + (r.nextBoolean() ? " width=\"80\"" : "") + (r.nextBoolean() ? "/>" : ">");
        String[] forms = {
            "# " + img + " " + word(r), "# " + word(r) + " " + img, "## <b>" + word(r) + "</b> <i>" + word(r) + "</i>",
            "## " + word(r) + " <span style=\"x\">" + word(r) + "</span>", "# <h1>" + word(r) + "</h1>", img,
            "### <!-- " + word(r) + " --> " + word(r), "## " + word(r) + " <script>" + word(r) + "</script>",
            "# " + img + img, "<div>\n# " + word(r) + "\n</div>",
        };
        return forms[r.nextInt(forms.length)];
    }

    private String table(Random r) {
        int cols = 1 + r.nextInt(5);
        var t = new StringBuilder("|");
        for (int c = 0; c < cols; c++) {
            t.append(' ').append(word(r)).append(" |");
        }
        t.append("\n|").append("---|".repeat(cols + r.nextInt(3) - 1));
        for (int row = 0, rows = r.nextInt(5); row < rows; row++) {
            t.append("\n|");
            for (int c = 0, n = r.nextInt(cols + 2); c < n; c++) {
                t.append(' ').append(r.nextBoolean() ? word(r) : AMOUNTS[r.nextInt(AMOUNTS.length)] + " €").append(" |");
            }
        }
        return t.toString();
    }

    private static String typo(String heading, Random r) {
        if (heading.length() < 4 || r.nextInt(3) != 0) {
            return r.nextBoolean() ? heading : heading.toUpperCase(java.util.Locale.ROOT);
        }
        int at = r.nextInt(heading.length());
        return heading.substring(0, at) + heading.substring(at + 1);
    }

    // ---------------------------------------------------------------- random pages

    /** A random career page: a title, careers with known and unknown sections, lists, quotes. */
    public String randomPage(Random r) {
        var p = new StringBuilder();
        if (r.nextInt(5) != 0) {
            p.append("# ").append(r.nextInt(4) == 0 ? htmlHeading(r).replaceFirst("^#+ ", "") : sentence(r, 3)).append("\n\n");
        }
        for (int i = 0, n = r.nextInt(3); i < n; i++) {
            p.append(sentence(r, 12)).append("\n\n");
        }
        for (int c = 0, careers = r.nextInt(5); c < careers; c++) {
            p.append("## ").append(r.nextInt(4) == 0 ? (c + 1) + ". " : "").append(sentence(r, 3))
                    .append(r.nextInt(3) == 0 ? " (" + word(r).toUpperCase(java.util.Locale.ROOT) + ")" : "").append("\n\n");
            for (int s = 0, sections = r.nextInt(7); s < sections; s++) {
                String heading = typo(SECTION_HEADINGS[r.nextInt(SECTION_HEADINGS.length)], r);
                p.append("#".repeat(r.nextInt(6) == 0 ? 4 : 3)).append(' ').append(heading).append("\n\n");
                for (int b = 0, blocks = 1 + r.nextInt(3); b < blocks; b++) {
                    p.append(heading.startsWith("Sal") || heading.startsWith("Rém") || heading.startsWith("Comp")
                            ? salaryLine(r) : randomBlock(r)).append("\n");
                }
                p.append('\n');
            }
        }
        if (r.nextBoolean()) {
            p.append("> Sources\n> - [").append(sentence(r, 3)).append("](https://example.org/").append(word(r)).append(")\n");
        }
        return p.toString();
    }

    private String randomBlock(Random r) {
        switch (r.nextInt(10)) {
            case 0:
            case 1:
                return sentence(r, 15);
            case 2: {
                var list = new StringBuilder();
                for (int i = 0, n = 1 + r.nextInt(5); i < n; i++) {
                    list.append("  ".repeat(r.nextInt(3))).append(r.nextBoolean() ? "- " : "1. ").append(sentence(r, 6))
                            .append(r.nextInt(4) == 0 ? " : " + sentence(r, 4) : "").append('\n');
                }
                return list.toString();
            }
            case 3:
                return "> " + sentence(r, 8);
            case 4:
                return "```\n" + sentence(r, 6) + "\n```";
            case 5:
                return "[" + sentence(r, 3) + "](" + ODD_PATHS[r.nextInt(ODD_PATHS.length)].replace(" ", "") + ")";
            case 6:
                return "<div>" + sentence(r, 5) + "</div>";
            case 7:
                return salaryLine(r);
            case 8:
                return table(r);
            default:
                return "**" + word(r) + "** : " + sentence(r, 5) + (r.nextBoolean() ? "" : "**");
        }
    }

    private static String sentence(Random r, int maxWords) {
        var s = new StringBuilder();
        for (int i = 0, n = 1 + r.nextInt(maxWords); i < n; i++) {
            if (i > 0) {
                s.append(r.nextInt(10) == 0 ? ", " : " ");
            }
            s.append(r.nextInt(12) == 0 ? INLINE[r.nextInt(INLINE.length)] : "").append(word(r));
        }
        return s.toString();
    }

    /** A random word of 3 to 10 letters, sometimes accented or capitalised. */
    static String word(Random r) {
        var w = new StringBuilder();
        for (int i = 0, n = 3 + r.nextInt(8); i < n; i++) {
            w.append(i < 2 || r.nextInt(6) != 0 ? (char) ('a' + r.nextInt(26)) : LETTERS[r.nextInt(LETTERS.length)]);
        }
        return r.nextInt(4) == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w.toString();
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
