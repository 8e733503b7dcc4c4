package dev.careers.parse;

import dev.careers.model.Level;
import java.util.Map;

/** Reads the level of a salary band from the first word of its label, in French or English. */
final class Levels {
    private static final Map<String, Level> FIRST_WORDS = Map.ofEntries(
            Map.entry("junior", Level.JUNIOR), Map.entry("juniors", Level.JUNIOR),
            Map.entry("debutant", Level.JUNIOR), Map.entry("debutante", Level.JUNIOR),
            Map.entry("debutants", Level.JUNIOR), Map.entry("entry", Level.JUNIOR),
            Map.entry("beginner", Level.JUNIOR), Map.entry("jr", Level.JUNIOR),
            Map.entry("confirme", Level.MID), Map.entry("confirmee", Level.MID),
            Map.entry("confirmes", Level.MID), Map.entry("confirmed", Level.MID),
            Map.entry("intermediaire", Level.MID), Map.entry("intermediate", Level.MID),
            Map.entry("mid", Level.MID), Map.entry("medior", Level.MID),
            Map.entry("senior", Level.SENIOR), Map.entry("seniors", Level.SENIOR),
            Map.entry("sr", Level.SENIOR), Map.entry("experimente", Level.SENIOR),
            Map.entry("experimentee", Level.SENIOR), Map.entry("experimentes", Level.SENIOR),
            Map.entry("experienced", Level.SENIOR),
            Map.entry("lead", Level.LEAD), Map.entry("principal", Level.LEAD),
            Map.entry("staff", Level.LEAD), Map.entry("expert", Level.LEAD),
            Map.entry("experte", Level.LEAD), Map.entry("head", Level.LEAD),
            Map.entry("freelance", Level.FREELANCE), Map.entry("freelancer", Level.FREELANCE),
            Map.entry("independant", Level.FREELANCE), Map.entry("independante", Level.FREELANCE),
            Map.entry("independent", Level.FREELANCE), Map.entry("tjm", Level.FREELANCE),
            Map.entry("contractor", Level.FREELANCE));

    private Levels() {}

    static Level of(String label) {
        String[] words = Words.split(Words.fold(label));
        return words.length == 0 ? Level.OTHER : FIRST_WORDS.getOrDefault(words[0], Level.OTHER);
    }
}
