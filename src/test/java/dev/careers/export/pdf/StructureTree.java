package dev.careers.export.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The structure tree of a tagged PDF as read back from the file: each element with its kind, its
 * depth, its alternate text, how many marked-content sequences and annotation references (OBJR)
 * it holds, and a table header's scope. Also a command that prints the tree of a file.
 */
record StructureTree(List<Node> nodes) {
    /** One structure element, in the order of the tree (depth first: the reading order). */
    record Node(int depth, String kind, String alternateText, int markedContent, int objectReferences,
            String scope) {
        @Override
        public String toString() {
            return "  ".repeat(depth) + kind + (alternateText != null ? " Alt=\"" + alternateText + "\"" : "")
                    + (scope != null ? " Scope=" + scope : "") + (markedContent > 0 ? " mc=" + markedContent : "")
                    + (objectReferences > 0 ? " objr=" + objectReferences : "");
        }
    }

    StructureTree {
        nodes = List.copyOf(nodes);
    }

    /** Reads the structure tree of a PDF; fails when it has none. */
    static StructureTree of(byte[] pdf) throws IOException {
        var reader = new PdfReader(pdf);
        try {
            PdfDictionary root = (PdfDictionary) PdfReader.getPdfObject(reader.getCatalog().get(PdfName.STRUCTTREEROOT));
            if (root == null) {
                throw new AssertionError("the PDF has no structure tree");
            }
            var nodes = new ArrayList<Node>();
            kids(root.get(PdfName.K), 0, nodes);
            return new StructureTree(nodes);
        } finally {
            reader.close();
        }
    }

    /** The kinds of the elements, in order. */
    List<String> kinds() {
        return nodes.stream().map(Node::kind).toList();
    }

    private static void kids(PdfObject kids, int depth, List<Node> nodes) {
        PdfObject direct = PdfReader.getPdfObject(kids);
        if (direct == null) {
            return;
        }
        if (direct.isArray()) {
            for (PdfObject kid : ((PdfArray) direct).getElements()) {
                element(PdfReader.getPdfObject(kid), depth, nodes);
            }
        } else {
            element(direct, depth, nodes);
        }
    }

    private static void element(PdfObject object, int depth, List<Node> nodes) {
        if (!(object instanceof PdfDictionary dictionary) || dictionary.get(PdfName.S) == null) {
            return; // marked content (a number or an MCR) or an OBJR: counted by its element
        }
        String kind = PdfName.decodeName(dictionary.getAsName(PdfName.S).toString());
        PdfString alt = dictionary.getAsString(PdfName.ALT);
        int marked = 0;
        int objr = 0;
        PdfObject k = PdfReader.getPdfObject(dictionary.get(PdfName.K));
        List<PdfObject> items = k == null ? List.of() : k.isArray() ? ((PdfArray) k).getElements() : List.of(k);
        for (PdfObject item : items) {
            PdfObject direct = PdfReader.getPdfObject(item);
            if (direct.isNumber()) {
                marked++;
            } else if (direct instanceof PdfDictionary kid && PdfName.MCR.equals(kid.get(PdfName.TYPE))) {
                marked++;
            } else if (direct instanceof PdfDictionary kid && PdfName.OBJR.equals(kid.get(PdfName.TYPE))) {
                objr++;
            }
        }
        PdfDictionary attributes = dictionary.getAsDict(PdfName.A);
        String scope = attributes == null || attributes.getAsName(new PdfName("Scope")) == null ? null
                : PdfName.decodeName(attributes.getAsName(new PdfName("Scope")).toString());
        nodes.add(new Node(depth, kind, alt == null ? null : alt.toUnicodeString(), marked, objr, scope));
        kids(dictionary.get(PdfName.K), depth + 1, nodes);
    }

    public static void main(String[] args) throws IOException {
        of(Files.readAllBytes(Path.of(args[0]))).nodes().forEach(System.out::println);
    }
}
