package dev.careers.parse;

import dev.careers.model.Diagnostic;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns the bytes of a source into text. UTF-8 is expected (a byte order mark is dropped); UTF-16
 * with a byte order mark is read as such; a file that is not valid UTF-8 is read as Windows-1252
 * (a superset of Latin-1) with an error diagnostic on its first bad line, so nothing is lost and
 * the run still fails. Binary files (NUL bytes, or many control characters) are refused.
 */
final class SourceDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private SourceDecoder() {}

    static String decode(byte[] bytes, String source, List<Diagnostic> diagnostics) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return decodeUtf8(bytes, 3, source, diagnostics);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        return decodeUtf8(bytes, 0, source, diagnostics);
    }

    private static String decodeUtf8(byte[] bytes, int offset, String source, List<Diagnostic> diagnostics) {
        refuseBinary(bytes, offset, source);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            int line = firstInvalidLine(bytes, offset);
            diagnostics.add(Diagnostic.error("encoding.invalid-utf8", line, 1,
                    "Line " + line + " is not valid UTF-8; the file was read as Windows-1252 (Latin-1): "
                            + "save it as UTF-8."));
            return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
        }
    }

    private static void refuseBinary(byte[] bytes, int offset, String source) {
        String kind = knownBinary(bytes);
        if (kind != null) {
            throw new SourceException(source + ": not a text file (it looks like " + kind
                    + "); expected Markdown in UTF-8");
        }
        int controls = 0;
        int sample = Math.min(bytes.length, offset + 8192);
        for (int i = offset; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new SourceException(source + ":" + lineAt(bytes, offset, i)
                        + ": not a text file (it holds NUL bytes); expected Markdown in UTF-8");
            }
            if (i < sample && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        // A few control characters are copy-paste accidents; a third of them is not text.
        if (controls > 0 && controls * 3 > sample - offset) {
            throw new SourceException(source + ": not a text file (" + controls
                    + " control bytes in its first " + (sample - offset) + "); expected Markdown in UTF-8");
        }
    }

    /** Warns once about control characters that no output can show (XML forbids most). */
    static void reportControlCharacters(String text, List<Diagnostic> diagnostics) {
        int line = 1;
        char[] chars = text.toCharArray(); // array reads: this runs over every character of every input
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\n' || (c == '\r' && (i + 1 == chars.length || chars[i + 1] != '\n'))) {
                line++;
            } else if ((c < 0x20 && c != '\t' && c != '\r' && c != '\f') || c == 0x7F || c == 0xFFFE || c == 0xFFFF) {
                diagnostics.add(Diagnostic.warning("text.control-character", line, 1, String.format(
                        "Line %d holds the control character U+%04X; outputs replace such characters.", line, (int) c)));
                return;
            }
        }
    }

    // The formats most often renamed .md by mistake, named so the message says what the file is.
    private static String knownBinary(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        } else if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        } else if (startsWith(bytes, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        } else if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        } else if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return "a ZIP archive (DOCX, XLSX…)";
        } else if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an old Office document";
        }
        return null;
    }

    private static int firstInvalidLine(byte[] bytes, int offset) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
        int lineStart = offset;
        int line = 1;
        for (int i = offset; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return 1;
    }

    private static int lineAt(byte[] bytes, int offset, int index) {
        int line = 1;
        for (int i = offset; i < index; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
