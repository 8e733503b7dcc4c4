package dev.careers.testing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a text, with the rules of the team's {@code pdf-covers-source} checker (a copy is
 * in {@code src/test/tools/pdf-covers-source}): runs of letters (apostrophes inside allowed) of two
 * or more characters, compared case-insensitively after NFC normalisation; Markdown syntax, HTML
 * tags, HTML comments, link targets and bare URLs are not words.
 */
public final class SourceWords {
    // Python's [^\W\d_]: letters and the numeric characters that are not decimal digits.
    private static final String LETTER = "[\\p{L}\\p{Nl}\\p{No}]";
    private static final Pattern WORD = Pattern.compile(LETTER + "+(?:['’]" + LETTER + "+)*");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    /** Scripts and styles are code a browser runs, never text a reader sees. */
    private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");
    /** A tag opens with its name (or "/", "!", "?") right after "<": a "<" alone is text. */
    private static final Pattern TAG = Pattern.compile("<[A-Za-z/!?][^>]*>");
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    /**
     * Attribute lists closing a line ("## Data Engineer {#data-engineer}", "1. Surgeon
     * {style=\"counter-reset: list 0;\"}") are syntax: anchors and styles, not words.
     */
    private static final Pattern ATTRIBUTES = Pattern.compile(
            "(?m)^(.*?)\\s*\\{:?\\s*(?:[#.][A-Za-z_][^}\\n]*|[A-Za-z_][\\w-]*=[^}\\n]*)\\}[ \\t]*$");

    /** Icon shortcodes of documentation sites (":material-video-box:{ .lg }") show an icon, not words. */
    private static final Pattern ICON = Pattern.compile(":(?:material|fontawesome|octicons|simple)-[a-z0-9-]+:(?:\\{[^{}\\n]*\\})?");
    /** Template tags of site generators ("{% include disqus.html %}") are code, never shown. */
    private static final Pattern TEMPLATE_TAG = Pattern.compile("\\{%.*?%\\}|\\{\\{.*?\\}\\}");
    /** A wiki link with its own text ("[[notes/pay|pay]]") shows that text; its target is an address. */
    private static final Pattern WIKI_TARGET = Pattern.compile("\\[\\[[^\\[\\]|\\n]*\\|");
    /** Character references ("m&eacute;dia") are the letters a reader sees, as CommonMark decodes them. */
    private static final Pattern ENTITY = Pattern.compile("&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});");

    private SourceWords() {}

    /** The words of Markdown source text. */
    public static Set<String> ofMarkdown(String markdown) {
        String md = COMMENT.matcher(markdown).replaceAll(" ");
        md = SCRIPT.matcher(md).replaceAll(" ");
        md = TAG.matcher(md).replaceAll(" ");
        md = LINK_TARGET.matcher(md).replaceAll("] ");
        md = URL.matcher(md).replaceAll(" ");
        md = ICON.matcher(md).replaceAll(" ");
        md = TEMPLATE_TAG.matcher(md).replaceAll(" ");
        md = WIKI_TARGET.matcher(md).replaceAll("[[");
        md = ATTRIBUTES.matcher(md).replaceAll("$1");
        return of(decodeEntities(md));
    }

    /** Text with its character references ("m&eacute;dia") read as the letters they stand for. */
    public static String decodeEntities(String text) {
        return text.indexOf('&') < 0 ? text : ENTITY.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                org.commonmark.internal.util.Html5Entities.entityToString(m.group())));
    }

    /** The words of plain text. */
    public static Set<String> of(String text) {
        String t = normalise(text);
        Set<String> words = new TreeSet<>();
        Matcher m = WORD.matcher(t);
        while (m.find()) {
            if (m.group().codePointCount(0, m.group().length()) >= 2) {
                words.add(m.group());
            }
        }
        return words;
    }

    /** NFC, typographic apostrophes made straight, lower case: the form words are compared in. */
    public static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replace('’', '\'').toLowerCase(Locale.ROOT);
    }
}
