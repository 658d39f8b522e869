namespace Ward.Assistant.Understanding.Lexicons;

/// <summary>Chinese cue phrases per intent; a shorter list than the dev-set languages.</summary>
internal static class ChineseCues
{
    public const string Code = "zh";

    public const string Data = """
        [opening_hours] 营业时间^5 | 几点开门^5 | 开门^4 | 关门^4 | 几点^3 | 门诊时间^5
        [booking] 预约^4 | 挂号^4 | 看医生^3 | 看病^2
        [rescheduling] 改期^6 | 改时间^6 | 换个时间^6 | 推迟^5
        [cancelling] 取消^6 | 来不了^5
        [refill_request] 处方^4 | 续药^5 | 开药^4 | 药吃完^5 | 配药^4
        [insurance_accepted] 保险^5 | 医保^5
        [directions] 地址^4 | 在哪里^4 | 怎么走^4 | 停车^4 | 公交^3
        [intake_form] 表格^5 | 问卷^4 | 填表^4 | 登记^3
        [billing_question] 账单^4 | 付款^3 | 多少钱^4 | 费用^4 | 价格^4 | 收费^4
        [speak_to_person] 人工^5 | 真人^5 | 前台^4 | 给我打电话^5 | 工作人员^4
        [small_talk] 谢谢 | 好的 | 好 | 你好 | 收到 | 明白
        [clinical] 正常吗 | 是否正常 | 应该吃 | 能吃吗 | 可以吃吗 | 剂量 | 吃多少 | 副作用 | 严重吗 | 危险吗 | 抗生素
        """;
}
