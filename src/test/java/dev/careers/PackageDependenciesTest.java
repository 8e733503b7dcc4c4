package dev.careers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The map of the code holds: no package of careers reaches itself through the packages it uses
 * (issue 17, STYLE §12), and a plugin needs only the contract. Read from the sources, imports and
 * qualified names in code alike (comments and strings left out), so it runs in milliseconds.
 */
class PackageDependenciesTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Path EXAMPLE_PLUGIN = Path.of("examples/csv-exporter/src/main/java");
    // A name of careers up to its first type (upper case) or a wildcard: "dev.careers.export.pdf".
    private static final Pattern REFERENCE =
            Pattern.compile("\\bdev\\.careers((?:\\.[a-z_][a-z0-9_]*)*)\\.(?:[A-Z]|\\*)");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        Map<String, Set<String>> uses = dependencies(MAIN);
        assertThat(uses).as("packages found").containsKeys("dev.careers", "dev.careers.cli", "dev.careers.model");
        assertThat(uses.get("dev.careers.cli")).as("what the CLI uses").contains("dev.careers.batch");
        assertThat(cycles(uses)).as("package cycles in %s", MAIN).isEmpty();
    }

    // The map of the root package-info and the README ("How the code is laid out"), top to bottom.
    private static final List<String> MAP = List.of("dev.careers.cli", "dev.careers.batch", "dev.careers",
            "dev.careers.parse", "dev.careers.export.pdf", "dev.careers.export.xlsx", "dev.careers.export.json",
            "dev.careers.export", "dev.careers.export.internal", "dev.careers.io", "dev.careers.model");

    @Test
    void eachPackageUsesOnlyPackagesBelowItInTheMap() {
        Map<String, Set<String>> uses = dependencies(MAIN);
        assertThat(MAP).as("the map in dev/careers/package-info.java and the README")
                .containsExactlyInAnyOrderElementsOf(uses.keySet());
        List<String> upward = new ArrayList<>();
        uses.forEach((user, used) -> used.stream()
                .filter(p -> MAP.indexOf(p) <= MAP.indexOf(user))
                .forEach(p -> upward.add(user + " -> " + p)));
        assertThat(upward).as("dependencies that point up the map").isEmpty();
        assertThat(uses.get("dev.careers.model")).isEmpty();
    }

    @Test
    void theExamplePluginNeedsOnlyTheContractAndTheModel() {
        Set<String> used = new TreeSet<>();
        dependencies(EXAMPLE_PLUGIN).values().forEach(used::addAll);
        assertThat(used).contains("dev.careers.export").isSubsetOf("dev.careers.export", "dev.careers.model");
    }

    @Test
    void theCycleCheckFindsACycle() {
        Map<String, Set<String>> uses = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a", "d"),
                "d", Set.of());
        assertThat(cycles(uses)).containsExactly("a -> b -> c -> a");
        assertThat(cycles(Map.of("a", Set.of("b"), "b", Set.of()))).isEmpty();
    }

    @Test
    void referencesInCommentsAndStringsDoNotCount() {
        String source = "package a;\n// dev.careers.x.Y\n/* dev.careers.y.Z */\nclass A { String s = \"dev.careers.z.W\";"
                + " char c = '\"'; dev.careers.model.Level level; }";
        assertThat(references(source)).containsExactly("dev.careers.model");
    }

    /** Each package of the sources under a folder and the other packages of careers it uses. */
    static Map<String, Set<String>> dependencies(Path root) {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                Matcher declared = PACKAGE.matcher(source);
                if (!declared.find()) {
                    throw new AssertionError(file + " declares no package");
                }
                String name = declared.group(1);
                Set<String> used = uses.computeIfAbsent(name, n -> new TreeSet<>());
                references(source).stream().filter(p -> !p.equals(name)).forEach(used::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sources under " + root.toAbsolutePath(), e);
        }
        if (uses.isEmpty()) {
            throw new AssertionError("no Java source under " + root.toAbsolutePath());
        }
        return uses;
    }

    /** The packages of careers a source names in its code (imports, qualified names). */
    static Set<String> references(String source) {
        Set<String> packages = new TreeSet<>();
        Matcher reference = REFERENCE.matcher(codeOnly(source));
        while (reference.find()) {
            packages.add("dev.careers" + reference.group(1));
        }
        return packages;
    }

    /** The source with comments, string, text block and character literals blanked out. */
    static String codeOnly(String source) {
        var code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            int end;
            if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i + 2);
                end = end < 0 ? -1 : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                end = closing(source, i + 3, "\"\"\"");
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                end = closing(source, i + 1, String.valueOf(source.charAt(i)));
            } else {
                code.append(source.charAt(i++));
                continue;
            }
            end = end < 0 ? source.length() : end;
            code.append(' ');
            i = end;
        }
        return code.toString();
    }

    // The index after the closing quote, skipping escaped characters; -1 when it never closes.
    private static int closing(String source, int from, String quote) {
        for (int i = from; i < source.length(); i++) {
            if (source.charAt(i) == '\\') {
                i++;
            } else if (source.startsWith(quote, i)) {
                return i + quote.length();
            }
        }
        return -1;
    }

    /**
     * The cycles of a dependency graph, one per strongly connected group of packages, each written
     * as a path that comes back to its start ("a -> b -> a"), starting at its smallest name.
     */
    static List<String> cycles(Map<String, Set<String>> uses) {
        List<String> cycles = new ArrayList<>();
        Set<String> reported = new TreeSet<>();
        for (String start : new TreeSet<>(uses.keySet())) {
            if (reported.contains(start)) {
                continue;
            }
            List<String> path = pathBack(start, start, uses, new ArrayList<>(), new TreeSet<>());
            if (path != null) {
                reported.addAll(path);
                cycles.add(start + " -> " + String.join(" -> ", path));
            }
        }
        return cycles;
    }

    // A path from `from` to `target` through what the packages use (depth first, names in order).
    private static List<String> pathBack(String from, String target, Map<String, Set<String>> uses,
            List<String> path, Set<String> visited) {
        for (String next : new TreeSet<>(uses.getOrDefault(from, Set.of()))) {
            path.add(next);
            if (next.equals(target)) {
                return path;
            }
            if (visited.add(next)) {
                List<String> found = pathBack(next, target, uses, path, visited);
                if (found != null) {
                    return found;
                }
            }
            path.remove(path.size() - 1);
        }
        return null;
    }
}
