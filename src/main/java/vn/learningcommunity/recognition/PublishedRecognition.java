package vn.learningcommunity.recognition;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * One line of a published list of recognised units, named as they were (the district columns are
 * empty for provinces, and repeat the unit for districts); {@code nowPartOf} says what a unit merged
 * on 1 July 2025 is part of now ("nay là …").
 */
public record PublishedRecognition(
    String unitCode,
    String unitName,
    String districtCode,
    String districtName,
    int evaluationYear,
    int level,
    String decisionNumber,
    LocalDate decisionDate,
    LocalDate validUntil,
    String nowPartOf) {

  PublishedRecognition nowPartOf(String successors) {
    return new PublishedRecognition(unitCode, unitName, districtCode, districtName, evaluationYear, level, decisionNumber,
        decisionDate, validUntil, successors);
  }

  @JsonProperty("levelName")
  public String levelName() {
    return RecognitionLevels.label(level);
  }
}
