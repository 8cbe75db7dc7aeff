package vn.learningcommunity.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The first run's demo: users of Đồng Nai and open commune cases for {@code evaluationYear} (default: this year). */
@ConfigurationProperties("learning-community.demo")
public record DemoProperties(boolean enabled, String password, Integer evaluationYear) {}
