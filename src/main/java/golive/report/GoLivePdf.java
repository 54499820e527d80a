package golive.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The go-live report as a PDF (Apache PDFBox): A4 pages of the same sections as the HTML, long
 * lines wrapped, the reconciliation's columns in a fixed-width font, the timeline picture on the first page. The standard Helvetica fonts cover Latin
 * text; a character they cannot show is printed as '?', never dropped silently.
 */
public final class GoLivePdf {
    private static final float MARGIN = 40;
    private static final float SIZE = 9;
    private static final float LEADING = 11.5f;

    private GoLivePdf() {
    }

    public static byte[] render(GoLiveReport r) {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(r.title());
            info.setCreator("Cart Go-Live");
            Writer w = new Writer(doc);
            w.line(r.title(), w.bold, 14);
            w.line("Generated " + golive.launch.WallTime.show(r.generatedAt(), r.zone()), w.regular, SIZE);
            w.gap();
            w.line(r.verdict(), w.bold, 11);
            w.gap();
            w.image(PDImageXObject.createFromByteArray(doc, r.timelinePng(), "timeline.png"));
            for (GoLiveReport.Section s : r.sections()) {
                w.gap();
                w.line(s.title(), w.bold, 11);
                for (String line : s.lines()) {
                    w.line(line, s.aligned() ? w.fixed : w.regular, s.aligned() ? SIZE - 1 : SIZE);
                }
            }
            w.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lays lines out top to bottom, starting a new page when one is full. */
    private static final class Writer {
        final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        final PDType1Font fixed = new PDType1Font(Standard14Fonts.FontName.COURIER);
        private final PDDocument doc;
        private PDPageContentStream page;
        private float y;

        Writer(PDDocument doc) throws IOException {
            this.doc = doc;
            newPage();
        }

        void line(String text, PDType1Font font, float size) throws IOException {
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            for (String part : wrap(showable(text, font), font, size, width)) {
                if (y < MARGIN + LEADING) {
                    newPage();
                }
                page.beginText();
                page.setFont(font, size);
                page.newLineAtOffset(MARGIN, y);
                page.showText(part);
                page.endText();
                y -= size > SIZE ? size + 4 : LEADING;
            }
        }

        void gap() {
            y -= LEADING / 2;
        }

        void image(PDImageXObject image) throws IOException {
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            float height = width * image.getHeight() / image.getWidth();
            if (y - height < MARGIN) {
                newPage();
            }
            page.drawImage(image, MARGIN, y - height, width, height);
            y -= height + LEADING;
        }

        void close() throws IOException {
            page.close();
        }

        private void newPage() throws IOException {
            if (page != null) {
                page.close();
            }
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            page = new PDPageContentStream(doc, p);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
            List<String> out = new ArrayList<>();
            String rest = text;
            while (font.getStringWidth(rest) / 1000 * size > width) {
                int cut = rest.length() - 1;
                while (cut > 1 && font.getStringWidth(rest.substring(0, cut)) / 1000 * size > width) {
                    cut--;
                }
                int space = rest.lastIndexOf(' ', cut);
                int at = space > cut / 2 ? space : cut;
                out.add(rest.substring(0, at));
                rest = "    " + rest.substring(at).stripLeading();
            }
            out.add(rest);
            return out;
        }

        /** The text with every character the font cannot encode replaced by '?'. */
        private static String showable(String text, PDType1Font font) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                try {
                    font.encode(ch);
                    out.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            });
            return out.toString().replace('\t', ' ');
        }
    }
}
