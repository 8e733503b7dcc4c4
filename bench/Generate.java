import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates benchmark inputs from career pages: the given ones, else input/*.md (run with the
 * source launcher).
 *
 * <pre>
 * java bench/Generate.java catalogue OUT.md N [PAGE.md...]     one file of N careers
 * java bench/Generate.java batch OUT_DIR N [PAGE.md...]        N files of 3 to 4 careers each
 * </pre>
 *
 * Careers are copied from the samples with numbered names and shifted amounts, so no two are the
 * same but every one parses like a real page. Deterministic: same arguments, same bytes.
 */
public final class Generate {
    private static final Pattern AMOUNT = Pattern.compile("(\\d+)k");

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: Generate catalogue OUT.md N [PAGE.md...] | batch OUT_DIR N [PAGE.md...]");
            System.exit(2);
        }
        List<Path> sources = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            sources.add(Path.of(args[i]));
        }
        if (sources.isEmpty()) {
            try (var files = Files.list(Path.of("input"))) {
                files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(sources::add);
            }
        }
        List<Page> pages = new ArrayList<>();
        for (Path p : sources) {
            pages.add(Page.read(p));
        }
        int n = Integer.parseInt(args[2]);
        if (args[0].equals("catalogue")) {
            var out = new StringBuilder("# Catalogue of ").append(n).append(" careers\n\n");
            List<String> all = new ArrayList<>();
            pages.forEach(p -> all.addAll(p.careers));
            for (int i = 0; i < n; i++) {
                out.append(vary(all.get(i % all.size()), i)).append('\n');
            }
            Files.writeString(Path.of(args[1]), out, StandardCharsets.UTF_8);
        } else {
            Path dir = Files.createDirectories(Path.of(args[1]));
            for (int i = 0; i < n; i++) {
                Page page = pages.get(i % pages.size());
                var out = new StringBuilder(page.title.strip()).append(" (").append(i).append(")\n\n");
                for (String career : page.careers) {
                    out.append(vary(career, i)).append('\n');
                }
                Files.writeString(dir.resolve(String.format("page-%04d-%s", i, page.name)), out,
                        StandardCharsets.UTF_8);
            }
        }
    }

    /** The career with its name numbered and its amounts shifted by a few k. */
    private static String vary(String career, int i) {
        int eol = career.indexOf('\n');
        String heading = career.substring(0, eol).replace("**", "").strip() + " " + (i + 1);
        Matcher m = AMOUNT.matcher(career.substring(eol));
        var body = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(body, (Integer.parseInt(m.group(1)) + i % 13) + "k");
        }
        m.appendTail(body);
        return heading + body;
    }

    private record Page(String name, String title, List<String> careers) {
        static Page read(Path file) throws IOException {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String[] parts = text.split("(?m)^(?=## )");
            List<String> careers = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                if (parts[i].matches("(?is)## *(references|sources|bibliograph).*")) {
                    continue; // the page's sources, not a career
                }
                // Separators and the page's quoted sources stay out of the copies.
                careers.add(parts[i].replaceAll("(?m)^(---|___)\\s*$|^>.*$", "").strip() + "\n");
            }
            String title = parts[0].lines().filter(l -> l.startsWith("# ")).findFirst().orElse("# Careers");
            return new Page(file.getFileName().toString(), title, careers);
        }
    }
}
