package dev.careers.parse;

import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Removes the icon shortcodes of documentation sites (MkDocs Material and its icon sets):
 * ":material-video-box:{ .lg .middle } **Creador de Contenido**" shows an icon, then the name.
 * The shortcode and its attribute list are markup a reader never sees as words; left in, they
 * stand before the name and hide it.
 */
final class IconShortcodes implements PostProcessor {
    private static final Pattern ICON = Pattern.compile(
            ":(?:material|fontawesome|octicons|simple)-[a-z0-9-]+:(?:\\{[^{}\\n]*\\})?[ \\t]*");

    @Override
    public Node process(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                String literal = text.getLiteral();
                if (literal.indexOf(':') >= 0 && literal.contains("-")) {
                    String without = ICON.matcher(literal).replaceAll("");
                    if (without.length() != literal.length()) {
                        text.setLiteral(without);
                    }
                }
            }
        });
        return document;
    }
}
