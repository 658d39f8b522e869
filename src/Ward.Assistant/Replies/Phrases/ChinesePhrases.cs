namespace Ward.Assistant.Replies.Phrases;

/// <summary>Ward's own phrases in Chinese.</summary>
internal static class ChinesePhrases
{
    public static PhraseTable Table { get; } = new(
        "zh",
        "谢谢。您的消息已转给诊所团队，他们会在办公时间回复您。",
        "谢谢。您的预约请求已转给前台，他们会与您确认时间。",
        "以下时间有空：{0}。请回复您想要的时间。",
        "谢谢。前台会联系您更改或取消预约。",
        "谢谢。您的续药请求已成为诊所团队的任务。如果您还没有说明，请回复药品名称和您的药房。",
        "请在这里填写就诊登记表：{0}",
        "您希望我们的助手用您的语言帮您填写吗？请回复“是”或“否”。",
        "诊所团队的工作人员会尽快联系您。",
        "谢谢。有需要随时给我们留言。",
        "诊所用另一种语言写了这条信息：");
}
