package vn.learningcommunity.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The options of a radio group or select: submitted value → Vietnamese label, in form order. */
public final class Choices {

  private Choices() {}

  public static Map<String, String> of(String... valuesAndLabels) {
    if (valuesAndLabels.length % 2 != 0) {
      throw new IllegalArgumentException("Choices come in value/label pairs");
    }
    Map<String, String> choices = new LinkedHashMap<>();
    for (int i = 0; i < valuesAndLabels.length; i += 2) {
      choices.put(valuesAndLabels[i], valuesAndLabels[i + 1]);
    }
    return Collections.unmodifiableMap(choices);
  }
}
