package vn.learningcommunity.campaign;

import vn.learningcommunity.deadline.Milestone;

/** The reports the plan asks for, each due at a milestone of the campaign calendar. */
public enum ReportKind {
  /** A district's report of its commune results to the province, through the Department (15 February in Đồng Nai). */
  DISTRICT_COMMUNE_RESULTS("Báo cáo kết quả đánh giá, công nhận CĐHT cấp xã", Milestone.DISTRICT_REPORT_TO_PROVINCE),
  /** The Department's report of district results to the Provincial People's Committee (25 February in Đồng Nai). */
  DEPARTMENT_DISTRICT_RESULTS("Báo cáo kết quả đánh giá, công nhận CĐHT cấp huyện", Milestone.DEPARTMENT_REPORT_TO_PROVINCE);

  private final String title;
  private final Milestone milestone;

  ReportKind(String title, Milestone milestone) {
    this.title = title;
    this.milestone = milestone;
  }

  public String title() {
    return title;
  }

  public Milestone milestone() {
    return milestone;
  }
}
