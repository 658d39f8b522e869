using Ward.Compliance.Consent;

namespace Ward.Portal;

/// <summary>The endpoints of a verified patient's chat: write, poll, answer the consent
/// question, sign out. Without a session each answers as if signed out.</summary>
internal static class PortalChatHandlers
{
    public static async Task<IResult> SendAsync(HttpContext http, string practiceId,
        PortalServices services)
    {
        var (portal, patient, form, refusal) = await OpenAsync(http, practiceId, services);
        if (refusal is not null)
        {
            return refusal;
        }

        var text = form!["text"].ToString();
        PortalFormError? error;
        try
        {
            error = await services.Inbox.SubmitAsync(portal!.Practice, patient!, text,
                form["nonce"], http.RequestAborted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Host boundary: nothing was stored; the patient is told so, with the way to help.
            PortalLog.MessageNotStored(services.Logger, e.GetType().Name);
            return Unstored(portal!);
        }

        if (portal.WantsJson)
        {
            return SentJson(portal, error);
        }

        if (error is null)
        {
            return PortalResults.Redirect(portal.Root + "#send");
        }

        var view = await services.Thread.ViewAsync(portal.Practice, patient!, null,
            http.RequestAborted);
        var kept = text.Length <= PortalRules.MaxMessageChars ? text : null;
        return PortalResults.Html(http, PortalPages.Chat(portal.Page(), view,
            Guid.CreateVersion7().ToString(), error, kept), StatusCodes.Status400BadRequest);
    }

    public static async Task<IResult> PollAsync(HttpContext http, string practiceId, long? after,
        PortalServices services)
    {
        var portal = services.For(http, practiceId);
        var patient = portal is null ? null : await services.PatientAsync(portal);
        if (patient is null)
        {
            return Results.Json(new { error = "signed-out" },
                statusCode: StatusCodes.Status401Unauthorized);
        }

        var messages = await services.Thread.SinceAsync(portal!.Practice, patient,
            Math.Max(0, after ?? 0), http.RequestAborted);
        http.Response.Headers.CacheControl = "no-store";
        return Results.Json(new
        {
            messages = messages.Select(m => new { id = m.Id, direction = m.Direction, text = m.Text,
                at = m.AtMs }),
        });
    }

    public static async Task<IResult> ConsentAsync(HttpContext http, string practiceId,
        PortalServices services)
    {
        var (portal, patient, form, refusal) = await OpenAsync(http, practiceId, services);
        if (refusal is not null)
        {
            return refusal;
        }

        var choice = form!["choice"].ToString() switch
        {
            "granted" => ConsentChoice.Granted,
            "withdrawn" => (ConsentChoice?)ConsentChoice.Withdrawn,
            _ => null,
        };
        if (choice is null)
        {
            return PortalResults.Refused(portal!);
        }

        var view = await services.Thread.ViewAsync(portal!.Practice, patient!, null,
            http.RequestAborted);
        await services.Consent.RecordAsync(portal.Practice, patient!, view.Language, choice.Value,
            http.RequestAborted);
        return PortalResults.Redirect(portal.Root);
    }

    public static async Task<IResult> SignOutAsync(HttpContext http, string practiceId,
        PortalServices services)
    {
        var portal = services.For(http, practiceId);
        if (portal is null)
        {
            return PortalResults.NotFound();
        }

        if (await portal.FormAsync(services.Logger) is null)
        {
            return PortalResults.Refused(portal);
        }

        await services.Sessions.RevokeAsync(practiceId,
            PortalCookies.Read(http, PortalCookies.Session), http.RequestAborted);
        PortalCookies.Delete(http, PortalCookies.Session, portal.Root, portal.Secure);
        return PortalResults.Redirect(portal.Root);
    }

    /// <summary>The practice, the session's patient and the checked form; or the answer to
    /// give instead (not found, signed out, refused form).</summary>
    private static async Task<(PortalRequest?, string?, IFormCollection?, IResult?)> OpenAsync(
        HttpContext http, string practiceId, PortalServices services)
    {
        var portal = services.For(http, practiceId);
        if (portal is null)
        {
            return (null, null, null, PortalResults.NotFound());
        }

        var form = await portal.FormAsync(services.Logger);
        if (form is null)
        {
            return (portal, null, null, portal.WantsJson
                ? Results.Json(new { error = portal.Words.ReloadForm },
                    statusCode: StatusCodes.Status400BadRequest)
                : PortalResults.Refused(portal));
        }

        var patient = await services.PatientAsync(portal);
        if (patient is null)
        {
            return (portal, null, form, portal.WantsJson
                ? Results.Json(new { error = portal.Words.SignedOut },
                    statusCode: StatusCodes.Status401Unauthorized)
                : PortalResults.Redirect(portal.Root));
        }

        return (portal, patient, form, null);
    }

    /// <summary>The answer to the page's script: a fresh form id, or the error to show beside
    /// the field.</summary>
    private static IResult SentJson(PortalRequest portal, PortalFormError? error) => error is null
        ? Results.Json(new { nonce = Guid.CreateVersion7().ToString() })
        : Results.Json(new { error = portal.Words.Say(error) },
            statusCode: StatusCodes.Status400BadRequest);

    private static IResult Unstored(PortalRequest portal) => PortalResults.Html(portal.Http,
        PortalPages.Notice(portal.Page(), portal.Words.NotSentHeading, portal.Words.NotStored),
        StatusCodes.Status503ServiceUnavailable);
}
