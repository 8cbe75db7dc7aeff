package vn.learningcommunity.deadline;

/**
 * The dated steps of the cases and reports of a campaign, in the order they must fall. Each falls
 * in the year after the evaluation year.
 */
public enum Milestone {
  COMMUNE_SELF_ASSESSMENT("Hoàn thành tự đánh giá cấp xã"),
  COMMUNE_DOSSIER_SUBMISSION("Gửi hồ sơ đề nghị công nhận"),
  DISTRICT_VERIFICATION("Kiểm tra hồ sơ"),
  DISTRICT_EVALUATION("Đánh giá hồ sơ"),
  COMMUNE_DECISION("Quyết định công nhận cấp xã"),
  DISTRICT_SELF_ASSESSMENT("Hoàn thành tự đánh giá cấp huyện"),
  DISTRICT_REPORT_TO_PROVINCE("Huyện báo cáo kết quả cấp xã về tỉnh"),
  DISTRICT_DOSSIER_SUBMISSION("UBND huyện gửi hồ sơ đề nghị công nhận"),
  DEPARTMENT_VERIFICATION("Sở GD&ĐT kiểm tra hồ sơ cấp huyện"),
  DEPARTMENT_REVIEW("Sở GD&ĐT và Hội Khuyến học tỉnh đánh giá hồ sơ cấp huyện"),
  DISTRICT_DECISION("Quyết định công nhận cấp huyện"),
  DEPARTMENT_REPORT_TO_PROVINCE("Sở GD&ĐT báo cáo UBND tỉnh kết quả cấp huyện"),
  PROVINCE_SELF_ASSESSMENT("Hoàn thành tự đánh giá cấp tỉnh"),
  PROVINCE_DOSSIER_SUBMISSION("UBND tỉnh gửi hồ sơ lên Bộ GD&ĐT"),
  MINISTRY_VERIFICATION("Bộ GD&ĐT kiểm tra hồ sơ của tỉnh"),
  MINISTRY_REVIEW("Bộ GD&ĐT đánh giá hồ sơ của tỉnh"),
  PROVINCE_DECISION("Quyết định công nhận cấp tỉnh");

  private final String title;

  Milestone(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
