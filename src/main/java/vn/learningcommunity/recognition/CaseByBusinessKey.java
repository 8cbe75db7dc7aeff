package vn.learningcommunity.recognition;

import java.util.Optional;

/** A case by its business key ("26428-2026"). */
interface CaseByBusinessKey {

  Optional<RecognitionCase> findByBusinessKey(String businessKey);
}
