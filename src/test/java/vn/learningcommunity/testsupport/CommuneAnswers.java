package vn.learningcommunity.testsupport;

import java.util.HashMap;
import java.util.Map;

/**
 * Self-assessment answers as Tasklist submits them (radio buttons send "true"/"false", number
 * fields send numbers), chosen against the thresholds of communeLevel.dmn.
 */
public final class CommuneAnswers {

  private CommuneAnswers() {}

  /** Every criterion at its Level 2 threshold exactly. */
  public static Map<String, Object> level2() {
    Map<String, Object> answers = allYesNo("true");
    answers.put("c4_2", 3);
    answers.put("c4_3", 2);
    answers.put("c4_4", 2);
    answers.put("c5_1", 70);
    answers.put("c5_2", 50);
    return answers;
  }

  /** Every criterion at its Level 1 threshold exactly, none at Level 2. */
  public static Map<String, Object> level1() {
    Map<String, Object> answers = allYesNo("true");
    answers.put("c4_2", 2);
    answers.put("c4_3", 1);
    answers.put("c4_4", 1);
    answers.put("c5_1", 50);
    answers.put("c5_2", 30);
    return answers;
  }

  /** Level 1 answers except one indicator of criterion 1 not met. */
  public static Map<String, Object> notMet() {
    Map<String, Object> answers = level1();
    answers.put("c1_1", "false");
    return answers;
  }

  /** A complete submission of the self-assessment form: answers, justifications, meeting date. */
  public static Map<String, Object> selfAssessmentForm(Map<String, Object> answers, String reviewMeetingDate) {
    Map<String, Object> form = new HashMap<>(answers);
    for (int criterion = 1; criterion <= 5; criterion++) {
      form.put("c" + criterion + "Justification", "Minh chứng cho tiêu chí " + criterion);
    }
    form.put("reviewMeetingDate", reviewMeetingDate);
    return form;
  }

  /** The evaluators' findings, field by field, as the evaluation form submits them. */
  public static Map<String, Object> evaluationForm(Map<String, Object> findings) {
    Map<String, Object> form = new HashMap<>();
    findings.forEach((indicator, value) -> form.put("ev_" + indicator, value));
    return form;
  }

  /** The district Association's review form: the same findings under "as_". */
  public static Map<String, Object> associationForm(Map<String, Object> findings) {
    Map<String, Object> form = new HashMap<>();
    findings.forEach((indicator, value) -> form.put("as_" + indicator, value));
    return form;
  }

  private static Map<String, Object> allYesNo(String value) {
    Map<String, Object> answers = new HashMap<>();
    for (String indicator : new String[] {"c1_1", "c1_2", "c1_3", "c2_1", "c2_2", "c2_3", "c3_1", "c3_2", "c3_3", "c4_1"}) {
      answers.put(indicator, value);
    }
    return answers;
  }
}
