-- Commune criteria and indicators (Circular 25/2023/TT-BGDĐT; see docs: C1-C2 titles verified,
-- the split of C3-C5 indicators is provisional and may be corrected here by a later migration).
insert into criterion (code, unit_level, position, title) values
 ('C1', 'COMMUNE', 1, 'Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã'),
 ('C2', 'COMMUNE', 2, 'Huy động nguồn lực và tạo môi trường thuận lợi để xây dựng xã hội học tập'),
 ('C3', 'COMMUNE', 3, 'Hiệu quả hoạt động của Trung tâm học tập cộng đồng, thư viện công cộng và Trung tâm Văn hóa - Thể thao cấp xã'),
 ('C4', 'COMMUNE', 4, 'Kết quả phổ cập giáo dục, xóa mù chữ'),
 ('C5', 'COMMUNE', 5, 'Hiệu quả xây dựng cộng đồng học tập cấp xã');

insert into indicator (code, criterion_code, position, title, indicator_type, max_value) values
 ('C1.1', 'C1', 1, 'Tuyên truyền nâng cao nhận thức của cộng đồng về học tập suốt đời, xây dựng xã hội học tập', 'BOOLEAN', null),
 ('C1.2', 'C1', 2, 'Ban hành chương trình, kế hoạch xây dựng xã hội học tập hằng năm và thực hiện đầy đủ', 'BOOLEAN', null),
 ('C1.3', 'C1', 3, 'Có kế hoạch, hoạt động cụ thể hưởng ứng Tuần lễ hưởng ứng học tập suốt đời và báo cáo theo quy định', 'BOOLEAN', null),
 ('C2.1', 'C2', 1, 'Bố trí đủ kinh phí từ ngân sách nhà nước hằng năm để xây dựng xã hội học tập', 'BOOLEAN', null),
 ('C2.2', 'C2', 2, 'Tham mưu, vận động hiệu quả các nguồn lực xã hội (xã hội hóa)', 'BOOLEAN', null),
 ('C2.3', 'C2', 3, 'Có cơ chế phối hợp giữa Hội Khuyến học xã, các tổ chức chính trị - xã hội, nhà trường và các thiết chế văn hóa', 'BOOLEAN', null),
 ('C3.1', 'C3', 1, 'Trung tâm học tập cộng đồng hoạt động hiệu quả', 'BOOLEAN', null),
 ('C3.2', 'C3', 2, 'Thư viện công cộng (phòng đọc) cấp xã hoạt động hiệu quả', 'BOOLEAN', null),
 ('C3.3', 'C3', 3, 'Trung tâm Văn hóa - Thể thao cấp xã hoạt động hiệu quả', 'BOOLEAN', null),
 ('C4.1', 'C4', 1, 'Đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi', 'BOOLEAN', null),
 ('C4.2', 'C4', 2, 'Mức độ đạt chuẩn phổ cập giáo dục tiểu học (0-3)', 'STANDARD_LEVEL', 3),
 ('C4.3', 'C4', 3, 'Mức độ đạt chuẩn phổ cập giáo dục trung học cơ sở (0-3)', 'STANDARD_LEVEL', 3),
 ('C4.4', 'C4', 4, 'Mức độ đạt chuẩn xóa mù chữ (0-2)', 'STANDARD_LEVEL', 2),
 ('C5.1', 'C5', 1, 'Tỷ lệ gia đình, dòng họ, cộng đồng thôn/ấp và đơn vị được công nhận danh hiệu học tập (%)', 'PERCENT', 100),
 ('C5.2', 'C5', 2, 'Tỷ lệ người dân được công nhận "Công dân học tập" (%)', 'PERCENT', 100);
