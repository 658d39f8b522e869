using Ward.Channels;
using Ward.Channels.Sms;
using Ward.Ingest;
using Ward.Practices;
using Ward.Triage;

namespace Ward.Webhooks;

/// <summary>
/// Turns a Twilio SMS webhook or status callback into stored work, after checking that the
/// practice's auth token signed the public URL and every form field.
/// </summary>
internal sealed class SmsInbox(
    PracticeDirectory practices, TriageEngine triage, IngestQueue queue, WebhookAudit audit)
{
    public async Task<WebhookRejection> ReceiveAsync(string url, IReadOnlyDictionary<string, string> form,
        string? signature, string? source, CancellationToken cancellationToken)
    {
        var to = form.GetValueOrDefault("To");
        var practice = to is not null && PhoneAddress.TryNormalise(to, out var e164, out _)
            ? practices.BySmsNumber(e164) : null;
        var rejection = Check(practice, url, form, signature);
        SmsInbound? inbound = null;
        if (rejection == WebhookRejection.None)
        {
            inbound = Parse(() => TwilioWebhookParser.ParseInbound(form), ref rejection);
        }

        if (rejection != WebhookRejection.None || inbound is null)
        {
            await audit.RejectedAsync(practice?.Id, ChannelNames.Sms, rejection, source, cancellationToken);
            return rejection;
        }

        var (sender, country) = PhoneAddress.Sender(inbound.From);
        var region = Regions.ForPatient(practice!.Settings.Country, country);
        var message = new InboundMessage(ChannelNames.Sms, practice, inbound.MessageSid, sender,
            inbound.From, null, inbound.Body, inbound.NumMedia > 0 ? "media" : "text",
            triage.Decide(inbound.Body, region));
        await queue.SubmitAsync(new IngestRequest([message], [], []), cancellationToken);
        return WebhookRejection.None;
    }

    public async Task<WebhookRejection> StatusAsync(string url, IReadOnlyDictionary<string, string> form,
        string? signature, string? source, CancellationToken cancellationToken)
    {
        var account = form.GetValueOrDefault("AccountSid") ?? "";
        var practice = practices.BySmsAccount(account).FirstOrDefault();
        var rejection = Check(practice, url, form, signature);
        SmsStatusUpdate? status = null;
        if (rejection == WebhookRejection.None)
        {
            status = Parse(() => TwilioWebhookParser.ParseStatus(form), ref rejection);
        }

        if (rejection != WebhookRejection.None || status is null)
        {
            await audit.RejectedAsync(practice?.Id, ChannelNames.Sms, rejection, source, cancellationToken);
            return rejection;
        }

        var update = new DeliveryUpdate(ChannelNames.Sms, status.MessageSid, status.Status,
            status.ErrorCode);
        await queue.SubmitAsync(new IngestRequest([], [update], []), cancellationToken);
        return WebhookRejection.None;
    }

    private static WebhookRejection Check(PracticeContext? practice, string url,
        IReadOnlyDictionary<string, string> form, string? signature)
    {
        if (practice?.Settings.Sms is not { } sms)
        {
            return WebhookRejection.UnknownReceiver;
        }

        return TwilioSignature.IsValid(url, form, signature, sms.AuthToken)
            ? WebhookRejection.None
            : WebhookRejection.SignatureInvalid;
    }

    private static T? Parse<T>(Func<T> parse, ref WebhookRejection rejection)
        where T : class
    {
        try
        {
            return parse();
        }
        catch (WebhookFormatException)
        {
            rejection = WebhookRejection.Malformed;
            return null;
        }
    }
}
