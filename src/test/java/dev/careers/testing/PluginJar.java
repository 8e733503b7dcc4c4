package dev.careers.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * Builds a plugin jar the way a third party would: compiles sources against careers' classes
 * only (not the test class path) and writes a jar with its service file.
 */
public final class PluginJar {
    private PluginJar() {}

    /**
     * Compiles the given sources (file name → Java source) and writes {@code jar}.
     *
     * @param serviceClasses class names for META-INF/services/dev.careers.export.Exporter
     */
    public static Path build(Path work, Path jar, Map<String, String> sources, List<String> serviceClasses)
            throws IOException {
        Path src = Files.createDirectories(work.resolve("src"));
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", "target/classes",
                "--release", "17", "-nowarn"));
        for (var source : sources.entrySet()) {
            Path file = src.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            args.add(file.toString());
        }
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, System.err, args.toArray(String[]::new));
        if (status != 0) {
            throw new AssertionError("plugin sources did not compile: " + sources.keySet());
        }
        try (OutputStream file = Files.newOutputStream(jar); var out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("META-INF/services/dev.careers.export.Exporter"));
            out.write((String.join("\n", serviceClasses) + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            try (Stream<Path> walk = Files.walk(classes)) {
                for (Path c : walk.filter(Files::isRegularFile).sorted().toList()) {
                    out.putNextEntry(new JarEntry(classes.relativize(c).toString().replace('\\', '/')));
                    out.write(Files.readAllBytes(c));
                    out.closeEntry();
                }
            }
        }
        return jar;
    }
}
