package vn.learningcommunity.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * An administrative document as a PDF, laid out as Vietnamese administrative documents are: the
 * issuing body and the national motto side by side, the number and the place and date, the title,
 * the body, the recipients and the signature block. The font is embedded (DejaVu Serif Condensed, shipped in
 * {@code resources/fonts} with its licence), so every diacritic prints on any reader.
 */
public final class OfficialDocument {

  /**
   * Who issues the document.
   *
   * @param superior the body above the issuer, in capitals ("UBND TỈNH ĐỒNG NAI"), or null
   * @param body the issuing body, in capitals ("SỞ GIÁO DỤC VÀ ĐÀO TẠO")
   * @param signer the title over the signature, one line per element ("GIÁM ĐỐC")
   * @param place the place written before the date ("Đồng Nai")
   */
  public record Issuer(String superior, String body, List<String> signer, String place) {}

  /** A part of the body. */
  public sealed interface Block permits Paragraph, Table {}

  /** A paragraph; {@code lead} is a bold beginning ("Điều 1."), the rest follows in regular type. */
  public record Paragraph(String lead, String text, Align align, boolean bold) implements Block {
    public static Paragraph of(String text) {
      return new Paragraph(null, text, Align.LEFT, false);
    }

    public static Paragraph article(String lead, String text) {
      return new Paragraph(lead, text, Align.LEFT, false);
    }

    public static Paragraph heading(String text) {
      return new Paragraph(null, text, Align.CENTER, true);
    }
  }

  /** A table with a header row; widths are shares of the text width. */
  public record Table(List<String> headers, List<List<String>> rows, List<Double> widths) implements Block {}

  public enum Align { LEFT, CENTER }

  private static final float MARGIN_LEFT = 85;
  private static final float MARGIN_RIGHT = 42;
  private static final float MARGIN_TOP = 57;
  private static final float MARGIN_BOTTOM = 57;
  private static final float SIZE = 13;
  private static final float LEADING = 1.35f;

  private final PDDocument pdf = new PDDocument();
  private final DocumentFonts.Faces faces = DocumentFonts.borrow();
  private final PDFont regular;
  private final PDFont bold;
  private final PDFont italic;
  private PDPageContentStream out;
  private float y;

  private OfficialDocument() {
    regular = embed(faces.regular());
    bold = embed(faces.bold());
    italic = embed(faces.italic());
  }

