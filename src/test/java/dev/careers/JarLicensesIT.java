package dev.careers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 5: the shaded jar keeps our licence and, per bundled artifact, every licence and
 * notice file that artifact's own jar ships, byte for byte, plus a THIRD-PARTY list that names them all.
 */
class JarLicensesIT {
    private static final Pattern LICENCE_FILE =
            Pattern.compile("META-INF/[^/]*(licen[cs]e|notice|MPL-|LGPL-)[^/]*", Pattern.CASE_INSENSITIVE);

    /** A bundled artifact as its pom.properties names it. */
    record Artifact(String groupId, String artifactId, String version) {
        String coordinates() {
            return groupId + ":" + artifactId;
        }
    }

    private static JarFile jar;

    @BeforeAll
    static void openJar() throws IOException {
        Path path = Path.of(System.getProperty("careers.jar", "target/careers.jar"));
        assertThat(path).as("the packaged jar").exists();
        jar = new JarFile(path.toFile());
    }

    @Test
    void ourLicenceIsTheJarsLicence() throws IOException {
        assertThat(bytes(jar, "META-INF/LICENSE")).isEqualTo(Files.readAllBytes(Path.of("LICENSE")));
        List<String> topLevel = jar.stream().map(ZipEntry::getName)
                .filter(n -> LICENCE_FILE.matcher(n).matches()).toList();
        assertThat(topLevel).as("no other licence or notice at the top of META-INF, where jars would overwrite "
                + "each other's").containsExactly("META-INF/LICENSE");
    }

    @Test
    void everyBundledArtifactHasItsOwnLicenceFolder() throws IOException {
        List<Artifact> artifacts = bundled(jar);
        assertThat(artifacts).extracting(Artifact::artifactId).contains("picocli", "jackson-core", "openpdf");
        for (Artifact artifact : artifacts) {
            String folder = "META-INF/licenses/" + artifact.artifactId() + "/";
            List<String> files = jar.stream().map(ZipEntry::getName)
                    .filter(n -> n.startsWith(folder) && !n.endsWith("/")).toList();
            assertThat(files).as(artifact.coordinates() + " licence files").isNotEmpty();
            assertThat(files).as(artifact.coordinates() + " has a licence text")
                    .anyMatch(n -> n.matches("(?i).*/[^/]*(licen[cs]e|MPL-|LGPL-)[^/]*"));
            for (String file : files) {
                assertThat(bytes(jar, file)).as(file).isNotEmpty();
            }
        }
        List<String> folders = jar.stream().map(ZipEntry::getName)
                .filter(n -> n.matches("META-INF/licenses/[^/]+/")).map(n -> n.split("/")[2]).toList();
        assertThat(folders).as("licence folders without a bundled artifact (left in target/licenses? ./mvnw clean)")
                .containsExactlyInAnyOrderElementsOf(artifacts.stream().map(Artifact::artifactId).toList());
    }

    @Test
    void eachLicenceAndNoticeAnArtifactShipsIsKeptByteForByte() throws IOException {
        Map<Artifact, Path> onClasspath = dependencyJars();
        for (Artifact artifact : bundled(jar)) {
            Path original = onClasspath.get(artifact);
            try (JarFile dependency = new JarFile(original.toFile())) {
                for (ZipEntry entry : Collections.list(dependency.entries())) {
                    if (LICENCE_FILE.matcher(entry.getName()).matches()) {
                        String kept = "META-INF/licenses/" + artifact.artifactId() + "/"
                                + entry.getName().substring("META-INF/".length());
                        assertThat(jar.getEntry(kept)).as(kept).isNotNull();
                        assertThat(bytes(jar, kept)).as(kept).isEqualTo(bytes(dependency, entry.getName()));
                    }
                }
            }
        }
    }

    @Test
    void theThirdPartyListNamesEveryBundledArtifactWithItsVersion() throws IOException {
        String list = new String(bytes(jar, "META-INF/licenses/THIRD-PARTY.txt"), StandardCharsets.UTF_8);
        Map<String, String> listed = new TreeMap<>();
        for (String line : list.split("\n")) {
            String[] cells = line.split(" \\| ");
            if (cells.length == 4 && cells[0].contains(":")) {
                listed.put(cells[0], cells[1]);
                assertThat(cells[3]).as(line).isEqualTo(cells[0].substring(cells[0].indexOf(':') + 1));
            }
        }
        Map<String, String> bundled = new TreeMap<>();
        for (Artifact artifact : bundled(jar)) {
            bundled.put(artifact.coordinates(), artifact.version());
        }
        assertThat(listed).as("src/main/licenses/THIRD-PARTY.txt against the jar").isEqualTo(bundled);
    }

    /**
     * The artifacts shaded into the jar: the jars on the test class path (Maven's repository
     * layout gives their coordinates; picocli's jar has no pom.properties) whose classes are in it.
     */
    private static List<Artifact> bundled(JarFile jar) throws IOException {
        List<Artifact> artifacts = new ArrayList<>();
        for (Map.Entry<Artifact, Path> dependency : dependencyJars().entrySet()) {
            try (JarFile original = new JarFile(dependency.getValue().toFile())) {
                String someClass = original.stream().map(ZipEntry::getName)
                        .filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/") && !n.endsWith("module-info.class"))
                        .findFirst().orElse(null);
                if (someClass != null && jar.getEntry(someClass) != null) {
                    artifacts.add(dependency.getKey());
                }
            }
        }
        return artifacts;
    }

    /** The jars of the local repository on the class path, by coordinates. */
    private static Map<Artifact, Path> dependencyJars() {
        Map<Artifact, Path> jars = new TreeMap<>(java.util.Comparator.comparing(Artifact::coordinates));
        for (String element : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(element).toAbsolutePath();
            int repository = -1;
            for (int i = 0; i < path.getNameCount(); i++) {
                if (path.getName(i).toString().equals("repository")) {
                    repository = i;
                }
            }
            if (!element.endsWith(".jar") || repository < 0 || path.getNameCount() - repository < 5) {
                continue;
            }
            int count = path.getNameCount();
            String version = path.getName(count - 2).toString();
            String artifactId = path.getName(count - 3).toString();
            String groupId = path.subpath(repository + 1, count - 3).toString().replace(java.io.File.separatorChar, '.');
            jars.put(new Artifact(groupId, artifactId, version), path);
        }
        return jars;
    }

    private static byte[] bytes(JarFile file, String name) throws IOException {
        ZipEntry entry = file.getEntry(name);
        assertThat(entry).as(name + " in " + file.getName()).isNotNull();
        try (InputStream in = file.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }
}
