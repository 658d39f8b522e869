namespace Ward.Triage.Lexicons;

/// <summary>Japanese phrases (substring patterns: Japanese has no spaces).</summary>
internal static class Japanese
{
    public const string Code = "ja";

    public const string Data = """
        [ChestPain]
        胸が痛い | 胸の痛み | 胸が苦しい | 胸が締め付け | 心筋梗塞 | 心臓発作
        [Breathing]
        息ができない | 呼吸ができない | 息が苦しい | 呼吸困難 | 息をしていない | 窒息
        [Bleeding]
        出血が止まらない | 血が止まらない | 大量出血 | 吐血
        [SuicideSelfHarm]
        死にたい | 自殺 | 消えたい | 薬を大量に | 大量に飲んだ | リストカット | 飛び降り
        [Stroke]
        ろれつが回らな | 呂律が回らな | 顔が片方 | 口が曲が
        脳卒中 | 脳梗塞 | ろれつが回らない | 顔が歪 | 半身
        [Anaphylaxis]
        アナフィラキシー | 喉が腫れ | 舌が腫れ | エピペンを使
        [Fever]
        熱 | 発熱
        [Newborn]
        新生児
        [AgeWeek]
        週
        [AgeMonth]
        ヶ月 | か月 | カ月
        [HeadHit]
        頭を打 | 頭を強く
        [Unconscious]
        意識がない | 意識を失 | 気を失
        [Unresponsive]
        返事がない | 反応がない | 起きない
        [AbdominalPain]
        お腹が痛 | おなかが痛 | 腹が痛
        お腹が痛い | 腹痛
        [Severe]
        激痛 | ひどい | 我慢できない
        [Swelling]
        腫れ
        [AllergyTrigger]
        ピーナッツ | ハチ | 蜂 | アレルギー
        [Clinical]
        薬 | 飲んでも | 大丈夫 | 痛い
        [Routine]
        予約 | 結果 | 郵送 | 健康診断 | 請求
        [Stopword]
        は | が | を | に | で | の | です | ます
        [Poisoning]
        漂白剤を飲んだ | 漂白剤を飲み | 洗剤を飲んだ | 不凍液を飲んだ | 農薬を飲んだ
        殺鼠剤を食べた | 電池を飲み込んだ | ボタン電池を飲み込 | 磁石を飲み込 | 誤飲 | 誤食
        一酸化炭素中毒 | 中毒110番
        [Seizure]
        けいれん | 痙攣 | ひきつけ | てんかん発作 | 発作を起こして | 熱性けいれん
        [Idiom]
        食中毒
        """;
}
