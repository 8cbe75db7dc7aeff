package vn.learningcommunity.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.learningcommunity.validation.TaskInput;

/**
 * The commune self-assessment as submitted: an answer to every indicator (field {@code c1_1} …),
 * a justification per criterion ({@code c1Justification} …) and the date of the review meeting.
 */
record SelfAssessmentSheet(List<IndicatorAnswer> answers, Map<String, String> justifications, LocalDate reviewMeetingDate) {

  static final String REVIEW_MEETING_DATE = "reviewMeetingDate";

  /** Reads the sheet, recording every problem on the input; incomplete when the input has problems. */
  static SelfAssessmentSheet read(TaskInput input, List<Criterion> criteria, List<Indicator> indicators,
      int evaluationYear, LocalDate today) {
    List<IndicatorAnswer> answers = new ArrayList<>();
    for (Indicator indicator : indicators) {
      IndicatorAnswer answer = AnswerReader.read(input, indicator, indicator.variable(), "");
      if (answer != null) {
        answers.add(answer);
      }
    }
    Map<String, String> justifications = new LinkedHashMap<>();
    for (Criterion criterion : criteria) {
      String text = input.requiredText(criterion.justificationVariable(), "giải trình tiêu chí " + criterion.getCode());
      if (text != null) {
        justifications.put(criterion.getCode(), text);
      }
    }
    LocalDate meeting = input.requiredDate(REVIEW_MEETING_DATE, "ngày họp xét kết quả tự đánh giá");
    if (meeting != null && meeting.isAfter(today)) {
      input.reject("Ngày họp xét kết quả tự đánh giá (" + meeting + ") không được sau ngày hôm nay.");
    }
    if (meeting != null && meeting.getYear() < evaluationYear) {
      input.reject("Ngày họp xét kết quả tự đánh giá (" + meeting + ") không được trước năm đánh giá " + evaluationYear + ".");
    }
    return new SelfAssessmentSheet(answers, justifications, meeting);
  }
}
