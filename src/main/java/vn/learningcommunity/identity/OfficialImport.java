package vn.learningcommunity.identity;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.learningcommunity.unit.AdministrativeUnit;
import vn.learningcommunity.unit.UnitDirectory;
import vn.learningcommunity.unit.UnitLevel;
import vn.learningcommunity.validation.RejectedInputException;

/**
 * Imports a province's real officials from a CSV file (one official per row: login, full name,
 * e-mail, unit code, role). Each row is checked and imported on its own, in one transaction — user,
 * group of (unit, role), membership — so a bad row is reported with its line and changes nothing
 * while the good rows are imported; importing the same file again changes nothing. New officials
 * get a random first password, returned once in the result.
 */
@Service
public class OfficialImport {

  static final List<String> COLUMNS = List.of("ten_dang_nhap", "ho_ten", "email", "ma_don_vi", "vai_tro");
  static final int ROW_LIMIT = 20_000;
  private static final Map<String, String> ENGLISH_COLUMNS = Map.of("username", "ten_dang_nhap", "full_name", "ho_ten",
      "email", "email", "unit_code", "ma_don_vi", "role", "vai_tro");
  private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  /** One row of the file, with the limits of the engine's identity tables. */
  record Row(
      @NotBlank(message = "thiếu tên đăng nhập")
      @Pattern(regexp = "[a-z0-9]*", message = "tên đăng nhập chỉ gồm chữ thường không dấu và số")
      @Size(max = 64, message = "tên đăng nhập dài quá 64 ký tự") String username,
      @NotBlank(message = "thiếu họ tên") @Size(max = 200, message = "họ tên dài quá 200 ký tự") String fullName,
      @NotBlank(message = "thiếu e-mail") @Email(message = "e-mail không đúng dạng")
      @Size(max = 200, message = "e-mail dài quá 200 ký tự") String email,
      String unitCode, String role) {}

  public record RowProblem(long line, String username, List<String> reasons) {}

  public record Result(int created, int updated, int unchanged, List<RowProblem> rejected, Map<String, String> firstPasswords) {}

  private final IdentityService identity;
  private final GroupProvisioning provisioning;
  private final UnitDirectory units;
  private final Validator validator;
  private final TransactionTemplate transactions;
  private final SecureRandom random = new SecureRandom();

  public OfficialImport(IdentityService identity, GroupProvisioning provisioning, UnitDirectory units, Validator validator,
      TransactionTemplate transactions) {
    this.identity = identity;
    this.provisioning = provisioning;
    this.units = units;
    this.validator = validator;
    this.transactions = transactions;
  }

