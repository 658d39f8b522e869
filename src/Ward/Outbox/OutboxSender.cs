using System.Globalization;
using System.Text.Json;
using Ward.Channels;
using Ward.Channels.Sms;
using Ward.Channels.WhatsApp;
using Ward.Paging;
using Ward.Practices;
using Ward.Storage.Entities;

namespace Ward.Outbox;

/// <summary>Sends one outbox row through the provider its kind names.</summary>
internal sealed class OutboxSender(
    PracticeDirectory practices,
    WhatsAppSender whatsApp,
    TwilioSmsSender sms,
    PagerDutyClient pagerDuty,
    WardOptions options)
{
    public async Task<SendResult> SendAsync(OutboxRow row, CancellationToken cancellationToken)
    {
        var practice = practices.ById(row.PracticeId) ?? throw Permanent("practice-missing");
        var json = practice.Keys.Fields.Decrypt(row.PayloadCipher, PracticeFields.OutboxPayload);
        var payload = JsonSerializer.Deserialize<OutboxPayload>(json)!;
        var settings = practice.Settings;

        switch (row.Kind)
        {
            case OutboxKinds.WhatsAppText:
                var wa = settings.WhatsApp ?? throw Permanent("whatsapp-not-configured");
                return await whatsApp.SendTextAsync(new WhatsAppAccount(wa.PhoneNumberId,
                    wa.AccessToken), payload.To, payload.Body, cancellationToken);
            case OutboxKinds.PortalText:
                // The message row is the delivery: the portal shows it to the verified patient.
                return new SendResult("portal:" + row.Id.ToString(CultureInfo.InvariantCulture));
            case OutboxKinds.WhatsAppTemplate:
                var account = settings.WhatsApp ?? throw Permanent("whatsapp-not-configured");
                var template = JsonSerializer.Deserialize<Staff.Inbox.TemplateSend>(payload.Body)
                    ?? throw Permanent("template-missing");
                return await whatsApp.SendTemplateAsync(new WhatsAppAccount(account.PhoneNumberId,
                    account.AccessToken), payload.To, new WhatsAppTemplateMessage(template.Name,
                    template.Language, template.Parameters), cancellationToken);
            case OutboxKinds.SmsText or OutboxKinds.PageSms or OutboxKinds.AlertSms
                or OutboxKinds.PortalCodeSms:
                var twilio = settings.Sms ?? throw Permanent("sms-not-configured");
                return await sms.SendAsync(new TwilioAccount(twilio.AccountSid, twilio.AuthToken),
                    twilio.From, payload.To, payload.Body, StatusCallback(), cancellationToken);
            case OutboxKinds.PagePagerDuty:
                var key = settings.OnCall.PagerDutyRoutingKey ?? throw Permanent("pager-missing");
                var page = payload.Page ?? throw Permanent("page-missing");
                var dedupKey = await pagerDuty.TriggerAsync(key, page, cancellationToken);
                return new SendResult(dedupKey);
            default:
                throw Permanent("unknown-kind");
        }
    }

    private Uri StatusCallback() => new(options.PublicBaseUrl, "webhooks/twilio/status");

    private static ProviderSendException Permanent(string code) =>
        new("The outbox row cannot be sent: " + code, SendFailureKind.Permanent, code);
}
