package vn.learningcommunity.startup;

/**
 * Data a node writes when it starts if it is not there yet: reference lists, the first
 * administrator, Tasklist's filters, the demo. Each checks what exists and adds what is missing;
 * {@link StartUpDataWrittenOnce} runs them in their {@code @Order}, one node at a time.
 */
public interface StartUpData {

  void ensure();
}
