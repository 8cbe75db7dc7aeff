package vn.learningcommunity.testsupport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Answers of a district or province form that meet every indicator the unit itself answers, under a prefix ("", "ev_", "as_"). */
public final class LevelAnswers {

  private LevelAnswers() {}

  public static Map<String, Object> district(String prefix) {
    Map<String, Object> answers = yes(prefix, "d1_1", "d1_2", "d1_3", "d2_1", "d2_2", "d2_3", "d2_4", "d3_1", "d3_2", "d3_3", "d4_1");
    answers.put(prefix + "d4_2", 2);
    answers.put(prefix + "d5_2", 75);
    return answers;
  }

  public static Map<String, Object> province(String prefix) {
    return yes(prefix, "p1_1", "p1_2", "p1_3", "p2_1", "p2_2", "p2_3", "p2_4", "p3_1", "p3_2");
  }

  /** The self-assessment form: answers, a justification per criterion, the review meeting date. */
  public static Map<String, Object> selfAssessment(Map<String, Object> answers, String criterionPrefix, int criteria,
      String reviewMeetingDate) {
    Map<String, Object> form = new HashMap<>(answers);
    for (int criterion = 1; criterion <= criteria; criterion++) {
      form.put(criterionPrefix + criterion + "Justification", "Minh chứng " + criterion);
    }
    form.put("reviewMeetingDate", reviewMeetingDate);
    return form;
  }

  private static Map<String, Object> yes(String prefix, String... indicators) {
    Map<String, Object> answers = new HashMap<>();
    for (String indicator : List.of(indicators)) {
      answers.put(prefix + indicator, "true");
    }
    return answers;
  }
}
