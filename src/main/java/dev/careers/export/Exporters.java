package dev.careers.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * The exporters available to a run: the built-in ones found with {@link ServiceLoader} and those
 * of plugin jars. Immutable once built; safe to share across threads.
 *
 * <p>A plugin that cannot be loaded (a missing class, a constructor that throws) does not stop the
 * others: it is kept in {@link #problems()} with the jar and class it concerns.
 */
public final class Exporters {
    private static final String SERVICE_FILE = "META-INF/services/" + Exporter.class.getName();

    /** An exporter and where it came from ("built-in" or the jar's path). */
    public record Entry(Exporter exporter, String origin) {}

    private final Map<String, Entry> byFormat;
    private final List<String> problems;

    private Exporters(Map<String, Entry> byFormat, List<String> problems) {
        this.byFormat = byFormat;
        this.problems = List.copyOf(problems);
    }

    /** The exporters found on the class path of careers itself. */
    public static Exporters builtIn() {
        return withPlugins(List.of());
    }

    /**
     * The built-in exporters plus those of every {@code *.jar} in the given folders.
     *
     * @throws UncheckedIOException when a folder cannot be listed
     */
    public static Exporters withPlugins(Collection<Path> pluginFolders) {
        var byFormat = new LinkedHashMap<String, Entry>();
        var problems = new ArrayList<String>();
        loadBuiltIn(byFormat, problems);
        for (Path folder : pluginFolders) {
            for (Path jar : jarsIn(folder)) {
                loadPlugin(jar, byFormat, problems);
            }
        }
        return new Exporters(byFormat, problems);
    }

    private static void loadBuiltIn(Map<String, Entry> byFormat, List<String> problems) {
        var iterator = ServiceLoader.load(Exporter.class, Exporters.class.getClassLoader()).iterator();
        while (true) {
            try {
                if (!iterator.hasNext()) {
                    break;
                }
                add(iterator.next(), "built-in", byFormat, problems);
            } catch (ServiceConfigurationError e) {
                problems.add("built-in exporter could not be loaded: " + e.getMessage());
            }
        }
    }

    private static List<Path> jarsIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new UncheckedIOException(
                    new IOException("plugin folder " + folder + " does not exist or is not a folder"));
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list plugin folder " + folder, e);
        }
    }

    // Reads the jar's own service file rather than asking ServiceLoader, which would also return
    // the built-in providers through the parent loader and could not say which jar failed.
    private static void loadPlugin(Path jar, Map<String, Entry> byFormat, List<String> problems) {
        URLClassLoader loader;
        List<String> classNames;
        try {
            loader = new URLClassLoader(
                    "plugin " + jar.getFileName(),
                    new URL[] {jar.toUri().toURL()},
                    Exporters.class.getClassLoader());
            URL services = loader.findResource(SERVICE_FILE);
            if (services == null) {
                problems.add("plugin " + jar + " has no " + SERVICE_FILE);
                return;
            }
            classNames = readServiceFile(services);
        } catch (IOException e) {
            problems.add("plugin " + jar + " cannot be read: " + e.getMessage());
            return;
        }
        for (String className : classNames) {
            try {
                Class<?> type = Class.forName(className, true, loader);
                var exporter = (Exporter) type.getConstructor().newInstance();
                add(exporter, jar.toString(), byFormat, problems);
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                problems.add("plugin " + jar + ": exporter " + className + " could not be loaded: "
                        + cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
            }
        }
    }

    private static List<String> readServiceFile(URL services) throws IOException {
        var names = new ArrayList<String>();
        try (var reader = new BufferedReader(
                new InputStreamReader(services.openStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int comment = line.indexOf('#');
                String name = (comment >= 0 ? line.substring(0, comment) : line).strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static void add(
            Exporter exporter, String origin, Map<String, Entry> byFormat, List<String> problems) {
        String format;
        try {
            format = exporter.format();
        } catch (RuntimeException e) {
            problems.add(origin + ": exporter " + exporter.getClass().getName()
                    + " failed to name its format: " + e);
            return;
        }
        Entry existing = byFormat.get(format);
        if (existing != null) {
            problems.add(origin + ": format '" + format + "' of " + exporter.getClass().getName()
                    + " ignored, already provided by " + existing.origin());
            return;
        }
        byFormat.put(format, new Entry(exporter, origin));
    }

    /**
     * Calls {@link Exporter#prepare()} of each exporter on a background thread of its own and
     * returns at once: a short run spends that time reading its inputs on this thread, and one
     * exporter's long preparation (POI's) does not hold up another's.
     */
    public static void prepareInBackground(List<Exporter> exporters) {
        for (Exporter exporter : exporters) {
            Thread thread = new Thread(() -> prepare(exporter), "careers-prepare-" + exporter.format());
            thread.setDaemon(true);
            thread.start();
        }
    }

    // One that throws all the same is not reported from this thread: the export fails again, and reports it.
    private static void prepare(Exporter exporter) {
        try {
            exporter.prepare();
        } catch (RuntimeException | LinkageError e) {
            return;
        }
    }

    /** Every exporter, built-in first, then plugins in jar name order. */
    public List<Entry> entries() {
        return List.copyOf(byFormat.values());
    }

    /** The format names, in {@link #entries()} order. */
    public List<String> formats() {
        return List.copyOf(byFormat.keySet());
    }

    /** Problems met while loading plugins, one sentence each. */
    public List<String> problems() {
        return problems;
    }

    /** The exporter of a format, if there is one. */
    public Optional<Exporter> find(String format) {
        return Optional.ofNullable(byFormat.get(format)).map(Entry::exporter);
    }

    /**
     * The exporter of a format.
     *
     * @throws ExportException naming the format and the available ones when there is none
     */
    public Exporter get(String format) {
        return find(format).orElseThrow(() -> new ExportException(
                "unknown format '" + format + "'; available: " + String.join(", ", formats())));
    }
}
