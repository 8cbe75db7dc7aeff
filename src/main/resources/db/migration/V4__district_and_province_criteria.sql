-- Reviews by several bodies (the Department and the provincial Association review district dossiers).
alter table assessment add column reviewer varchar(40);

-- District criteria: D1-D3 titles verified (Circular 25/2023/TT-BGDĐT); D4-D5 and the indicators of
-- D3-D5 are provisional. D5.1 is computed by the system from its own commune results.
insert into criterion (code, unit_level, position, title) values
 ('D1', 'DISTRICT', 1, 'Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp huyện'),
 ('D2', 'DISTRICT', 2, 'Huy động nguồn lực và tạo môi trường thuận lợi để xây dựng xã hội học tập'),
 ('D3', 'DISTRICT', 3, 'Hiệu quả hoạt động của cơ sở giáo dục, thư viện công cộng và Trung tâm Văn hóa - Thể thao cấp huyện'),
 ('D4', 'DISTRICT', 4, 'Kết quả phổ cập giáo dục, xóa mù chữ cấp huyện'),
 ('D5', 'DISTRICT', 5, 'Hiệu quả xây dựng cộng đồng học tập cấp huyện');

insert into indicator (code, criterion_code, position, title, indicator_type, max_value) values
 ('D1.1', 'D1', 1, 'Tuyên truyền nâng cao nhận thức về học tập suốt đời, xây dựng xã hội học tập', 'BOOLEAN', null),
 ('D1.2', 'D1', 2, 'Ban hành chương trình, kế hoạch, văn bản chỉ đạo và tổ chức thực hiện đầy đủ', 'BOOLEAN', null),
 ('D1.3', 'D1', 3, 'Tổ chức Tuần lễ hưởng ứng học tập suốt đời', 'BOOLEAN', null),
 ('D2.1', 'D2', 1, 'Bố trí đủ kinh phí từ ngân sách nhà nước', 'BOOLEAN', null),
 ('D2.2', 'D2', 2, 'Huy động hiệu quả các nguồn lực xã hội', 'BOOLEAN', null),
 ('D2.3', 'D2', 3, 'Thực hiện đầy đủ chính sách của Trung ương và tỉnh về học tập suốt đời', 'BOOLEAN', null),
 ('D2.4', 'D2', 4, 'Trang bị dịch vụ, công cụ số cho chuyển đổi số trong lao động và học tập', 'BOOLEAN', null),
 ('D3.1', 'D3', 1, 'Cơ sở giáo dục cấp huyện hoạt động hiệu quả', 'BOOLEAN', null),
 ('D3.2', 'D3', 2, 'Thư viện công cộng cấp huyện hoạt động hiệu quả', 'BOOLEAN', null),
 ('D3.3', 'D3', 3, 'Trung tâm Văn hóa - Thể thao cấp huyện hoạt động hiệu quả', 'BOOLEAN', null),
 ('D4.1', 'D4', 1, 'Huyện đạt chuẩn phổ cập giáo dục theo quy định', 'BOOLEAN', null),
 ('D4.2', 'D4', 2, 'Mức độ đạt chuẩn xóa mù chữ cấp huyện (0-2)', 'STANDARD_LEVEL', 2),
 ('D5.1', 'D5', 1, 'Tỷ lệ xã được công nhận "Cộng đồng học tập" (%) — hệ thống tự tính', 'COMPUTED_PERCENT', 100),
 ('D5.2', 'D5', 2, 'Tỷ lệ gia đình, dòng họ, đơn vị được công nhận danh hiệu học tập (%)', 'PERCENT', 100);

-- Province criteria: P1-P2 verified; P3-P4 provisional. P4.1 and P4.2 are computed by the system.
insert into criterion (code, unit_level, position, title) values
 ('P1', 'PROVINCE', 1, 'Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp tỉnh'),
 ('P2', 'PROVINCE', 2, 'Huy động nguồn lực và tạo môi trường thuận lợi để xây dựng xã hội học tập'),
 ('P3', 'PROVINCE', 3, 'Hiệu quả hoạt động của các thiết chế giáo dục, văn hóa cấp tỉnh'),
 ('P4', 'PROVINCE', 4, 'Hiệu quả xây dựng cộng đồng học tập cấp tỉnh');

insert into indicator (code, criterion_code, position, title, indicator_type, max_value) values
 ('P1.1', 'P1', 1, 'Tuyên truyền nâng cao nhận thức về học tập suốt đời, xây dựng xã hội học tập', 'BOOLEAN', null),
 ('P1.2', 'P1', 2, 'Ban hành chương trình, kế hoạch, văn bản chỉ đạo và tổ chức thực hiện', 'BOOLEAN', null),
 ('P1.3', 'P1', 3, 'Phong trào thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời', 'BOOLEAN', null),
 ('P2.1', 'P2', 1, 'Bố trí đủ kinh phí từ ngân sách nhà nước', 'BOOLEAN', null),
 ('P2.2', 'P2', 2, 'Thực hiện đầy đủ chính sách của Trung ương', 'BOOLEAN', null),
 ('P2.3', 'P2', 3, 'Ban hành chính sách của địa phương thúc đẩy học tập suốt đời', 'BOOLEAN', null),
 ('P2.4', 'P2', 4, 'Hợp tác quốc tế về giáo dục người lớn, học tập suốt đời', 'BOOLEAN', null),
 ('P3.1', 'P3', 1, 'Trường đại học của tỉnh cung ứng học liệu số', 'BOOLEAN', null),
 ('P3.2', 'P3', 2, 'Thư viện, bảo tàng, đài phát thanh - truyền hình tỉnh phục vụ học tập suốt đời', 'BOOLEAN', null),
 ('P4.1', 'P4', 1, 'Tỷ lệ huyện được công nhận "Cộng đồng học tập" (%) — hệ thống tự tính', 'COMPUTED_PERCENT', 100),
 ('P4.2', 'P4', 2, 'Tỷ lệ xã được công nhận "Cộng đồng học tập" (%) — hệ thống tự tính', 'COMPUTED_PERCENT', 100);
