package vn.learningcommunity.campaign;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.learningcommunity.deadline.ProvinceCalendar;
import vn.learningcommunity.recognition.RecognitionLevels;
import vn.learningcommunity.validation.VietnameseDates;

/** A stored report as the .xlsx officials file: a title block, then one row per unit under Vietnamese headings. */
final class ReportWorkbook {

  static final List<String> HEADINGS = List.of("STT", "Mã đơn vị", "Tên đơn vị", "Kết quả", "Mức công nhận",
      "Số quyết định", "Ngày quyết định", "Ghi chú", "Bổ sung sau báo cáo");
  static final int FIRST_LINE_ROW = 5;
  private static final List<Integer> COLUMN_WIDTHS = List.of(6, 10, 28, 22, 14, 18, 16, 60, 20);
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

  private ReportWorkbook() {}

  static byte[] write(CampaignReport report, String unitName, int evaluationYear) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Báo cáo");
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);

      cell(sheet, 0, 0, report.getKind().title().toUpperCase(Locale.forLanguageTag("vi"))).setCellStyle(bold);
      cell(sheet, 1, 0, unitName + " — năm đánh giá " + evaluationYear);
      cell(sheet, 2, 0, "Lập lúc " + report.getProducedAt().atZone(ProvinceCalendar.ZONE).format(DATE_TIME) + " — "
          + (report.getProducedBy() == CampaignReport.Trigger.DEADLINE
              ? "lập khi đến hạn; đơn vị chưa có kết quả ghi là chưa hoàn thành"
              : "lập sớm: mọi đơn vị đã có kết quả"));
      Row headings = sheet.createRow(FIRST_LINE_ROW - 1);
      for (int column = 0; column < HEADINGS.size(); column++) {
        headings.createCell(column).setCellValue(HEADINGS.get(column));
        headings.getCell(column).setCellStyle(bold);
      }
      int rowIndex = FIRST_LINE_ROW;
      for (CampaignReportLine line : report.getLines()) {
        Row row = sheet.createRow(rowIndex++);
        row.createCell(0).setCellValue(line.getPosition());
        row.createCell(1).setCellValue(line.getUnitCode());
        row.createCell(2).setCellValue(line.getUnitName());
        row.createCell(3).setCellValue(line.getStatus().label());
        row.createCell(4).setCellValue(line.getLevel() == null ? "" : RecognitionLevels.label(line.getLevel()));
        row.createCell(5).setCellValue(line.getDecisionNumber() == null ? "" : line.getDecisionNumber());
        row.createCell(6).setCellValue(line.getDecisionDate() == null ? "" : line.getDecisionDate().format(VietnameseDates.DATE));
        row.createCell(7).setCellValue(line.getNote() == null ? "" : line.getNote());
        row.createCell(8).setCellValue(line.isAddedLater()
            ? "ngày " + line.getAddedAt().atZone(ProvinceCalendar.ZONE).format(VietnameseDates.DATE) : "");
      }
      for (int column = 0; column < HEADINGS.size(); column++) {
        // widths in 1/256 of a character; fixed, since measuring text needs fonts a server may lack
        sheet.setColumnWidth(column, COLUMN_WIDTHS.get(column) * 256);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Cell cell(Sheet sheet, int row, int column, String value) {
    Cell cell = sheet.createRow(row).createCell(column);
    cell.setCellValue(value);
    return cell;
  }
}
