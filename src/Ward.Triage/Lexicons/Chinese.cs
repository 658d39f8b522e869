namespace Ward.Triage.Lexicons;

/// <summary>
/// Chinese phrases, simplified and traditional. Chinese has no spaces, so every phrase is a
/// substring pattern; keep phrases specific (two characters or more).
/// </summary>
internal static class Chinese
{
    public const string Code = "zh";

    public const string Data = """
        [ChestPain]
        胸口很痛 | 胸口好痛 | 胸很痛 | 胸部疼痛 | 胸口剧痛
        胸痛 | 胸口痛 | 胸口疼 | 胸口闷得厉害 | 胸闷得厉害 | 心脏病发作 | 心梗 | 心肌梗 | 胸口压
        胸口很闷 | 胸口憋
        [Breathing]
        喘不过气 | 喘不過氣 | 不能呼吸 | 无法呼吸 | 呼吸困难 | 呼吸困難 | 没有呼吸 | 窒息 | 嘴唇发紫
        嘴唇發紫 | 噎住 | 卡住了喉咙
        [Bleeding]
        血一直流 | 一直流血 | 血止不住 | 流血不止 | 血流个不停 | 血流個不停
        大出血 | 血流不止 | 出血不止 | 很多血 | 吐血 | 咳血 | 止不住血
        [SuicideSelfHarm]
        自杀 | 自殺 | 不想活 | 想死 | 结束生命 | 結束生命 | 割腕 | 轻生 | 跳楼 | 跳樓 | 吃了很多药
        吞药 | 上吊
        [Stroke]
        中风 | 中風 | 脑卒中 | 口角歪 | 嘴歪 | 说话不清 | 說話不清 | 半边身体 | 一侧无力
        [Anaphylaxis]
        喉咙肿 | 喉嚨腫 | 舌头肿 | 过敏性休克 | 過敏性休克 | 严重过敏 | 说话声音也变 | 声音变了
        [Fever]
        发烧 | 發燒 | 发热 | 發熱 | 高烧 | 度
        [Newborn]
        一个月 | 两个月 | 一個月 | 兩個月 | 满月
        新生儿 | 新生兒
        [AgeDay]
        天大
        [AgeWeek]
        周的宝宝 | 周宝宝 | 周的婴儿 | 周的孩子 | 週的寶寶 | 週寶寶 | 週的嬰兒 | 个星期的宝宝
        周大 | 週大 | 个星期大
        [AgeMonth]
        个月的宝宝 | 个月宝宝 | 个月的婴儿 | 个月的孩子 | 個月的寶寶 | 個月寶寶 | 個月的嬰兒
        个月大 | 個月大
        [HeadHit]
        撞到头 | 撞到頭 | 头部受伤 | 摔到头 | 脑震荡
        [Unconscious]
        昏过去 | 昏過去 | 晕过去 | 暈過去 | 昏倒
        昏迷 | 晕倒 | 暈倒 | 失去意识 | 不省人事
        [Unresponsive]
        叫不醒 | 没有反应 | 沒有反應 | 没反应
        [Altered]
        呕吐 | 嘔吐 | 意识模糊
        [AbdominalPain]
        肚子痛 | 肚子疼 | 腹痛 | 胃痛
        [Severe]
        剧痛 | 劇痛 | 厉害 | 很严重 | 受不了
        [ShockSign]
        满头大汗 | 冷汗 | 脸色苍白 | 出汗
        [ChestDiscomfort]
        胸闷 | 胸悶 | 胸口闷
        [ArmJaw]
        左肩 | 左臂 | 下巴
        [Swelling]
        脸肿 | 臉腫 | 嘴唇肿 | 肿起来 | 腫起來
        [Hives]
        荨麻疹 | 风团
        [AllergyTrigger]
        蜜蜂 | 蛰 | 螫 | 花生 | 坚果 | 青霉素 | 过敏
        [BleedWord]
        流血 | 出血
        [Heavy]
        很多 | 止不住 | 不停
        [Mild]
        一点 | 一點 | 小伤口
        [Sudden]
        突然
        [NeuroSign]
        手没力 | 麻木 | 说不出话
        [Pregnant]
        怀孕 | 懷孕
        [PostNegation]
        现在没有 | 現在沒有 | 已经好了 | 没有了
        [History]
        以前 | 年前 | 去年
        [Hypothetical]
        症状有哪些 | 有什么症状 | 怎么判断
        [Clinical]
        可以吃 | 可以打 | 可以去 | 吗 | 嗎 | 药 | 藥 | 疫苗 | 检查 | 水痘 | 怀孕 | 焦虑
        [Routine]
        预约 | 預約 | 通知 | 微信 | 地址 | 停车 | 账单 | 保险 | 营业时间
        [Stopword]
        我 | 的 | 了 | 是 | 在 | 有 | 你 | 他 | 她 | 吗
        [Poisoning]
        喝了漂白 | 喝了消毒液 | 喝了84 | 喝了防冻液 | 喝了农药 | 吃了老鼠药 | 吃了耗子药
        吞了电池 | 吞了纽扣电池 | 吞了磁铁 | 误服 | 误食 | 中毒了 | 煤气中毒 | 一氧化碳中毒
        吃了奶奶的药 | 吃了爷爷的药 | 吃了大人的药
        [Seizure]
        抽搐 | 抽风 | 癫痫发作 | 羊癫疯 | 惊厥 | 高热惊厥 | 口吐白沫
        [Idiom]
        食物中毒
        """;
}
