namespace Ward.Triage.Replies;

/// <summary>Chinese (simplified) safety texts.</summary>
internal static class ChineseReplies
{
    public static ReplyTable Table { get; } = new(
        Language: "zh",
        CallNow: "请立即拨打 {0}。",
        CallEither: "如果您在美国，请立即拨打 911；如果在欧洲，请拨打 112。",
        Crisis: "您也可以随时拨打或发短信至 988（危机热线）。",
        PoisonControl: "也请拨打中毒控制中心：{0}。",
        Alerted: "值班医生已收到通知。",
        AskWhere: "您现在在美国还是欧洲？",
        Holding: "谢谢。医生会回复您。如果情况加重或属于紧急情况，请拨打 {0}。",
        Either: "911（美国）或 112（欧洲）",
        Acknowledgement: "谢谢，我们已收到您的消息，会尽快回复。",
        Steps:
        [
            "停止一切活动并坐下。打开家门。",
            "坐直。如果有人没有呼吸，请开始心肺复苏。",
            "用干净的布用力按住伤口，不要松开。",
            "陪在此人身边，拿走药物、武器和其他危险物品。",
            "给婴儿穿薄一点。没有医嘱不要给药。",
            "记下开始的时间。不要吃东西或喝水。",
            "如有肾上腺素笔请使用。平躺并抬高双腿。",
            "让此人保持不动，不要让其独处。",
            "不要吃东西或喝水。躺好等待救援。",
            "不要催吐。保留容器或包装。",
            "不要按住病人，不要往嘴里放任何东西。让病人侧躺，并记录发作时间。",
        ]);
}
