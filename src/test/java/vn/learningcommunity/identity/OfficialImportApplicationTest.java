package vn.learningcommunity.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.learningcommunity.testsupport.ApplicationTestSupport;
import vn.learningcommunity.testsupport.AtOnce;

/** A province goes live: its officials come from a CSV file, bad rows are reported, a repeated import changes nothing. */
class OfficialImportApplicationTest extends ApplicationTestSupport {

  static final String FILE = """
      ten_dang_nhap,ho_ten,email,ma_don_vi,vai_tro
      nguyenvanan,Nguyễn Văn An,an.nv@xuanbac.dongnai.gov.vn,26428,danhgia
      tranthibinh,"Trần Thị Bình",binh.tt@xuanloc.dongnai.gov.vn,741,ubnd
      lequangcuong,Lê Quang Cường,cuong.lq@sogd.dongnai.gov.vn,75,PROVINCE_COORDINATOR
      Phạm Dũng,Phạm Văn Dũng,dung@example.vn,26428,chutich
      hoangem,Hoàng Thị Em,khong-phai-email,99999,danhgia
      vuthiphuong,Vũ Thị Phượng,phuong@example.vn,26428,truongphong
      nguyenvanan,Nguyễn Văn An,an2@example.vn,26431,danhgia
      botruong1,Bộ trưởng,botruong@moet.gov.vn,,botruong
      ngothigiang,Ngô Thị Giang,giang@binhphuoc.dongnai.gov.vn,25195,danhgia
      """;

  @Autowired IdentityService identity;

  @BeforeEach
  void noImportedOfficials() {
    for (String user : List.of("nguyenvanan", "tranthibinh", "lequangcuong", "vuthiphuong", "botruong1", "hoangem",
        "ngothigiang")) {
      identity.deleteUser(user);
    }
  }

  @Test
  void goodRowsAreImportedBadRowsReportedAndARepeatChangesNothing() {
    ResponseEntity<Map> first = upload("admin", ADMIN_PASSWORD, FILE);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(first.getBody()).containsEntry("created", 5).containsEntry("updated", 0).containsEntry("unchanged", 0);
    assertThat((List<Map<String, Object>>) first.getBody().get("rejected")).extracting(r -> r.get("line"), r -> r.get("reasons"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(5, List.of("tên đăng nhập chỉ gồm chữ thường không dấu và số")),
            org.assertj.core.groups.Tuple.tuple(6, List.of("e-mail không đúng dạng", "không có đơn vị hành chính mã 99999")),
            org.assertj.core.groups.Tuple.tuple(7, List.of("vai trò Trưởng phòng GD&ĐT cần mã đơn vị cấp huyện")),
            org.assertj.core.groups.Tuple.tuple(8, List.of("tên đăng nhập trùng với dòng 2")));
    Map<String, String> passwords = (Map<String, String>) first.getBody().get("firstPasswords");
    assertThat(passwords).containsOnlyKeys("nguyenvanan", "tranthibinh", "lequangcuong", "botruong1", "ngothigiang");
    // a commune of today's list under its name of today (the code named Phường Tân Phú before the reform)
    assertThat(identity.createGroupQuery().groupId("xa25195danhgia").singleResult().getName())
        .isEqualTo("Tổ tự đánh giá - Phường Bình Phước");
    assertThat(identity.createGroupQuery().groupMember("ngothigiang").list()).extracting(g -> g.getId())
        .containsExactly("xa25195danhgia");

    User an = identity.createUserQuery().userId("nguyenvanan").singleResult();
    assertThat(an.getFirstName() + " " + an.getLastName()).isEqualTo("Nguyễn Văn An");
    assertThat(an.getEmail()).isEqualTo("an.nv@xuanbac.dongnai.gov.vn");
    assertThat(identity.createUserQuery().memberOfGroup("xa26428danhgia").userId("nguyenvanan").count()).isOne();
    assertThat(identity.createUserQuery().memberOfGroup("huyen741ubnd").userId("tranthibinh").count()).isOne();
    assertThat(identity.createUserQuery().memberOfGroup("tinh75dieuphoi").userId("lequangcuong").count()).isOne();
    assertThat(identity.createUserQuery().memberOfGroup("bogdbotruong").userId("botruong1").count()).isOne();
    assertThat(identity.createUserQuery().userId("hoangem").count()).isZero();
    // the first password works, and the official sees Tasklist's work of their own unit only
    assertThat(identity.checkPassword("nguyenvanan", passwords.get("nguyenvanan"))).isTrue();

    ResponseEntity<Map> again = upload("admin", ADMIN_PASSWORD, FILE);
    assertThat(again.getBody()).containsEntry("created", 0).containsEntry("updated", 0).containsEntry("unchanged", 5);
    assertThat((Map<?, ?>) again.getBody().get("firstPasswords")).isEmpty();
    assertThat(identity.checkPassword("nguyenvanan", passwords.get("nguyenvanan"))).isTrue();
  }

  @Test
  void tooLongAndShortRowsAreReportedAndTwoImportsAtOnceCreateEachOfficialOnce() throws Exception {
    ResponseEntity<Map> odd = upload("admin", ADMIN_PASSWORD, "ten_dang_nhap,ho_ten,email,ma_don_vi,vai_tro\n"
        + "hoangem," + "Hoàng ".repeat(40) + "Em,em@example.vn,26428,danhgia\n"
        + "vuthiphuong,Vũ Thị Phượng\n");
    assertThat(odd.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((List<Map<String, Object>>) odd.getBody().get("rejected")).extracting(r -> r.get("line"), r -> r.get("reasons"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, List.of("họ tên dài quá 200 ký tự")),
            org.assertj.core.groups.Tuple.tuple(3, List.of("thiếu e-mail", "thiếu vai trò")));
    assertThat(identity.createUserQuery().userIdIn("hoangem", "vuthiphuong").count()).isZero();

    int created = 0;
    for (ResponseEntity<Map> answer : AtOnce.twice(() -> upload("admin", ADMIN_PASSWORD, FILE))) {
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
      created += (Integer) answer.getBody().get("created");
    }
    assertThat(created).isEqualTo(5);
    for (String official : List.of("nguyenvanan", "tranthibinh", "lequangcuong", "botruong1", "ngothigiang")) {
      assertThat(identity.createUserQuery().userId(official).count()).as(official).isOne();
    }
    assertThat(identity.createUserQuery().memberOfGroup("xa26428danhgia").userId("nguyenvanan").count()).isOne();
  }

  @Test
  void onlyAdministratorsImportAndAFileWithoutItsHeaderIsRefused() {
    ResponseEntity<Map> coordinator = upload("dongnaidieuphoi", "demo", FILE);
    assertThat(coordinator.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(coordinator.getBody().get("message")).isEqualTo("Chỉ quản trị hệ thống mới được nhập danh sách cán bộ.");
    assertThat(identity.createUserQuery().userId("nguyenvanan").count()).isZero();

    ResponseEntity<Map> noHeader = upload("admin", ADMIN_PASSWORD, "nguyenvanan,Nguyễn Văn An,an@example.vn,26428,danhgia\n");
    assertThat(noHeader.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) noHeader.getBody().get("message")).startsWith("Dòng đầu của tệp phải là tên các cột");
    assertThat(identity.createUserQuery().userId("nguyenvanan").count()).isZero();
  }

  private ResponseEntity<Map> upload(String user, String password, String csv) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
    return http.withBasicAuth(user, password).exchange("/api/officials/import", HttpMethod.POST, new HttpEntity<>(csv, headers),
        Map.class);
  }
}
