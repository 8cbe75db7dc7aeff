package vn.learningcommunity.recognition;

import java.time.Clock;
import java.time.LocalDate;
import vn.learningcommunity.validation.RejectedInputException;

/** Which evaluation years a case or a campaign may be opened for. */
public final class EvaluationYears {

  /** Circular 25/2023/TT-BGDĐT came into force in 2024. */
  static final int FIRST = 2024;

  private EvaluationYears() {}

  /** From the Circular's first year to the current one: a later year has no data yet. */
  public static void requireOpenable(int evaluationYear, Clock clock) {
    int currentYear = LocalDate.now(clock).getYear();
    if (evaluationYear < FIRST || evaluationYear > currentYear) {
      throw new RejectedInputException("Năm đánh giá phải từ " + FIRST + " đến " + currentYear
          + ", đã nhập " + evaluationYear + ".");
    }
  }
}
