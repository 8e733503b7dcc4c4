package dev.careers.export.xlsx;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's streamed workbook (SXSSF), whose rows POI writes out as text as they are made rather
 * than as XML objects saved at the end, which cost a small workbook most of its time. A small
 * document's rows are kept in memory ({@link #inMemory}); a large one's go to POI's temporary
 * files, so memory stays bounded. Not thread-safe; one per export.
 */
final class StreamedWorkbook extends SXSSFWorkbook {
    // Rows kept as objects per sheet before POI writes them out.
    private static final int ROW_WINDOW = 200;

    private final boolean inMemory;

    StreamedWorkbook(XSSFWorkbook xssf, boolean inMemory) {
        super(xssf, ROW_WINDOW, false, false);
        this.inMemory = inMemory;
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return inMemory ? new MemorySheetData(new ByteArrayOutputStream(16 * 1024)) : super.createSheetDataWriter();
    }

    /** POI's sheet writer over a byte buffer instead of a temporary file. */
    private static final class MemorySheetData extends SheetDataWriter {
        private final ByteArrayOutputStream bytes;

        MemorySheetData(ByteArrayOutputStream bytes) throws IOException {
            // Buffered, as POI's own file writer: POI writes a cell a few characters at a time.
            super(new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8)));
            this.bytes = bytes;
        }

        // POI has closed the writer, and so flushed it, before it asks for the rows.
        @Override
        public InputStream getWorksheetXMLInputStream() {
            return new ByteArrayInputStream(bytes.toByteArray());
        }
    }
}