  public Result importCsv(String csv) {
    Sheet sheet = read(csv);
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    List<RowProblem> rejected = new ArrayList<>();
    Map<String, String> firstPasswords = new LinkedHashMap<>();
    Map<String, Long> firstLineOf = new HashMap<>();
    for (CSVRecord record : sheet.records()) {
      Row row = new Row(sheet.value(record, "ten_dang_nhap").toLowerCase(Locale.ROOT), sheet.value(record, "ho_ten"),
          sheet.value(record, "email"), sheet.value(record, "ma_don_vi"), sheet.value(record, "vai_tro"));
      long line = record.getRecordNumber() + 1; // the header is line 1
      List<String> reasons = new ArrayList<>(validator.validate(row).stream()
          .sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).map(ConstraintViolation::getMessage).toList());
      Optional<UnitRole> role = roleOf(row, reasons);
      Long earlier = row.username().isEmpty() ? null : firstLineOf.putIfAbsent(row.username(), line);
      if (earlier != null) {
        reasons.add("tên đăng nhập trùng với dòng " + earlier);
      }
      if (!reasons.isEmpty() || role.isEmpty()) {
        rejected.add(new RowProblem(line, row.username(), reasons));
        continue;
      }
      try {
        Outcome outcome = transactions.execute(status -> save(row, role.get()));
        switch (outcome.kind()) {
          case CREATED -> {
            created++;
            firstPasswords.put(row.username(), outcome.firstPassword());
          }
          case UPDATED -> updated++;
          case UNCHANGED -> unchanged++;
        }
      } catch (RuntimeException e) {
        rejected.add(new RowProblem(line, row.username(), List.of(
            "không lưu được (có thể cán bộ này đang được nhập cùng lúc ở nơi khác); nhập lại tệp để bổ sung dòng này")));
      }
    }
    return new Result(created, updated, unchanged, rejected, firstPasswords);
  }

  private Optional<UnitRole> roleOf(Row row, List<String> reasons) {
    Optional<AdministrativeUnit> unit = row.unitCode().isEmpty() ? Optional.empty() : units.findLatest(row.unitCode());
    if (!row.unitCode().isEmpty() && unit.isEmpty()) {
      reasons.add("không có đơn vị hành chính mã " + row.unitCode());
      return Optional.empty();
    }
    UnitLevel level = unit.map(AdministrativeUnit::getLevel).orElse(null);
    List<UnitRole> named = UnitRole.named(row.role());
    Optional<UnitRole> role = named.stream().filter(r -> r.level() == level).findFirst();
    if (named.isEmpty()) {
      reasons.add(row.role().isEmpty() ? "thiếu vai trò" : "không có vai trò \"" + row.role() + "\"");
    } else if (role.isEmpty()) {
      UnitRole meant = named.get(0);
      reasons.add(meant.level() == null ? "vai trò " + meant.title() + " thuộc Bộ GD&ĐT, không ghi mã đơn vị"
          : "vai trò " + meant.title() + " cần mã đơn vị cấp " + levelName(meant.level()));
    }
    return role;
  }

  private enum Kind { CREATED, UPDATED, UNCHANGED }

  private record Outcome(Kind kind, String firstPassword) {}

  private Outcome save(Row row, UnitRole role) {
    String unitName = row.unitCode().isEmpty() ? "" : units.findLatest(row.unitCode()).map(AdministrativeUnit::getName).orElseThrow();
    String group = provisioning.ensureGroup(role, row.unitCode().isEmpty() ? null : row.unitCode(), unitName);
    int split = row.fullName().trim().lastIndexOf(' ');
    // Tasklist shows "first last": the given name goes last, as Vietnamese names are written
    String firstName = split < 0 ? row.fullName().trim() : row.fullName().trim().substring(0, split);
    String lastName = split < 0 ? "" : row.fullName().trim().substring(split + 1);
    User user = identity.createUserQuery().userId(row.username()).singleResult();
    Kind kind;
    String firstPassword = null;
    if (user == null) {
      user = identity.newUser(row.username());
      firstPassword = randomPassword();
      user.setPassword(firstPassword);
      kind = Kind.CREATED;
    } else if (firstName.equals(user.getFirstName()) && lastName.equals(user.getLastName()) && row.email().equals(user.getEmail())) {
      kind = Kind.UNCHANGED;
    } else {
      kind = Kind.UPDATED;
    }
    if (kind != Kind.UNCHANGED) {
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(row.email());
      identity.saveUser(user);
    }
    if (identity.createUserQuery().userId(row.username()).memberOfGroup(group).count() == 0) {
      identity.createMembership(row.username(), group);
      kind = kind == Kind.UNCHANGED ? Kind.UPDATED : kind;
    }
    return new Outcome(kind, firstPassword);
  }

  /** The rows of the file, and which of its columns holds each of ours (Vietnamese or English names, any case). */
  private record Sheet(List<CSVRecord> records, Map<String, String> columnNames) {

    String value(CSVRecord record, String column) {
      String name = columnNames.get(column);
      // a short row has no value for its last columns
      return record.isSet(name) && record.get(name) != null ? record.get(name).trim() : "";
    }
  }

  private Sheet read(String csv) {
    String text = csv == null ? "" : csv.startsWith("\uFEFF") ? csv.substring(1) : csv; // Excel writes a byte order mark
    try (Reader reader = new StringReader(text);
        CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
            .setTrim(true).setDelimiter(text.lines().findFirst().orElse("").contains(";") ? ';' : ',').get().parse(reader)) {
      Map<String, String> columnNames = new HashMap<>();
      for (String name : parser.getHeaderNames()) {
        String canonical = name.trim().toLowerCase(Locale.ROOT);
        columnNames.putIfAbsent(ENGLISH_COLUMNS.getOrDefault(canonical, canonical), name);
      }
      if (!columnNames.keySet().containsAll(COLUMNS)) {
        throw new RejectedInputException("Dòng đầu của tệp phải là tên các cột: " + String.join(",", COLUMNS)
            + " (hoặc username,full_name,email,unit_code,role).");
      }
      List<CSVRecord> records = parser.getRecords();
      if (records.size() > ROW_LIMIT) {
        throw new RejectedInputException("Tệp có quá " + ROW_LIMIT + " dòng; hãy chia thành nhiều tệp.");
      }
      return new Sheet(records, columnNames);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw new RejectedInputException("Không đọc được tệp CSV: hãy kiểm tra dấu ngoặc kép và số cột của từng dòng.");
    }
  }

  private static String levelName(UnitLevel level) {
    return switch (level) {
      case PROVINCE -> "tỉnh";
      case DISTRICT -> "huyện";
      case COMMUNE -> "xã";
    };
  }

  private String randomPassword() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
    }
    return password.toString();
  }
}
