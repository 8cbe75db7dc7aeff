package vn.learningcommunity.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VietnameseNumbersTest {

  @Test
  void decimalCommaAndThousandsPoint() {
    assertThat(VietnameseNumbers.format(new BigDecimal("72.50"))).isEqualTo("72,5");
    assertThat(VietnameseNumbers.format(0.625)).isEqualTo("0,63");
    assertThat(VietnameseNumbers.format(10047)).isEqualTo("10.047");
    assertThat(VietnameseNumbers.format(new BigDecimal("100"))).isEqualTo("100");
  }

  @Test
  void refusedNumbersAreQuotedAsTheOfficialWritesThem() {
    TaskInput input = new TaskInput(Map.of("c5_1", 100.5, "c4_2", 2.5));
    input.requiredNumber("c5_1", "chỉ tiêu C5.1", 0, 100);
    input.requiredWholeNumber("c4_2", "chỉ tiêu C4.2", 0, 3);
    assertThat(input.problems()).containsExactly(
        "Chỉ tiêu C5.1 phải nằm trong khoảng từ 0 đến 100, đã nhập 100,5.",
        "Chỉ tiêu C4.2 phải là số nguyên, đã nhập 2,5.");
    assertThatThrownBy(input::throwIfInvalid).isInstanceOf(RejectedInputException.class);
  }
}
