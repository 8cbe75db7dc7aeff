package vn.learningcommunity.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.time.ZoneId;

/**
 * The values a person submitted with a task, read with the rules every form shares. Each problem
 * is collected as a Vietnamese sentence naming the field, so the person sees all of them at once.
 */
public class TaskInput {

  private final Map<String, Object> values;
  private final List<String> problems = new ArrayList<>();

  public TaskInput(Map<String, Object> values) {
    this.values = values;
  }

  public Object raw(String key) {
    return values.get(key);
  }

  public void reject(String problem) {
    problems.add(problem);
  }

  public List<String> problems() {
    return List.copyOf(problems);
  }

  public void throwIfInvalid() {
    if (!problems.isEmpty()) {
      throw new RejectedInputException(problems);
    }
  }

  /** A yes/no answer: a boolean, or the strings "true"/"false" that radio buttons submit. */
  public Boolean requiredYesNo(String key, String label) {
    Object value = values.get(key);
    if (value instanceof Boolean b) {
      return b;
    }
    if ("true".equals(value) || "false".equals(value)) {
      return Boolean.valueOf((String) value);
    }
    problems.add(value == null || "".equals(value)
        ? "Chưa chọn Đạt hoặc Không đạt cho " + label + "."
        : "Kết quả của " + label + " không hợp lệ: \"" + value + "\".");
    return null;
  }

  public BigDecimal requiredNumber(String key, String label, int min, int max) {
    Object value = values.get(key);
    if (value == null || "".equals(value)) {
      problems.add("Chưa nhập " + label + ".");
      return null;
    }
    BigDecimal number;
    try {
      number = new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      problems.add(capitalized(label) + " phải là một số, đã nhập \"" + value + "\".");
      return null;
    }
    if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      problems.add(capitalized(label) + " phải nằm trong khoảng từ " + min + " đến " + max + ", đã nhập " + VietnameseNumbers.format(number) + ".");
      return null;
    }
    return number;
  }

  public Integer requiredWholeNumber(String key, String label, int min, int max) {
    BigDecimal number = requiredNumber(key, label, min, max);
    if (number == null) {
      return null;
    }
    if (number.stripTrailingZeros().scale() > 0) {
      problems.add(capitalized(label) + " phải là số nguyên, đã nhập " + VietnameseNumbers.format(number) + ".");
      return null;
    }
    return number.intValue();
  }

  public String requiredText(String key, String label) {
    String text = optionalText(key);
    if (text == null) {
      problems.add("Chưa nhập " + label + ".");
    }
    return text;
  }

  public String optionalText(String key) {
    Object value = values.get(key);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return value.toString().trim();
  }

  public LocalDate requiredDate(String key, String label) {
    Object value = values.get(key);
    if (value == null || value.toString().isBlank()) {
      problems.add("Chưa nhập " + label + ".");
      return null;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
    }
    try {
      return LocalDate.parse(value.toString().trim());
    } catch (DateTimeParseException e) {
      String entered = value.toString().length() > 30 ? value.toString().substring(0, 30) + "…" : value.toString();
      problems.add(capitalized(label) + " không phải là một ngày có thật, đã nhập \"" + entered + "\".");
      return null;
    }
  }

  /** One of the allowed option values; the map gives each value its Vietnamese meaning. */
  public String requiredChoice(String key, String label, Map<String, String> allowed) {
    Object value = values.get(key);
    if (value == null || "".equals(value)) {
      problems.add("Chưa chọn " + label + ".");
      return null;
    }
    if (!allowed.containsKey(value.toString())) {
      problems.add(capitalized(label) + " chỉ được chọn một trong: " + String.join(", ", allowed.values()) + ".");
      return null;
    }
    return value.toString();
  }

  private static String capitalized(String label) {
    return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }
}
