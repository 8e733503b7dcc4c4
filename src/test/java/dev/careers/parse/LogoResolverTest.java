package dev.careers.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careers.model.CareerDocument;
import dev.careers.model.Diagnostic;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images named by a title: only local PNG/JPEG files of a sane size, inside the resource root. */
class LogoResolverTest {
    @TempDir
    Path tmp;

    private static byte[] png(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(33);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        b.putInt(width).putInt(height).put(new byte[] {8, 6, 0, 0, 0, 0, 0, 0, 0});
        return b.array();
    }

    private CareerDocument parse(String src, Path root) throws IOException {
        Path md = tmp.resolve("docs/page.md");
        Files.createDirectories(md.getParent());
        Files.writeString(md, "# Titre <img src=\"" + src + "\">\n## Métier\n");
        return CareerParser.builder().resourceRoot(root).build().parse(md);
    }

    private static String logoMessage(CareerDocument d) {
        return d.diagnostics().stream().filter(x -> x.code().equals("logo.unusable"))
                .map(Diagnostic::message).findFirst().orElse("");
    }

    @Test
    void localPngNextToTheSourceIsUsed() throws IOException {
        Files.createDirectories(tmp.resolve("docs"));
        Files.write(tmp.resolve("docs/logo.png"), png(64, 64));
        CareerDocument d = parse("logo.png", null);
        assertThat(d.logo()).isEqualTo(tmp.resolve("docs/logo.png").toString());
        assertThat(d.diagnostics()).isEmpty();
    }

    @Test
    void pathEscapingTheResourceRootIsRefused() throws IOException {
        Files.write(tmp.resolve("outside.png"), png(10, 10));
        CareerDocument d = parse("../outside.png", tmp.resolve("docs"));
        assertThat(d.logo()).isNull();
        assertThat(logoMessage(d)).contains("outside the resource root");
    }

    @Test
    void urlIsNeverFetched() throws IOException {
        CareerDocument d = parse("https://example.org/logo.png", null);
        assertThat(d.logo()).isNull();
        assertThat(logoMessage(d)).contains("is a URL");
    }

    @Test
    void fileThatIsNotAnImageIsRefused() throws IOException {
        Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(tmp.resolve("docs/logo.png"), "<svg/>");
        assertThat(logoMessage(parse("logo.png", null))).contains("neither a PNG nor a JPEG");
    }

    @Test
    void decompressionBombIsRefusedFromItsHeader() throws IOException {
        Files.createDirectories(tmp.resolve("docs"));
        Files.write(tmp.resolve("docs/bomb.png"), png(100_000, 100_000));
        assertThat(logoMessage(parse("bomb.png", null))).contains("100000 × 100000 pixels");
    }

    @Test
    void hugeFileIsRefused() throws IOException {
        Files.createDirectories(tmp.resolve("docs"));
        byte[] big = new byte[(int) LogoResolver.MAX_BYTES + 1];
        System.arraycopy(png(10, 10), 0, big, 0, 33);
        Files.write(tmp.resolve("docs/big.png"), big);
        assertThat(logoMessage(parse("big.png", null))).contains("larger than");
    }

    @Test
    void jpegSizeIsReadFromItsFrameHeader() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 4, 0, 0,
            (byte) 0xFF, (byte) 0xC0, 0, 11, 8, 0, 48, 0, 64, 3, 0, 0, 0, 0};
        assertThat(ImageSize.of(jpeg)).containsExactly(64, 48);
    }
}
