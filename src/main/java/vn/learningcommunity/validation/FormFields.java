package vn.learningcommunity.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fields a Camunda Form lets a person fill in, read from the deployed form itself: a submission
 * may carry these and nothing else. Disabled fields only show other steps' data (form-js does not
 * submit them), so they are not fields of the form. Each text field's {@code validate.maxLength}
 * is its limit on the server too.
 */
public final class FormFields {

  /** Short values (a radio or select option, a number, a date) never need more. */
  static final int SHORT_VALUE_LIMIT = 100;

  private static final Set<String> SUBMITTABLE_TYPES = Set.of("String", "Integer", "Long", "Short", "Double", "Boolean",
      "Date", "Null");
  private static final Set<String> TEXT_FIELDS = Set.of("textfield", "textarea");

  public record Field(String key, String type, String label, Integer maxLength) {

    public boolean isText() {
      return TEXT_FIELDS.contains(type);
    }

    int limit() {
      return maxLength != null ? maxLength : SHORT_VALUE_LIMIT;
    }
  }

  private final String formId;
  private final Map<String, Field> fields;

  private FormFields(String formId, Map<String, Field> fields) {
    this.formId = formId;
    this.fields = Collections.unmodifiableMap(fields);
  }

  public static FormFields parse(InputStream form) {
    try {
      return parse(new ObjectMapper().readTree(form));
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable form", e);
    }
  }

  public static FormFields parse(JsonNode schema) {
    Map<String, Field> fields = new LinkedHashMap<>();
    collect(schema.path("components"), fields);
    return new FormFields(schema.path("id").asText(), fields);
  }

  /** A process without a form: nothing may be submitted. */
  public static FormFields none() {
    return new FormFields("", Map.of());
  }

  private static void collect(JsonNode components, Map<String, Field> fields) {
    for (JsonNode component : components) {
      String key = component.path("key").asText(null);
      if (key != null && !component.path("disabled").asBoolean(false)) {
        String label = component.path("label").asText(component.path("dateLabel").asText(key));
        JsonNode maxLength = component.path("validate").path("maxLength");
        fields.put(key, new Field(key, component.path("type").asText(), label, maxLength.isInt() ? maxLength.intValue() : null));
      }
      collect(component.path("components"), fields);
    }
  }

  public String formId() {
    return formId;
  }

  public Map<String, Field> fields() {
    return fields;
  }

  /**
   * What is wrong with a submission in the engine REST form ({@code {"name": {"value": …, "type": …}}}),
   * in Vietnamese: names the form does not have, types a form never sends, text over its limit.
   */
  public List<String> problemsWith(JsonNode variables) {
    List<String> problems = new ArrayList<>();
    if (variables == null || variables.isNull() || variables.isMissingNode()) {
      return problems;
    }
    if (!variables.isObject()) {
      problems.add("Dữ liệu biểu mẫu gửi lên không đúng dạng.");
      return problems;
    }
    Set<String> undeclared = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> variable = it.next();
      Field field = fields.get(variable.getKey());
      if (field == null) {
        undeclared.add(variable.getKey());
        continue;
      }
      problems.addAll(valueProblems(field, variable.getValue()));
    }
    if (!undeclared.isEmpty()) {
      problems.add(0, "Biểu mẫu của công việc này không có " + (undeclared.size() == 1 ? "trường " : "các trường ")
          + String.join(", ", undeclared) + "; chỉ được gửi các trường của biểu mẫu.");
    }
    return problems;
  }

  private static List<String> valueProblems(Field field, JsonNode submitted) {
    JsonNode value = submitted != null && submitted.isObject() ? submitted.path("value") : submitted;
    String type = submitted != null && submitted.isObject() ? submitted.path("type").asText("") : "";
    if (submitted != null && submitted.isObject() && submitted.has("valueInfo") && !submitted.path("valueInfo").isEmpty()) {
      return List.of("Trường \"" + field.label() + "\" không nhận thông tin kèm theo (valueInfo).");
    }
    if (!type.isEmpty() && !SUBMITTABLE_TYPES.contains(type)) {
      return List.of("Trường \"" + field.label() + "\" không nhận kiểu dữ liệu " + type + ".");
    }
    if (value == null || value.isMissingNode() || value.isNull() || value.isNumber() || value.isBoolean()) {
      return List.of();
    }
    if (!value.isTextual()) {
      return List.of("Giá trị của trường \"" + field.label() + "\" không đúng dạng.");
    }
    int length = value.asText().length();
    if (length > field.limit()) {
      return List.of(capitalized(field.label()) + " dài " + length + " ký tự, vượt quá giới hạn " + field.limit()
          + " ký tự; hãy rút gọn.");
    }
    return List.of();
  }

  private static String capitalized(String label) {
    return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }
}
