package vn.learningcommunity.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Vietnamese locale of each Camunda web application against the English one shipped in the
 * webjar of the same version: after an upgrade, a key Camunda added shows up here, not as an
 * English word in front of an official.
 */
class WebappLocalesTest {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  private static final String CONFIG = "META-INF/resources/webjars/camunda/app/%s/scripts/config.js";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|%[sd]|\\{\\d}");
  private static final Pattern HTML_TAG = Pattern.compile(
      "</?(a|b|br|code|div|em|i|kbd|li|p|small|span|strong|ul)\\b[^>]*>");
  private static final Pattern LETTER = Pattern.compile("[A-Za-z]");
  /** Words that read the same in Vietnamese: names, identifiers and formats. */
  private static final Set<String> SAME_IN_VIETNAMESE = Set.of("L", "DD/MM/YYYY", "HH:mm", "Camunda",
      "Camunda Cockpit", "Optimize", "ID", "ID*", "null", "<null>", "CSV", "JSON", "requestPayload",
      "YYYY-MM-DDTHH:mm:ss");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishStringHasItsVietnamese(String app) throws IOException {
    Map<String, String> english = flatten(locale(app, "en"));
    Map<String, String> vietnamese = flatten(locale(app, "vi"));

    assertThat(vietnamese.keySet()).as("keys of %s/vi.json", app).isEqualTo(english.keySet());
    List<String> problems = new ArrayList<>();
    english.forEach((key, source) -> {
      String translation = vietnamese.get(key);
      if (!tokens(PLACEHOLDER, source).equals(tokens(PLACEHOLDER, translation))) {
        problems.add(key + ": placeholders " + tokens(PLACEHOLDER, source) + " became " + tokens(PLACEHOLDER, translation));
      }
      if (!tags(source).equals(tags(translation))) {
        problems.add(key + ": markup " + tags(source) + " became " + tags(translation));
      }
      if (translation.equals(source) && LETTER.matcher(source).find() && !SAME_IN_VIETNAMESE.contains(source)) {
        problems.add(key + ": still English \"" + source + "\"");
      }
      if (!Normalizer.isNormalized(translation, Normalizer.Form.NFC)) {
        problems.add(key + ": not in Unicode NFC");
      }
    });
    assertThat(problems).as("%s/vi.json", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void vietnameseIsTheOnlyLocaleOffered(String app) throws IOException {
    assertThat(resource(String.format(CONFIG, app)))
        .contains("availableLocales: ['vi']")
        .contains("fallbackLocale: 'vi'");
  }

  private static JsonNode locale(String app, String language) throws IOException {
    String text = resource(String.format(LOCALES, app, language));
    return new ObjectMapper().readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = WebappLocalesTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Map<String, String> flatten(JsonNode node) {
    Map<String, String> values = new LinkedHashMap<>();
    flatten("", node, values);
    return values;
  }

  private static void flatten(String path, JsonNode node, Map<String, String> values) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> flatten(path + "/" + field.getKey(), field.getValue(), values));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), values);
      }
    } else {
      values.put(path, node.asText());
    }
  }

  private static List<String> tokens(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group().replaceAll("\\s+", ""));
    }
    found.sort(null);
    return found;
  }

  private static List<String> tags(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = HTML_TAG.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1) + (matcher.group().startsWith("</") ? "/" : ""));
    }
    found.sort(null);
    return found;
  }
}
