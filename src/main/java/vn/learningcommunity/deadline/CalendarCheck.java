package vn.learningcommunity.deadline;

import java.util.List;

/** What is wrong with a calendar (refused) and what is merely past the Circular's limits (warned). */
public record CalendarCheck(List<String> problems, List<String> warnings) {}
