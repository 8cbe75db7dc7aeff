package vn.learningcommunity.recognition;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.learningcommunity.validation.Choices;
import vn.learningcommunity.validation.TaskInput;
import vn.learningcommunity.validation.TaskInputValidator;

/** A dossier is found complete, or returned with the reasons the commune must act on. */
@Component
class VerificationValidator implements TaskInputValidator {

  static final Map<String, String> RESULTS = Choices.of(
      "COMPLETE", "Hồ sơ đầy đủ, hợp lệ",
      "INCOMPLETE", "Hồ sơ chưa đầy đủ, trả lại đơn vị");

  @Override
  public Set<String> formIds() {
    return Set.of("communeDossierVerification", "districtDossierVerification", "provinceDossierVerification");
  }

  @Override
  public void validate(String formId, TaskInput input) {
    String result = input.requiredChoice("verificationResult", "kết quả kiểm tra hồ sơ", RESULTS);
    if ("INCOMPLETE".equals(result)) {
      input.requiredText("returnReasons", "lý do trả hồ sơ và nội dung cần bổ sung");
    }
  }
}
