namespace Ward.Assistant.Replies.Phrases;

/// <summary>Ward's own phrases in Vietnamese.</summary>
internal static class VietnamesePhrases
{
    public static PhraseTable Table { get; } = new(
        "vi",
        "Cảm ơn bạn. Tin nhắn của bạn đã chuyển đến đội ngũ phòng khám; họ sẽ trả lời "
            + "trong giờ làm việc.",
        "Cảm ơn bạn. Yêu cầu đặt lịch của bạn đang ở quầy lễ tân; họ sẽ xác nhận giờ "
            + "với bạn.",
        "Những giờ này còn trống: {0}. Hãy trả lời giờ bạn muốn.",
        "Cảm ơn bạn. Lễ tân sẽ liên hệ để đổi hoặc hủy lịch hẹn của bạn.",
        "Cảm ơn bạn. Yêu cầu kê lại thuốc của bạn đã thành việc cần làm của đội ngũ. "
            + "Nếu chưa nói, hãy gửi tên thuốc và nhà thuốc của bạn.",
        "Vui lòng điền mẫu đăng ký tại đây: {0}",
        "Bạn có muốn trợ lý của chúng tôi giúp điền bằng ngôn ngữ của bạn không? Trả "
            + "lời CÓ hoặc KHÔNG.",
        "Một nhân viên sẽ liên hệ với bạn sớm nhất có thể.",
        "Cảm ơn bạn. Hãy nhắn cho chúng tôi bất cứ khi nào bạn cần.",
        "Phòng khám có thông tin này bằng ngôn ngữ khác:");
}
