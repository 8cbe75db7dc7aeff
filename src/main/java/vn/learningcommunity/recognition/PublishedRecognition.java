package vn.learningcommunity.recognition;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/** One line of a published list of recognised units (the district columns are empty for provinces, and repeat the unit for districts). */
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
