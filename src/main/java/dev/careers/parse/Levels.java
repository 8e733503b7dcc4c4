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
            Map.entry("contractor", Level.FREELANCE),
            // Entry words of the six languages
            Map.entry("fresher", Level.JUNIOR), Map.entry("freshers", Level.JUNIOR),
            Map.entry("trainee", Level.JUNIOR), Map.entry("intern", Level.JUNIOR),
            Map.entry("internship", Level.JUNIOR), Map.entry("graduate", Level.JUNIOR),
            Map.entry("stagiaire", Level.JUNIOR), Map.entry("alternant", Level.JUNIOR),
            Map.entry("apprenti", Level.JUNIOR), Map.entry("principiante", Level.JUNIOR),
            Map.entry("estagiario", Level.JUNIOR), Map.entry("einsteiger", Level.JUNIOR),
            Map.entry("berufseinsteiger", Level.JUNIOR), Map.entry("azubi", Level.JUNIOR),
            Map.entry("auszubildende", Level.JUNIOR), Map.entry("praktikant", Level.JUNIOR),
            Map.entry("tirocinante", Level.JUNIOR), Map.entry("stagista", Level.JUNIOR),
            // The first grade of a uniformed service: a firefighter or police officer on probation
            Map.entry("recruit", Level.JUNIOR), Map.entry("probationary", Level.JUNIOR), Map.entry("cadet", Level.JUNIOR),
            // The grades of a trade: apprentice, then journeyman ("Geselle")
            Map.entry("apprentice", Level.JUNIOR), Map.entry("journeyman", Level.MID),
            Map.entry("journeyperson", Level.MID), Map.entry("geselle", Level.MID),
            Map.entry("pleno", Level.MID), Map.entry("semi", Level.MID), Map.entry("semisenior", Level.MID),
            Map.entry("middle", Level.MID), Map.entry("intermedio", Level.MID),
            Map.entry("intermedia", Level.MID),
            Map.entry("erfahren", Level.SENIOR), Map.entry("avanzado", Level.SENIOR),
            Map.entry("experiente", Level.SENIOR), Map.entry("esperto", Level.SENIOR),
            Map.entry("tjh", Level.FREELANCE), Map.entry("freiberufler", Level.FREELANCE),
            Map.entry("autonomo", Level.FREELANCE));

    private Levels() {}

    /** The level named anywhere in a label ("Les programmeurs junior", "Mid-Level Software Engineer"). */
    static Level anywhere(String label) {
        Level first = of(label);
        if (first != Level.OTHER) {
            return first;
        }
        for (String word : Words.split(Words.fold(label))) {
            Level level = FIRST_WORDS.get(word);
            if (level != null && level != Level.FREELANCE) {
                return level;
            }
        }
        return Level.OTHER;
    }

    static Level of(String label) {
        String[] words = Words.split(Words.fold(label));
        return words.length == 0 ? Level.OTHER : FIRST_WORDS.getOrDefault(words[0], Level.OTHER);
    }
}
