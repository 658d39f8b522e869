using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Ward.Host.Tests.Support;
using Ward.Web.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Ward.Web.Tests.Inbox;

/// <summary>An emergency arriving while the inbox is open shows on every open screen without a
/// reload and stays until acknowledged (issue 5, part 2). The time it takes is written to the
/// test output; the one-second target is a measured figure, not an assertion, since a shared
/// machine's load decides it more than the code does.</summary>
public sealed class EmergencyTests(WebFixture web, ITestOutputHelper output) : IClassFixture<WebFixture>
{
    [ChromiumFact]
    public async Task EmergencyWebhook_InboxOpen_AlertLiveUntilAcknowledged()
    {
        var desk = await web.NewPageAsync();
        var clinician = await web.NewPageAsync();
        // A server that has been running: its first message pays for loading the assistant's
        // language models and compiling the ingest path, which a practice's server does once.
        var warm = Stopwatch.StartNew();
        var earlier = await Patients.WriteAsync(web.Ward, Patients.NewWaId(), "what time do you open?",
            "Nia Sample");
        output.WriteLine($"first message of the server answered after {warm.ElapsedMilliseconds} ms");
        await StaffSteps.JoinAndOpenInboxAsync(desk, web.Ward, TestPractices.FrontDesk);
        await StaffSteps.JoinAndOpenInboxAsync(clinician, web.Ward, TestPractices.Clinician);
        await Expect(desk.Locator($"[data-conversation='{earlier}']")).ToBeVisibleAsync();
        await Expect(clinician.Locator(".alert-emergency")).ToHaveCountAsync(0);

        var clock = Stopwatch.StartNew();
        var conversation = await Patients.WriteAsync(web.Ward, Patients.NewWaId(),
            "crushing chest pain and my left arm is numb", "Maria Example");
        var stored = clock.Elapsed;
        await desk.Locator(".alert-emergency").WaitForAsync(new() { Timeout = 5000 });
        var onDesk = clock.Elapsed;
        await clinician.Locator(".alert-emergency").WaitForAsync(new() { Timeout = 5000 });
        var onBoth = clock.Elapsed;
        output.WriteLine($"emergency on screen after {onDesk.TotalMilliseconds:0} ms "
            + $"(both screens {onBoth.TotalMilliseconds:0} ms; webhook answered after "
            + $"{stored.TotalMilliseconds:0} ms)");
        await Screenshots.TakeAsync(desk, "inbox-emergency");
        await desk.ReloadAsync();
        var afterReload = desk.Locator(".alert-emergency");
        await afterReload.WaitForAsync();
        await afterReload.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();

        await Expect(desk.Locator(".alert-emergency")).ToHaveCountAsync(0);
        await Expect(clinician.Locator(".alert-emergency")).ToHaveCountAsync(0);
        await using var db = web.Ward.OpenDb();
        var message = await db.Messages.AsNoTracking()
            .SingleAsync(m => m.ConversationId == conversation && m.Direction == "in");
        Assert.Equal(TestPractices.FrontDesk, message.AcknowledgedBy);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "emergency.acknowledged"
            && e.ResourceId == message.Id && e.ActorId == TestPractices.FrontDesk));
    }
}
