package dev.careers.export.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes XML as it goes, element by element, escaping text and attribute values: characters XML
 * 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF) become U+FFFD, so that no
 * input can make a part unreadable. Not thread-safe; does not close its writer.
 *
 * <pre>{@code
 * xml.start("c").attribute("r", "A1").start("v").text("1").end().end();  // <c r="A1"><v>1</v></c>
 * }</pre>
 *
 * <p>An I/O error of the underlying writer is thrown as an {@link UncheckedIOException}, so that
 * the code saying what goes where stays free of {@code throws} clauses; the exporter unwraps it.
 */
final class XmlWriter {
    private static final char REPLACEMENT = '\uFFFD';

    private final Writer out;
    private final Deque<String> open = new ArrayDeque<>();
    private boolean inStartTag;

    XmlWriter(Writer out) {
        this.out = out;
    }

    /** Writes the XML declaration that every OOXML part starts with. */
    XmlWriter declaration() {
        return write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    }

    /** Opens an element; its attributes follow, then its content, then {@link #end()}. */
    XmlWriter start(String name) {
        closeStartTag();
        write("<").write(name);
        open.push(name);
        inStartTag = true;
        return this;
    }

    /** Adds an attribute to the element just opened. */
    XmlWriter attribute(String name, String value) {
        if (!inStartTag) {
            throw new IllegalStateException("attribute " + name + " outside a start tag");
        }
        write(" ").write(name).write("=\"");
        escape(value, true);
        return write("\"");
    }

    XmlWriter attribute(String name, long value) {
        return attribute(name, Long.toString(value));
    }

    XmlWriter attribute(String name, double value) {
        return attribute(name, number(value));
    }

    /** Writes escaped text inside the current element. */
    XmlWriter text(String value) {
        closeStartTag();
        escape(value, false);
        return this;
    }

    /** Closes the innermost open element, as {@code <x/>} when it is empty. */
    XmlWriter end() {
        String name = open.pop();
        if (inStartTag) {
            inStartTag = false;
            return write("/>");
        }
        return write("</").write(name).write(">");
    }

    /** An element holding only text: {@code <name>text</name>}. */
    XmlWriter element(String name, String text) {
        return start(name).text(text).end();
    }

    /** An empty element with one attribute, the common shape of settings: {@code <c:order val="1"/>}. */
    XmlWriter empty(String name, String attribute, Object value) {
        return start(name).attribute(attribute, value.toString()).end();
    }

    /** Copies XML written earlier by another writer, such as a sheet's rows, into the current element. */
    XmlWriter include(TextSpool fragment) {
        closeStartTag();
        try {
            fragment.copyTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Flushes what is written; fails if an element is still open. */
    void finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements " + open);
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A number as spreadsheets write it: whole numbers without a fraction ({@code 45000}), others in
     * the shortest form that reads back as the same double ({@code 45.5}, {@code 1.0E-7}).
     */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** Whether a text starts or ends with white space, which XML readers drop unless told not to. */
    static boolean needsPreserve(String text) {
        return !text.isEmpty() && (isSpace(text.charAt(0)) || isSpace(text.charAt(text.length() - 1)));
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private void closeStartTag() {
        if (inStartTag) {
            inStartTag = false;
            write(">");
        }
    }

    private void escape(String value, boolean attribute) {
        int plain = 0;
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            String replacement = replacement(value, i, c, attribute);
            if (replacement == null) {
                if (Character.isHighSurrogate(c)) {
                    i++; // a valid pair: both halves stay as they are
                }
                continue;
            }
            writeRange(value, plain, i);
            write(replacement);
            plain = i + 1;
        }
        writeRange(value, plain, length);
    }

    // What to write instead of the character at i, or null to keep it.
    private static String replacement(String value, int i, char c, boolean attribute) {
        if (c >= 0x20 && c < 0xD800 && c != '<' && c != '>' && c != '&' && c != '"') {
            return null;
        }
        switch (c) {
            case '<':
                return "&lt;";
            case '>':
                return "&gt;";
            case '&':
                return "&amp;";
            case '"':
                return attribute ? "&quot;" : null;
            case '\t':
                return attribute ? "&#9;" : null;
            case '\n':
                return attribute ? "&#10;" : null;
            case '\r':
                return "&#13;"; // else XML readers turn it into \n
            default:
                break;
        }
        if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            return String.valueOf(REPLACEMENT);
        }
        if (Character.isHighSurrogate(c)) {
            boolean paired = i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
            return paired ? null : String.valueOf(REPLACEMENT);
        }
        return Character.isLowSurrogate(c) ? String.valueOf(REPLACEMENT) : null;
    }

    private void writeRange(String value, int from, int to) {
        if (from < to) {
            try {
                out.write(value, from, to - from);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private XmlWriter write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
