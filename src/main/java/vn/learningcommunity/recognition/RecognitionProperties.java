package vn.learningcommunity.recognition;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a recognition counts: Circular 25 keeps a result for the years following the year of
 * recognition; read here as valid until 31 December of the evaluation year + {@code validityYears}.
 */
@ConfigurationProperties("learning-community.recognition")
public record RecognitionProperties(Integer validityYears) {

  public int years() {
    return validityYears == null ? 3 : validityYears;
  }
}
