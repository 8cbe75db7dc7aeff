package vn.learningcommunity.campaign;

/** Where one unit stands in a report, in the words officials use. */
public enum ReportLineStatus {
  RECOGNISED("Đã công nhận"),
  REFUSED("Không công nhận"),
  NOT_APPLYING("Không đề nghị"),
  SELF_ASSESSED_NOT_MET("Tự đánh giá chưa đạt"),
  PENDING("Chưa hoàn thành"),
  EXCLUDED("Không tham gia"),
  NOT_OPENED("Chưa mở hồ sơ");

  private final String label;

  ReportLineStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isPending() {
    return this == PENDING || this == NOT_OPENED;
  }
}
