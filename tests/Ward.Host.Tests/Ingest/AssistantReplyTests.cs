using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ward.Host.Tests.Support;
using Ward.Knowledge;

namespace Ward.Host.Tests.Ingest;

/// <summary>
/// Non-emergency messages through the real server: the assistant answers from the practice's
/// knowledge base, sends clinical questions to the clinician queue with the holding reply, and
/// leaves a task for staff where its reply promises one; each decision is audited.
/// </summary>
public sealed class AssistantReplyTests
{
    private const string WaId = "15550100123";

    private const string Knowledge = """
        entries:
          - id: hours-main
            kind: hours
            owner: owner@sunrise.example
            version: 7
            title: Opening hours
            answer: We are open Monday to Friday 08:00-18:00 and Saturday 09:00-13:00.
            keywords: [open, saturday]
          - id: intake-form
            kind: intake
            owner: owner@sunrise.example
            version: 1
            title: Intake form
            answer: "New patients fill in the form: https://portal.sunrise.example/intake"
            link: https://portal.sunrise.example/intake
        """;

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task HoursQuestion_AnsweredFromEntry_CitedInAudit(string provider)
    {
        await using var ward = await StartWithKnowledgeAsync(provider);

        await SendAsync(ward, "what time do you open on saturday?");

        await ward.WaitForOutboxAsync(rows => rows.Any(r => r.Status == "sent"));
        Assert.Contains(ward.Providers.Requests, r => r.Kind == "whatsapp"
            && r.Body.Contains("09:00-13:00", StringComparison.Ordinal));
        await using var db = ward.OpenDb();
        var decided = await db.AuditEvents.SingleAsync(e => e.Action == "assistant.decided");
        Assert.Equal("opening_hours:answered:hours-main@7", decided.Outcome);
        Assert.Equal(0, await db.StaffTasks.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task ClinicalQuestion_ClinicianQueueAndTask_NoAnswer(string provider)
    {
        await using var ward = await StartWithKnowledgeAsync(provider);

        await SendAsync(ward, "is it normal to feel dizzy after starting the new pills?");

        await using var db = ward.OpenDb();
        var conversation = await db.Conversations.SingleAsync();
        Assert.Equal("clinician", conversation.Queue);
        var task = await db.StaffTasks.SingleAsync();
        Assert.Equal(("clinical", "open", "clinical"), (task.Kind, task.Status, task.Intent));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "task.created"
            && e.ResourceId == task.Id));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task RefillAndBooking_TasksForStaff(string provider)
    {
        await using var ward = await StartWithKnowledgeAsync(provider);

        await SendAsync(ward, "I need a refill of my lisinopril, CVS on Main street");
        await SendAsync(ward, "can I book an appointment for a check up next week");

        await using var db = ward.OpenDb();
        var kinds = await db.StaffTasks.OrderBy(t => t.CreatedAtMs).Select(t => t.Kind).ToListAsync();
        Assert.Equal(["booking", "refill"], kinds.Order());
        Assert.Equal("staff", (await db.Conversations.SingleAsync()).Queue);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task IntakeLink_ThenYes_ConsentRecordedWithQuestionShown(string provider)
    {
        await using var ward = await StartWithKnowledgeAsync(provider);

        await SendAsync(ward, "where do I find the intake form for new patients?");
        await SendAsync(ward, "Yes");

        await using var db = ward.OpenDb();
        var consent = await db.Consents.SingleAsync(c => c.Purpose != "messaging:whatsapp");
        Assert.Equal(("ai-assisted-intake", "granted", "en"),
            (consent.Purpose, consent.Choice, consent.Language));
        Assert.Equal("Would you like our assistant to help you fill it in, in your language? "
            + "Reply YES or NO.", consent.TextShown);
        var task = await db.StaffTasks.SingleAsync();
        Assert.Equal(("intake-consent", "granted"), (task.Kind, task.Status));
        await ward.WaitForOutboxAsync(rows => rows.Count(r => r.Status == "sent") >= 2);
        Assert.Contains(ward.Providers.Requests, r => r.Kind == "whatsapp"
            && r.Body.Contains("portal.sunrise.example/intake", StringComparison.Ordinal));
    }

    private static async Task<WardTestServer> StartWithKnowledgeAsync(string provider)
    {
        var ward = await WardTestServer.StartAsync(provider, TestPractices.UnitedStatesWithStaff());
        var file = Path.Combine(ward.Database.DataDirectory, "knowledge.yaml");
        await File.WriteAllTextAsync(file, Knowledge);
        var import = await CliRunner.RunAsync(ward, "kb", "import", file, "--practice",
            "sunrise-family", "--user", TestPractices.Owner);
        Assert.Equal(0, import.ExitCode);
        await ward.App.Services.GetRequiredService<PracticeAssistants>()
            .ReloadAsync(CancellationToken.None);
        return ward;
    }

    private static async Task SendAsync(WardTestServer ward, string text)
    {
        using var response = await ward.Http.SendAsync(ProviderPayloads.WhatsAppRequest(
            ProviderPayloads.WhatsAppText(WaId, text)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
