package vn.learningcommunity.validation;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as Vietnamese officials read them, in messages, documents, pages and spreadsheets: 1.234,5. */
public final class VietnameseNumbers {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private VietnameseNumbers() {}

  /** At most two decimals (halves rounded up, as in reports), a decimal comma, a point between thousands. */
  public static String format(Number number) {
    NumberFormat format = NumberFormat.getNumberInstance(VIETNAMESE); // not thread-safe: one per call
    format.setMaximumFractionDigits(2);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(number);
  }
}
