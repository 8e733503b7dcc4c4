package dev.careers.cli;

import dev.careers.export.Exporters;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/** Where plugin exporters come from: {@code --plugins} and {@code CAREERS_PLUGINS}. */
final class PluginOptions {
    private final Arg<List<Path>> folders;

    /** Declares the option in a command. */
    PluginOptions(CommandSpec spec) {
        this.folders = Arg.list(spec, Path.class, "<dir>", null, "Load exporter plugins from the jars in this "
                + "folder (repeatable; also CAREERS_PLUGINS, folders separated by ':').", "--plugins");
    }

    /** The exporters: built-in ones and those of the plugin folders given and in the environment. */
    Exporters exporters(Map<String, String> env) {
        List<Path> all = new ArrayList<>();
        String fromEnv = env.get("CAREERS_PLUGINS");
        if (fromEnv != null) {
            for (String folder : fromEnv.split(File.pathSeparator)) {
                if (!folder.isBlank()) {
                    all.add(Path.of(folder));
                }
            }
        }
        all.addAll(folders.value());
        try {
            return Exporters.withPlugins(all);
        } catch (java.io.UncheckedIOException e) {
            throw new CareersCommand.UsageException(e.getCause().getMessage());
        }
    }
}
