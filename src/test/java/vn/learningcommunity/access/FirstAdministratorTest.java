package vn.learningcommunity.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.learningcommunity.LearningCommunityApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** Outside the embedded demo there are no default credentials, and a weak administrator password stops the start. */
class FirstAdministratorTest {

  @Test
  void aMissingOrWeakAdministratorIsRefusedWithoutRepeatingThePassword() {
    for (AdministratorProperties weak : List.of(admin(null, "Mat-khau-du-manh-2026"), admin("quantri", null),
        admin("quantri", "Admin-2026-xyz"), admin("quantri", "ngan1"), admin("quantri", "chi-co-chu-cai-thoi"),
        admin("quantri", "1234567890123"), admin("sogddongnai", "sogddongnai-2026"), admin("quantri", "Password-2026-dai"),
        admin("ten-co-gach", "Mat-khau-du-manh-2026"))) {
      assertThatThrownBy(() -> FirstAdministrator.requireStrong(weak)).as(String.valueOf(weak.user()))
          .isInstanceOf(AdministratorCredentialsException.class)
          .message().contains("LEARNING_COMMUNITY_ADMIN_").doesNotContain(String.valueOf(weak.password()));
    }
    assertThatCode(() -> FirstAdministrator.requireStrong(admin("quantri", "Mat-khau-du-manh-2026"))).doesNotThrowAnyException();
  }

  @Test
  void theProductionProfileHasNoDemoAndNoAdministratorOfItsOwn() throws IOException {
    List<PropertySource<?>> production = new YamlPropertySourceLoader()
        .load("postgres", new ClassPathResource("application-postgres.yaml"));
    List<PropertySource<?>> shared = new YamlPropertySourceLoader()
        .load("shared", new ClassPathResource("application.yaml"));
    for (PropertySource<?> source : List.of(production.get(0), shared.get(0))) {
      assertThat(source.getProperty("learning-community.admin.password")).as(source.getName()).isNull();
      assertThat(source.getProperty("camunda.bpm.admin-user.password")).as(source.getName()).isNull();
    }
    assertThat(shared.get(0).getProperty("learning-community.demo.enabled")).isEqualTo(false);
    assertThat(production.get(0).getProperty("learning-community.demo.enabled")).isNull();
    // the demo and its admin/admin live only in the profile used when none is given
    assertThat(shared.get(0).getProperty("spring.profiles.default")).isEqualTo("embedded");
  }

  @Test
  void theApplicationDoesNotStartInProductionWithoutItsAdministrator() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(LearningCommunityApplication.class)
        .run("--spring.profiles.active=postgres", "--spring.datasource.url=jdbc:h2:mem:production-check", "--server.port=0")
        .close())
        .isInstanceOf(AdministratorCredentialsException.class)
        .hasMessage("Chưa đặt tên đăng nhập của quản trị viên đầu tiên (chỉ gồm chữ và số): biến môi trường "
            + "LEARNING_COMMUNITY_ADMIN_USER.");
  }

  private static AdministratorProperties admin(String user, String password) {
    return new AdministratorProperties(user, password, null, null, null);
  }
}
