package vn.learningcommunity.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.learningcommunity.recognition.RecognitionLevels;
import vn.learningcommunity.reporting.Progress.DistrictProgress;
import vn.learningcommunity.reporting.Progress.TargetStanding;
import vn.learningcommunity.validation.VietnameseNumbers;

/** Progress against the plan as an .xlsx: the targets side by side with the actual shares, then each district. */
final class ProgressWorkbook {

  static final List<String> TARGET_HEADINGS = List.of("Chỉ tiêu kế hoạch", "Năm", "Mức độ", "Chỉ tiêu (%)", "Thực hiện (%)", "Kết quả");
  static final List<String> DISTRICT_HEADINGS = List.of("Mã huyện", "Tên huyện", "Số xã", "Xã đạt mức độ 1 trở lên",
      "Tỷ lệ (%)", "Xã đạt mức độ 2", "Tỷ lệ (%)", "Huyện được công nhận");

  private ProgressWorkbook() {}

  static byte[] write(Progress progress) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Tiến độ");
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      int r = 0;
      sheet.createRow(r++).createCell(0).setCellValue("TIẾN ĐỘ XÂY DỰNG CỘNG ĐỒNG HỌC TẬP SO VỚI KẾ HOẠCH — "
          + progress.provinceName() + " — NĂM " + progress.year());
      sheet.getRow(0).getCell(0).setCellStyle(bold);
      sheet.createRow(r++).createCell(0).setCellValue(progress.reading());
      r++;
      r = headings(sheet, r, TARGET_HEADINGS, bold);
      for (TargetStanding target : progress.targets()) {
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(target.wording());
        row.createCell(1).setCellValue(target.targetYear());
        row.createCell(2).setCellValue(target.level());
        row.createCell(3).setCellValue((target.strictlyMore() ? "> " : "≥ ") + VietnameseNumbers.format(target.targetPercent()));
        if (target.notApplicable() != null) {
          row.createCell(5).setCellValue(target.notApplicable());
          continue;
        }
        row.createCell(4).setCellValue(target.actualPercent().doubleValue());
        row.createCell(5).setCellValue(target.met() ? "Đạt" : "Chưa đạt");
      }
      r++;
      r = headings(sheet, r, DISTRICT_HEADINGS, bold);
      for (DistrictProgress district : progress.perDistrict()) {
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(district.districtCode());
        row.createCell(1).setCellValue(district.districtName());
        row.createCell(2).setCellValue(district.communes().total());
        row.createCell(3).setCellValue(district.communes().level1OrHigher());
        row.createCell(4).setCellValue(district.communes().level1OrHigherPercent().doubleValue());
        row.createCell(5).setCellValue(district.communes().level2());
        row.createCell(6).setCellValue(district.communes().level2Percent().doubleValue());
        row.createCell(7).setCellValue(district.districtLevel() == null ? "Chưa" : RecognitionLevels.label(district.districtLevel()));
      }
      Row total = sheet.createRow(r);
      total.createCell(1).setCellValue("Toàn tỉnh");
      total.createCell(2).setCellValue(progress.communes().total());
      total.createCell(3).setCellValue(progress.communes().level1OrHigher());
      total.createCell(4).setCellValue(progress.communes().level1OrHigherPercent().doubleValue());
      total.createCell(5).setCellValue(progress.communes().level2());
      total.createCell(6).setCellValue(progress.communes().level2Percent().doubleValue());
      total.createCell(7).setCellValue(progress.districts().level1OrHigher() + "/" + progress.districts().total() + " huyện");
      for (int column = 0; column < DISTRICT_HEADINGS.size(); column++) {
        sheet.setColumnWidth(column, (column == 0 ? 60 : 18) * 256);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int headings(Sheet sheet, int rowIndex, List<String> headings, CellStyle bold) {
    Row row = sheet.createRow(rowIndex);
    for (int column = 0; column < headings.size(); column++) {
      row.createCell(column).setCellValue(headings.get(column));
      row.getCell(column).setCellStyle(bold);
    }
    return rowIndex + 1;
  }
}
