namespace Ward.Triage.Replies;

/// <summary>Vietnamese safety texts.</summary>
internal static class VietnameseReplies
{
    public static ReplyTable Table { get; } = new(
        Language: "vi",
        CallNow: "Hãy gọi {0} ngay.",
        CallEither: "Hãy gọi ngay 911 nếu bạn ở Mỹ, hoặc 112 nếu bạn ở châu Âu.",
        Crisis: "Bạn cũng có thể gọi hoặc nhắn tin đến 988 (đường dây khủng hoảng) bất cứ lúc nào.",
        PoisonControl: "Hãy gọi thêm Trung tâm Chống độc: {0}.",
        Alerted: "Bác sĩ trực đã được báo.",
        AskWhere: "Bạn đang ở Mỹ hay ở châu Âu?",
        Holding: "Cảm ơn bạn. Bác sĩ sẽ trả lời bạn. Nếu nặng hơn hoặc là cấp cứu, hãy gọi {0}.",
        Either: "911 (Mỹ) hoặc 112 (châu Âu)",
        Acknowledgement: "Cảm ơn bạn, chúng tôi đã nhận được tin nhắn và sẽ trả lời sớm.",
        Steps:
        [
            "Ngừng mọi hoạt động và ngồi xuống. Mở khóa cửa.",
            "Ngồi thẳng. Nếu ai đó không thở, hãy bắt đầu ép tim.",
            "Ấn mạnh lên vết thương bằng vải sạch và không buông.",
            "Ở bên người đó và cất thuốc, vũ khí và các vật nguy hiểm.",
            "Mặc đồ mỏng cho bé. Không cho uống thuốc nếu chưa được chỉ dẫn.",
            "Ghi lại giờ bắt đầu. Không cho ăn uống gì.",
            "Dùng bút tiêm adrenaline nếu có. Nằm xuống, kê cao chân.",
            "Giữ người đó nằm yên và không để họ một mình.",
            "Không ăn uống gì. Nằm yên chờ người đến giúp.",
            "Không gây nôn. Giữ lại chai lọ hoặc bao bì.",
            "Không giữ chặt người bệnh, không cho gì vào miệng. Đặt nằm nghiêng và tính thời gian.",
        ]);
}
