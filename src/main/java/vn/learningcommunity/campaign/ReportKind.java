package vn.learningcommunity.campaign;

/** The reports the plan asks for; their deadlines are the campaign milestones DISTRICT_REPORT_TO_PROVINCE and DEPARTMENT_REPORT_TO_PROVINCE. */
public enum ReportKind {
  /** A district's report of its commune results to the province, through the Department (15 February in Đồng Nai). */
  DISTRICT_COMMUNE_RESULTS("Báo cáo kết quả đánh giá, công nhận CĐHT cấp xã"),
  /** The Department's report of district results to the Provincial People's Committee (25 February in Đồng Nai). */
  DEPARTMENT_DISTRICT_RESULTS("Báo cáo kết quả đánh giá, công nhận CĐHT cấp huyện");

  private final String title;

  ReportKind(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
