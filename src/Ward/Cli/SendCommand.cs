using System.CommandLine;
using Ward.Demo;
using Ward.Practices;

namespace Ward.Cli;

/// <summary>
/// <c>ward send "text"</c>: signs a webhook exactly as WhatsApp or Twilio would, posts it to a
/// running Ward, and prints what Ward sent back (from the demo sandbox). It is how a newcomer
/// or an on-call engineer checks the whole path end to end.
/// </summary>
internal static class SendCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("TEXT") { Description = "What the patient writes." };
        var channel = new Option<string>("--channel")
        {
            Description = "whatsapp or sms.", DefaultValueFactory = _ => "whatsapp",
        };
        var from = new Option<string>("--from")
        {
            Description = "The patient's number.", DefaultValueFactory = _ => "+15550100123",
        };
        var practice = new Option<string>("--practice") { DefaultValueFactory = _ => "ward-demo" };
        var server = new Option<string>("--server")
        {
            Description = "The running Ward.", DefaultValueFactory = _ => DemoCommand.DefaultUrl,
        };
        var data = CommonOptions.Data();
        var command = new Command("send", "Send a signed test message to a running Ward.")
        {
            text, channel, from, practice, server, data,
        };
        command.SetAction(async (r, cancellationToken) => await SendAsync(new SendRequest(
            r.GetValue(text)!, r.GetValue(channel)!, r.GetValue(from)!, r.GetValue(practice)!,
            new Uri(r.GetValue(server)!.TrimEnd('/') + "/"), r.GetValue(data)), cancellationToken));
        return command;
    }

    private static async Task<int> SendAsync(SendRequest send, CancellationToken cancellationToken)
    {
        var core = await CliCore.OpenAsync(send.Data, cancellationToken);
        var practices = new PracticeDirectory(core.Database, core.PracticeKeys);
        await practices.ReloadAsync(cancellationToken);
        if (practices.ById(send.Practice) is not { } practice)
        {
            await Console.Error.WriteLineAsync($"No practice \"{send.Practice}\" in this data "
                + "directory; use --data to point at the folder the server uses.");
            return 2;
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        var before = await LastSandboxNumberAsync(http, send.Server, cancellationToken);
        using var request = Build(send, practice.Settings);
        if (request is null)
        {
            await Console.Error.WriteLineAsync($"Practice \"{send.Practice}\" has no {send.Channel} channel.");
            return 2;
        }

        using var response = await http.SendAsync(request, cancellationToken);
        Console.WriteLine($"Webhook answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        await PrintSentAsync(http, send.Server, before, cancellationToken);
        return response.IsSuccessStatusCode ? 0 : 1;
    }

    private static HttpRequestMessage? Build(SendRequest send, PracticeFile settings) =>
        send.Channel == "sms"
            ? settings.Sms is { } sms ? DemoMessages.Sms(send.Server, sms.AccountSid, sms.AuthToken,
                send.From, sms.From, send.Text) : null
            : settings.WhatsApp is { } wa ? DemoMessages.WhatsApp(send.Server, wa.PhoneNumberId,
                wa.AppSecret, send.From.TrimStart('+'), send.Text) : null;

    private static async Task<long> LastSandboxNumberAsync(
        HttpClient http, Uri server, CancellationToken cancellationToken)
    {
        var sent = await ReadSandboxAsync(http, server, 0, cancellationToken);
        return sent.Count == 0 ? 0 : sent.Max(s => s.Number);
    }

    private static async Task PrintSentAsync(
        HttpClient http, Uri server, long after, CancellationToken cancellationToken)
    {
        var shown = after;
        for (var i = 0; i < 12; i++)
        {
            await Task.Delay(250, cancellationToken);
            foreach (var sent in await ReadSandboxAsync(http, server, shown, cancellationToken))
            {
                Console.WriteLine($"\n-> {sent.Provider} {sent.Path}\n   {sent.Body}");
                shown = Math.Max(shown, sent.Number);
            }
        }
    }

    private static async Task<List<SandboxRequest>> ReadSandboxAsync(
        HttpClient http, Uri server, long after, CancellationToken cancellationToken)
    {
        try
        {
            return await http.GetFromJsonAsync<List<SandboxRequest>>(
                new Uri(server, $"sandbox/sent?after={after}"), cancellationToken) ?? [];
        }
        catch (HttpRequestException)
        {
            return []; // Not a demo server: nothing to show beyond the webhook's answer.
        }
    }

    private sealed record SendRequest(
        string Text, string Channel, string From, string Practice, Uri Server, string? Data);
}