  /**
   * Writes a document.
   *
   * @param title the kind of document ("QUYẾT ĐỊNH") and its subject lines
   * @param recipients the "Nơi nhận" list
   */
  public static byte[] write(Issuer issuer, String number, LocalDate date, List<String> title, List<Block> body,
      List<String> recipients) {
    OfficialDocument document = new OfficialDocument();
    try {
      return document.render(issuer, number, date, title, body, recipients);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        document.pdf.close();
      } catch (IOException ignored) {
        // nothing was written to a file
      }
      DocumentFonts.giveBack(document.faces);
    }
  }

  /** "Đồng Nai, ngày 05 tháng 01 năm 2027", as dates are written under the motto. */
  public static String placeAndDate(String place, LocalDate date) {
    return place + ", ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng "
        + String.format("%02d", date.getMonthValue()) + " năm " + date.getYear();
  }

  private byte[] render(Issuer issuer, String number, LocalDate date, List<String> title, List<Block> body,
      List<String> recipients) throws IOException {
    PDDocumentInformation info = pdf.getDocumentInformation();
    info.setTitle(String.join(" ", title));
    info.setAuthor(issuer.body());
    newPage();
    float width = textWidth();
    float left = width * 0.4f;
    float top = y;
    if (issuer.superior() != null) {
      line(issuer.superior(), regular, 12, MARGIN_LEFT, left, Align.CENTER);
    }
    line(issuer.body(), bold, 12, MARGIN_LEFT, left, Align.CENTER);
    rule(MARGIN_LEFT + left / 2 - 30, 60);
    y -= 6;
    line("Số: " + number, regular, SIZE, MARGIN_LEFT, left, Align.CENTER);
    float afterLeft = y;
    y = top;
    float rightX = MARGIN_LEFT + left;
    line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold, 12, rightX, width - left, Align.CENTER);
    line("Độc lập - Tự do - Hạnh phúc", bold, SIZE, rightX, width - left, Align.CENTER);
    rule(rightX + (width - left) / 2 - 80, 160);
    y -= 6;
    line(placeAndDate(issuer.place(), date), italic, SIZE, rightX, width - left, Align.CENTER);
    y = Math.min(y, afterLeft) - 18;

    for (int i = 0; i < title.size(); i++) {
      paragraph(title.get(i), bold, i == 0 ? 14 : SIZE, Align.CENTER, null);
    }
    y -= 10;
    for (Block block : body) {
      if (block instanceof Paragraph p) {
        paragraph(p.text(), p.bold() ? bold : regular, SIZE, p.align(), p.lead());
      } else if (block instanceof Table t) {
        table(t);
      }
      y -= 4;
    }

    y -= 14;
    need(120);
    float signatureTop = y;
    line("Nơi nhận:", bold, 11, MARGIN_LEFT, left, Align.LEFT);
    for (String recipient : recipients) {
      line("- " + recipient, regular, 11, MARGIN_LEFT, left, Align.LEFT);
    }
    y = signatureTop;
    for (String signerLine : issuer.signer()) {
      line(signerLine, bold, SIZE, rightX, width - left, Align.CENTER);
    }
    out.close();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    pdf.save(bytes);
    return bytes.toByteArray();
  }

  private void paragraph(String text, PDFont font, float size, Align align, String lead) throws IOException {
    String all = lead == null ? text : lead + " " + text;
    List<String> lines = wrap(all, font, size, textWidth());
    for (int i = 0; i < lines.size(); i++) {
      need(size * LEADING);
      String line = lines.get(i);
      float x = MARGIN_LEFT;
      if (align == Align.CENTER) {
        x += (textWidth() - width(line, font, size)) / 2;
      }
      out.beginText();
      out.newLineAtOffset(x, y - size);
      if (i == 0 && lead != null && line.startsWith(lead)) {
        out.setFont(bold, size);
        out.showText(lead);
        out.setFont(font, size);
        out.showText(line.substring(lead.length()));
      } else {
        out.setFont(font, size);
        out.showText(line);
      }
      out.endText();
      y -= size * LEADING;
    }
  }

  private void table(Table table) throws IOException {
    float[] columns = new float[table.widths().size()];
    for (int i = 0; i < columns.length; i++) {
      columns[i] = (float) (table.widths().get(i) * textWidth());
    }
    row(table.headers(), columns, bold);
    for (List<String> cells : table.rows()) {
      row(cells, columns, regular);
    }
  }

  private void row(List<String> cells, float[] columns, PDFont font) throws IOException {
    float size = 12;
    List<List<String>> wrapped = new ArrayList<>();
    int height = 1;
    for (int i = 0; i < cells.size(); i++) {
      List<String> lines = wrap(cells.get(i), font, size, columns[i] - 8);
      wrapped.add(lines);
      height = Math.max(height, lines.size());
    }
    float rowHeight = height * size * LEADING + 6;
    need(rowHeight);
    float x = MARGIN_LEFT;
    for (int i = 0; i < cells.size(); i++) {
      out.addRect(x, y - rowHeight, columns[i], rowHeight);
      out.stroke();
      float lineY = y - 3 - size;
      for (String line : wrapped.get(i)) {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x + 4, lineY);
        out.showText(line);
        out.endText();
        lineY -= size * LEADING;
      }
      x += columns[i];
    }
    y -= rowHeight;
  }

  private void line(String text, PDFont font, float size, float x, float width, Align align) throws IOException {
    for (String part : wrap(text, font, size, width)) {
      need(size * LEADING);
      float offset = align == Align.CENTER ? (width - width(part, font, size)) / 2 : 0;
      out.beginText();
      out.setFont(font, size);
      out.newLineAtOffset(x + offset, y - size);
      out.showText(part);
      out.endText();
      y -= size * LEADING;
    }
  }

  private void rule(float x, float length) throws IOException {
    out.moveTo(x, y - 2);
    out.lineTo(x + length, y - 2);
    out.stroke();
  }

  private List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n")) {
      StringBuilder current = new StringBuilder();
      for (String word : paragraph.split(" ")) {
        String candidate = current.isEmpty() ? word : current + " " + word;
        if (width(candidate, font, size) > width && !current.isEmpty()) {
          lines.add(current.toString());
          current = new StringBuilder(word);
        } else {
          current = new StringBuilder(candidate);
        }
      }
      lines.add(current.toString());
    }
    return lines;
  }

  private static float width(String text, PDFont font, float size) throws IOException {
    return font.getStringWidth(text) / 1000 * size;
  }

  private float textWidth() {
    return PDRectangle.A4.getWidth() - MARGIN_LEFT - MARGIN_RIGHT;
  }

  private void need(float height) throws IOException {
    if (y - height < MARGIN_BOTTOM) {
      out.close();
      newPage();
    }
  }

  private void newPage() throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    pdf.addPage(page);
    out = new PDPageContentStream(pdf, page);
    out.setLineWidth(0.6f);
    y = PDRectangle.A4.getHeight() - MARGIN_TOP;
  }

  /** Only the glyphs the document uses are embedded; the shared face stays open for the next document. */
  private PDFont embed(TrueTypeFont face) {
    try {
      return PDType0Font.load(pdf, face, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
