package vn.learningcommunity.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.learningcommunity.testsupport.AtOnce;

/** Documents written at once, sharing the parsed faces one at a time, each carry their own text in full. */
class OfficialDocumentTest {

  private static final OfficialDocument.Issuer ISSUER =
      new OfficialDocument.Issuer("UBND TỈNH ĐỒNG NAI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", List.of("GIÁM ĐỐC"), "Đồng Nai");

  @Test
  void documentsWrittenAtOnceEachKeepTheirOwnText() throws Exception {
    List<String> communes = List.of("Xã Xuân Bắc", "Xã Xuân Thành", "Phường Long Khánh", "Xã Định Quán", "Xã Tà Lài",
        "Xã Phú Lý", "Phường Trấn Biên", "Xã Nhơn Trạch");
    List<Callable<byte[]>> documents = new ArrayList<>();
    for (String commune : communes) {
      documents.add(() -> OfficialDocument.write(ISSUER, "15/QĐ-SGDĐT", LocalDate.of(2027, 1, 5),
          List.of("QUYẾT ĐỊNH", "Công nhận " + commune + " đạt Cộng đồng học tập cấp xã mức độ 1"),
          List.of(OfficialDocument.Paragraph.article("Điều 1.", "Công nhận " + commune + " đạt mức độ 1, năm 2026.")),
          List.of("Như Điều 1;", "Lưu: VT.")));
    }

    List<byte[]> written = AtOnce.all(documents);

    for (int i = 0; i < communes.size(); i++) {
      assertThat(text(written.get(i))).contains("Công nhận " + communes.get(i) + " đạt mức độ 1, năm 2026.");
    }
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
