package vn.learningcommunity.recognition;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/** One line of the published list of recognised communes. */
public record PublishedRecognition(
    String unitCode,
    String unitName,
    String districtCode,
    String districtName,
    int evaluationYear,
    int level,
    String decisionNumber,
    LocalDate decisionDate,
    LocalDate validUntil) {

  @JsonProperty("levelName")
  public String levelName() {
    return RecognitionLevels.label(level);
  }
}
