package dev.careers.batch;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the inputs named on the command line into files: a file stands for itself, a folder for
 * every {@code *.md} below it (in name order; symbolic links to folders are not followed, so a
 * link loop cannot trap the walk), {@code -} for standard input. A file found under a folder keeps
 * its path relative to that folder, so two {@code README.md} in different folders never write to
 * the same output.
 */
public final class Inputs {
    private Inputs() {}

    /** The inputs found, and the problems met (a missing path, an unreadable folder). */
    public record Found(List<InputFile> files, List<String> problems) {
        public Found {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    public static Found collect(List<String> arguments) {
        List<InputFile> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                files.add(InputFile.of(argument));
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                int before = files.size();
                walk(path, files, problems);
                if (files.size() == before) {
                    problems.add(argument + ": no *.md file in this folder");
                }
            } else if (Files.exists(path) || Files.isSymbolicLink(path)) {
                files.add(InputFile.of(argument));
            } else {
                problems.add(argument + ": no such file or folder");
            }
        }
        return new Found(files, problems);
    }

    private static void walk(Path folder, List<InputFile> files, List<String> problems) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")
                            && !attrs.isDirectory()) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(folder + ": cannot be listed: " + e.getMessage());
        }
        found.sort(null);
        for (Path file : found) {
            String relative = folder.relativize(file).toString().replace('\\', '/');
            files.add(new InputFile(file, file.toString(), InputFile.withoutExtension(relative)));
        }
    }
}
